/**
 * The runtime shared by clientele's API clients: transport, retries, timeouts, typed errors,
 * debug transcripts, configuration, presigned uploads, pagination and polling.
 *
 * It knows no particular API: each `@clientele/<api>` package configures it.
 *
 * @packageDocumentation
 */
import { createTransport } from "#platform";
import { createApiClient as createApiClientWith, type ApiClient, type ApiClientOptions, type ApiClientSetup } from "./core/api-client.js";

export * from "./core/errors.js";
export { backoffDelay, pickRetryOptions, resolveRetryOptions, retryAfter, RETRY_DEFAULTS, type RetryOptions, type ResolvedRetryOptions } from "./core/retry.js";
export { bodyReadError, type BodyContext } from "./core/body-error.js";
export { createFetch, isTimeoutError, type ClienteleFetch, type CreateFetchOptions, type ReplayableInit, type RetryEvent } from "./core/fetch.js";
export { debugFromEnv, envValue, resolveLogger, type DebugOption, type Logger } from "./core/debug.js";
export type { FetchLike, TlsOptions, TransportOptions } from "./core/transport.js";
export type { ApiClient, ApiClientOptions, ApiClientSetup, ApiResult, InitParam, TypedClient, TypedMethod } from "./core/api-client.js";
export * from "./core/config.js";
export { loadConfigFile, type ConfigFile } from "./core/config-file.js";
export { getSize, type Sizeable } from "./core/size.js";
export { querySecrets, uploadToPresignedUrl, withoutQuery, type PresignedUploadOptions } from "./core/upload.js";
export { paginate, type PaginateOptions } from "./core/paginate.js";
export { poll, POLL_DEFAULTS, type PollCheck, type PollOptions } from "./core/poll.js";
export { redactHeaders, redactJson, redactUrl, REDACTED } from "./internal/redact.js";
export { sleep } from "./internal/sleep.js";
export { createTransport };

/**
 * Builds a typed client over a spec's `paths` with this platform's transport (undici in Node,
 * the global fetch elsewhere). API packages call it; users get it through `@clientele/<api>`.
 */
export function createApiClient<Paths extends Record<string, any>>(
  options: ApiClientOptions,
  setup: Omit<ApiClientSetup, "createTransport"> & Partial<Pick<ApiClientSetup, "createTransport">> = {},
): ApiClient<Paths> {
  return createApiClientWith<Paths>(options, { createTransport, ...setup });
}

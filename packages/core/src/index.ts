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
export {
  RETRY_AFTER_STATUSES,
  RETRY_POLICY_DEFAULTS,
  type ResolvedRetryPolicy,
  type RetryContext,
  type RetryPolicy,
} from "./core/retry.js";
export {
  applyAliases,
  checkBaseUrl,
  checkTimeout,
  validateClientOptions,
  type CallOptions,
  type ClientOptions,
  type OptionAliases,
} from "./core/options.js";
export type { ClienteleFetch, ReplayableInit, RetryEvent } from "./core/fetch.js";
export {
  debugEnabled,
  defaultTranscriptFormat,
  type DebugOption,
  type Logger,
  type TranscriptEntry,
  type TranscriptFormatter,
} from "./core/debug.js";
export type { FetchLike, TlsOptions, Transport, TransportOptions, TransportResponse } from "./core/transport.js";
export type {
  ApiClient,
  ApiClientOptions,
  ApiClientSetup,
  ApiResult,
  InitParam,
  RequestInit_,
  TypedClient,
  TypedInit,
  TypedMethod,
  TypedPath,
  TypedResult,
} from "./core/api-client.js";
export type { ParseAs } from "./core/read-body.js";
export { isRawBody } from "./core/raw-body.js";
export * from "./core/config.js";
export { loadConfigFile, type ConfigFile } from "./core/config-file.js";
export { getSize, type Sizeable } from "./core/size.js";
export { downloadFromPresignedUrl, uploadToPresignedUrl, type PresignedUploadOptions } from "./core/upload.js";
export { saveToFile, type SaveSource, type SaveToFileOptions } from "./core/save-to-file.js";
export { paginate, type PaginateOptions } from "./core/paginate.js";
export { poll, pollOptions, POLL_DEFAULTS, type PollCheck, type PollOptions, type PollState } from "./core/poll.js";
export { expectField } from "./core/expect-field.js";
export { redactHeaders, redactJson, redactUrl, REDACTED } from "./internal/redact.js";
export * as platform from "./core/platform.js";
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

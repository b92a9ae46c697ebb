/**
 * A typed client of the Nextmv Cloud API, with the behaviour users of the Python SDK's `Client`
 * rely on: the same configuration chain (`NEXTMV_API_KEY`, `NEXTMV_ENDPOINT`, `NEXTMV_PROFILE`,
 * `~/.nextmv/config.yaml`), retries and timeouts, raw `request()`, presigned uploads, and an
 * `Application` helper that uploads large inputs and downloads large outputs for you.
 *
 * @example
 * ```ts
 * import { Client } from "@clientele/nextmv";
 * const client = new Client(); // NEXTMV_API_KEY, or ~/.nextmv/config.yaml
 * const app = client.application("routing-app");
 * const runId = await app.newRun({ input: { stops: [] } });
 * const result = await app.runResultWithPolling(runId);
 * ```
 *
 * @packageDocumentation
 */
export {
  Client,
  DEFAULT_TIMEOUT,
  DEFAULT_TRANSFER_TIMEOUT,
  NEXTMV_OPTION_ALIASES,
  NEXTMV_RETRY_DEFAULTS,
  type ClientOptions,
  type PresignedUpload,
} from "./client.js";
export { Application } from "./application.js";
export { NEXTMV_POLL_DEFAULTS } from "./polling.js";
export { DEFAULT_CONSOLE_URL, DEFAULT_URL, resolveConfig, type ConfigInput, type ResolvedConfig } from "./config.js";
export { MAX_REQUEST_BODY_SIZE, type QueryValue, type RequestOptions } from "./request.js";
export {
  isTerminal,
  MAX_INLINE_RUN_SIZE,
  TERMINAL_STATUSES,
  type ContentFormat,
  type ExternalRunResult,
  type NewRunOptions,
  type Run,
  type RunConfiguration,
  type RunInformation,
  type RunLogs,
  type RunMetadata,
  type RunResult,
  type StatusV2,
  type UploadUrl,
} from "./runs.js";
export type { ListOptions } from "./pages.js";
export type { Schemas } from "./runs.js";
export { USER_AGENT, VERSION } from "./version.js";
export { getSize, type CallOptions, type PollOptions, type RetryEvent, type RetryPolicy, type Sizeable } from "@clientele/core";
export {
  APIException,
  BadRequest,
  ClienteleError,
  ConfigurationError,
  Conflict,
  ConnectionError,
  Forbidden,
  InternalServerError,
  MethodNotAllowed,
  NotFound,
  PreconditionFailed,
  ResponseParseError,
  TimeoutError,
  TooManyRequests,
  Unauthorized,
} from "@clientele/core";
export type { components, operations, paths } from "@clientele/nextmv-types";
// Saving a pulled, exported or downloaded body to a file (streamed, all-or-nothing), from the same import.
export { saveToFile, type SaveSource, type SaveToFileOptions } from "@clientele/core";

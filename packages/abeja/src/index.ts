/**
 * Typed client of the ABEJA Platform deployments and services API, over `@clientele/core`.
 *
 * @packageDocumentation
 */
export { APIClient } from "./api-client.js";
export type { APIClientOptions, RequestOptions } from "./client.js";
export type { Credential, TokenCredential, UserCredential, DatasourceCredential, AuthSummary } from "./credentials.js";
export type {
  CreateServiceOptions,
  ServiceRequestBody,
  ServiceRequestData,
  ServiceLogsOptions,
  WaitForServiceOptions,
} from "./services.js";
export type { CreateTriggerOptions, CreateRunOptions, RunPageOptions, RunLogsOptions } from "./deployments.js";
export type { RecentLogsOptions, IterLogsOptions, LogTime } from "./logs.js";
export { formatLogTime } from "./logs.js";
export { abejaErrorFields, isAbejaError, type AbejaErrorFields, type AbejaAPIException } from "./errors.js";
export { ABEJA_ALIASES, ABEJA_RETRY_DEFAULTS, DEFAULT_BASE_URL, DEFAULT_MAX_RETRY_COUNT, DEFAULT_TIMEOUT_MS } from "./settings.js";
export { SERVICE_POLL_DEFAULTS } from "./wait.js";
export { VERSION, USER_AGENT } from "./version.js";
export { entriesOf } from "./types.js";
export type * from "./types.js";
export type { paths, components, operations } from "@clientele/abeja-types";
// Core's shared vocabulary, so users need not depend on @clientele/core to type their options.
export type { CallOptions, ClientOptions, PollOptions, RetryPolicy, RetryContext, RetryEvent } from "@clientele/core";
// Every error class of core: `instanceof` holds whichever client threw.
export {
  ClienteleError,
  APIException,
  BadRequest,
  Unauthorized,
  Forbidden,
  NotFound,
  MethodNotAllowed,
  Conflict,
  PreconditionFailed,
  TooManyRequests,
  InternalServerError,
  ConnectionError,
  TimeoutError,
  ConfigurationError,
  ResponseParseError,
} from "@clientele/core";
// Saving a pulled, exported or downloaded body to a file (streamed, all-or-nothing), from the same import.
export { saveToFile, type SaveSource, type SaveToFileOptions } from "@clientele/core";

/**
 * Typed client of the ABEJA Platform deployments and services API, over `@clientele/core`.
 *
 * @packageDocumentation
 */
export { APIClient } from "./api-client.js";
export type { APIClientOptions, RequestOptions } from "./client.js";
export type { Credential, TokenCredential, UserCredential, DatasourceCredential, AuthSummary } from "./credentials.js";
export type { CreateServiceOptions, ServiceRequestBody, ServiceRequestData, ServiceLogsOptions } from "./services.js";
export type { CreateTriggerOptions, CreateRunOptions, RunPageOptions, RunLogsOptions } from "./deployments.js";
export type { RecentLogsOptions, IterLogsOptions, LogTime } from "./logs.js";
export { formatLogTime } from "./logs.js";
export { abejaErrorFields, isAbejaError, type AbejaErrorFields, type AbejaAPIException } from "./errors.js";
export { ABEJA_RETRY_DEFAULTS, DEFAULT_BASE_URL, DEFAULT_MAX_RETRY_COUNT, DEFAULT_TIMEOUT_MS } from "./settings.js";
export { VERSION, USER_AGENT } from "./version.js";
export { entriesOf } from "./types.js";
export type * from "./types.js";
export type { paths, components, operations } from "@clientele/abeja-types";
export {
  APIException,
  BadRequest,
  Unauthorized,
  Forbidden,
  NotFound,
  MethodNotAllowed,
  Conflict,
  InternalServerError,
  TooManyRequests,
  TimeoutError,
  ConnectionError,
  ConfigurationError,
  ClienteleError,
} from "@clientele/core";

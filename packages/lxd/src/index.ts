/**
 * A typed client for the LXD REST API (5.0), in the manner of Python's `lxdapi`: `API.factory()`
 * connects to the local unix socket (or HTTPS with a client certificate and a pinned server
 * certificate), `api.get('instances')` and the typed `api.GET('/1.0/instances/{name}', …)` return
 * an `APIResult` you can `validate()` and `wait()` on, and failures raise `APIException`.
 *
 * @packageDocumentation
 */
export { API, DEFAULT_TIMEOUT, LXD_RETRY_DEFAULTS, type FactoryOptions, type QueryValue, type RequestOptions } from "./api.js";
export { APIResult, type LxdRequest, type WaitOptions } from "./result.js";
export { APIException, APINotFoundException, type LxdErrorFields } from "./errors.js";
export { findSocket, socketCandidates, socketUrl } from "./endpoint.js";
export type * from "./types.js";
export type { Typed } from "./api.js";
export type { MetadataOf } from "./result.js";
// Core's errors, so one import serves `catch` blocks.
export {
  BadRequest,
  ClienteleError,
  ConfigurationError,
  ConnectionError,
  Conflict,
  Forbidden,
  InternalServerError,
  NotFound,
  PreconditionFailed,
  ResponseParseError,
  TimeoutError,
  Unauthorized,
} from "@clientele/core";

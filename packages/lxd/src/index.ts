/**
 * A typed client for the LXD REST API (5.0), in the manner of Python's `lxdapi`: `API.factory()`
 * connects to the local unix socket (or HTTPS with a client certificate and a pinned server
 * certificate), `api.get('instances')` and the typed `api.GET('/1.0/instances/{name}', …)` return
 * an `APIResult` you can `validate()` and `wait()` on, and failures raise core's errors
 * (`APIException`, `APINotFoundException`…). Everything goes through `@clientele/core`'s typed client.
 *
 * @packageDocumentation
 */
export { API, type QueryValue, type RequestOptions, type Typed } from "./api.js";
export type { ExecOptions, ExecResult } from "./exec.js";
export type { ExportDownload, ExportOptions } from "./exports.js";
export type { ExecSession, ExecStreamOptions, Session } from "./session.js";
export type { EventBase, EventsOptions, EventType, LifecycleEvent, LoggingEvent, LxdEvent, OperationEvent } from "./events.js";
export { InstanceFiles, type FileData, type FileOwnership, type FileType, type PulledFile, type PushOptions } from "./files.js";
export { DEFAULT_TIMEOUT, LXD_RETRY_DEFAULTS, type FactoryOptions } from "./options.js";
export { APIResult, type LxdRequest } from "./result.js";
export { LXD_WAIT_DEFAULTS, SERVER_WAIT_SECONDS, type WaitOptions } from "./wait.js";
export { APIException, APINotFoundException, type LxdErrorFields } from "./errors.js";
export { findSocket, socketCandidates, socketUrl } from "./endpoint.js";
export type { components, Envelope, MetadataOf, OperationEnvelope, paths, Schema } from "./types.js";
// Core's errors, so one import serves `catch` blocks (APIException is exported above, with lxdapi's names).
export {
  BadRequest,
  ClienteleError,
  ConfigurationError,
  ConnectionError,
  Conflict,
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
// Core's option and per-call types, as this client's options use them.
export type { CallOptions, ClientOptions, ParseAs, PollOptions, RetryPolicy } from "@clientele/core";
// Core's websocket types, as `api.websocket()` answers them.
import type { platform } from "@clientele/core";
/** An open websocket (core's): messages as an async iterator, `send`, `close`, `closed`. */
export type WebSocketConnection = platform.WebSocketConnection;
/** How a websocket is opened (core's): headers, subprotocols, an abort signal. */
export type WebSocketOpenOptions = platform.WebSocketOpenOptions;
// Saving a pulled, exported or downloaded body to a file (streamed, all-or-nothing), from the same import.
export { saveToFile, type SaveSource, type SaveToFileOptions } from "@clientele/core";

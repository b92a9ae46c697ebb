/**
 * Typed msw mocks, a standalone mock server and OpenAPI 3.1 validators for clientele's APIs, so that
 * contract tests and users' tests cannot drift from the specs.
 *
 * @packageDocumentation
 */
export type { HttpMethod, HeadersInit, RequestSample, ResponseSample, ExchangeSample, Violation, ViolationLocation } from "./types.js";
export type { OpenAPIDocument } from "./openapi.js";
export { loadSpec, findOperation, type Spec, type SpecInput } from "./load-spec.js";
export { specFile } from "./spec-location.js";
export type { Operation } from "./operation-index.js";
export { matchOperation, type OperationMatch } from "./match-operation.js";
export { validateRequest, inspectRequest, type InspectedRequest } from "./validate-request.js";
export { validateResponse } from "./validate-response.js";
export { validateExchange, assertExchange } from "./validate-exchange.js";
export { SpecViolationError, formatViolations } from "./violations.js";
export { defaultResponse, exampleBody, type DefaultResponse } from "./default-response.js";
export { synthesize } from "./synthesize.js";
export { edgeShape, randomShape } from "./edge-shape.js";
export { CallRecorder, type RecordedCall } from "./recorder.js";
export { BlobStore, type StoredBlob } from "./blob-store.js";
export { isTransferUrl, rewriteTransferUrls, BLOB_PATH_PREFIX, type TransferUrlPredicate } from "./rewrite-urls.js";
export {
  MockEngine,
  VIOLATION_STATUS,
  NOT_IN_SPEC_STATUS,
  VIOLATION_HEADER,
  type MockAnswer,
  type MockEngineOptions,
} from "./mock-engine.js";
export {
  createMockApi,
  type MockApi,
  type MockApiOptions,
  type HandlerInfo,
  type TypedResolver,
  type ResponseBuilder,
} from "./create-mock-api.js";
export type {
  PathsWithMethod,
  OperationAt,
  PathParamsOf,
  QueryOf,
  RequestBodyOf,
  ResponseBodyOf,
  TypedResponse,
  StatusOf,
  JsonBodyAt,
  DeepPartial,
} from "./handler-types.js";
export { deepMerge } from "./deep-merge.js";
export { INSTANT_POLLING, lifecycle, type Lifecycle } from "./lifecycle.js";
export { handlersFetch } from "./handlers-fetch.js";
export { startMockServer, type MockServer, type MockServerOptions, type ServerHandler, type ServerReply } from "./mock-server.js";

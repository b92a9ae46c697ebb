// Shared shapes: HTTP methods, the request/response samples the validators take, and violations.

/** An HTTP method as OpenAPI spells it (lower case). */
export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** Every method an OpenAPI path item may hold, in the order the spec lists them. */
export const HTTP_METHODS: readonly HttpMethod[] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Headers in any of the forms a caller is likely to hold. Names are matched case-insensitively. */
export type HeadersInit =
  | Headers
  | Record<string, string | readonly string[] | number | undefined>
  | ReadonlyArray<readonly [string, string]>;

/**
 * A request to check against a spec.
 *
 * `body` is the body as sent: `undefined` (or absent) when there is none; a string or bytes as raw text
 * (parsed when the content type is JSON); any other value as an already-parsed JSON body.
 */
export interface RequestSample {
  /** HTTP method, any case. */
  method: string;
  /** Absolute URL, or a path with an optional query string (`/v1/things?limit=2`). */
  url: string | URL;
  /** Request headers; `content-type` selects the request body's media type. */
  headers?: HeadersInit;
  /** The body, see above. */
  body?: unknown;
}

/** A response to check against a spec, with the method and URL of the request that produced it. */
export interface ResponseSample {
  /** HTTP method of the request, any case. */
  method: string;
  /** URL (or path) of the request. */
  url: string | URL;
  /** Response status code. */
  status: number;
  /** Response headers; `content-type` selects the response body's media type. */
  headers?: HeadersInit;
  /** The body, in the same forms as {@link RequestSample.body}. */
  body?: unknown;
}

/** A recorded request and its response, e.g. captured from a live server. */
export interface ExchangeSample {
  /** What the client sent. */
  request: RequestSample;
  /** What the server answered. */
  response: Omit<ResponseSample, "method" | "url">;
}

/** Where in an exchange a violation was found. */
export type ViolationLocation = "operation" | "path" | "query" | "header" | "body" | "content-type" | "status" | "schema";

/** One way in which a request or response disagrees with the spec. */
export interface Violation {
  /** Whether the request or the response is at fault. */
  side: "request" | "response";
  /** The operation, e.g. `createDeployment (POST /organizations/{organization_id}/deployments)`, or `POST /nope` when no operation matched. */
  operation: string;
  /** The operationId, when an operation matched and has one. */
  operationId?: string;
  /** What was checked. */
  location: ViolationLocation;
  /** JSON pointer into the checked value: the body for `body`, `/<name>` for parameters and headers, `""` otherwise. */
  pointer: string;
  /** What the spec asks for. */
  expected: string;
  /** What was found. */
  actual: string;
  /** The whole violation as one readable line. */
  message: string;
}

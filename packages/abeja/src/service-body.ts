// The body of a request to a running service, as the SDK takes it (`json`, or `data` with a
// content type), mapped onto core's bodies: core sends raw bodies as they are and JSON otherwise.

import { isRawBody } from "@clientele/core";

/** Raw data for `requestService`: text, bytes, a Blob, a web stream or a Node stream. */
export type ServiceRequestData = string | Uint8Array | ArrayBuffer | Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/**
 * The body of `requestService`: `json` (sent as `application/json`), or `data` with `contentType`
 * (default: the Blob's own type, else `application/octet-stream`). Not both.
 */
export type ServiceRequestBody =
  | { json: unknown; data?: never; contentType?: string }
  | { data: ServiceRequestData; json?: never; contentType?: string };

/** What core is given: the body (`undefined` for none) and the Content-Type the SDK sends with it. */
export interface CoreBody {
  body?: unknown;
  contentType?: string;
}

/** Maps the SDK's body onto core's; refuses `json` and `data` together, or `data` core would not send raw. */
export function toCoreBody(body: ServiceRequestBody | undefined): CoreBody {
  if (!body) return {};
  const hasJson = "json" in body && body.json !== undefined;
  const hasData = "data" in body && body.data !== undefined && body.data !== null;
  if (hasJson && hasData) throw new TypeError("requestService takes `json` or `data`, not both");
  if (hasJson) {
    // Core sends a string as is; a JSON string value must go out quoted.
    const json = typeof body.json === "string" ? JSON.stringify(body.json) : body.json;
    return { body: json, contentType: body.contentType ?? "application/json" };
  }
  if (!hasData) return { contentType: body.contentType };
  const data: unknown = body.data;
  if (!isRawBody(data)) throw new TypeError("requestService `data` must be a string, bytes, a Blob or a stream");
  const blobType = typeof Blob !== "undefined" && data instanceof Blob ? data.type : "";
  return { body: data, contentType: body.contentType ?? (blobType || "application/octet-stream") };
}

// Reading a successful response's body the way a call asked for it.

import { asResponse, type TransportResponse } from "./transport.js";

/**
 * How a successful body is read:
 * - `json` (default): parsed JSON; an empty body is `undefined`; anything else fails (the client
 *   throws `ResponseParseError`, naming the content type);
 * - `text`, `blob`, `arrayBuffer`, `stream`: as `Response` gives them;
 * - `bytes`: a `Uint8Array`;
 * - `auto`: JSON for JSON content types, text for `text/*`, bytes otherwise.
 */
export type ParseAs = "json" | "text" | "blob" | "arrayBuffer" | "stream" | "bytes" | "auto";

/** Reads `response`'s body as `parseAs` says. Failures are left to the caller to type (`bodyReadError`). */
export function readBody(response: TransportResponse, parseAs: ParseAs): Promise<unknown> {
  switch (parseAs) {
    case "stream":
      return Promise.resolve(asResponse(response).body);
    case "text":
      return response.text();
    case "blob":
      return asResponse(response).blob();
    case "arrayBuffer":
      return response.arrayBuffer();
    case "bytes":
      return response.arrayBuffer().then(toBytes);
    case "auto": {
      const type = response.headers.get("content-type") ?? "";
      if (isJsonType(type)) return readJson(response);
      if (/^text\//i.test(type)) return response.text();
      return response.arrayBuffer().then(toBytes);
    }
    default:
      return readJson(response);
  }
}

function isJsonType(type: string): boolean {
  return /^application\/(?:[\w.+-]+\+)?json\b/i.test(type);
}

const toBytes = (buffer: ArrayBuffer) => new Uint8Array(buffer);

function readJson(response: TransportResponse): Promise<unknown> {
  return response.text().then((text) => parseJson(text, response));
}

function parseJson(text: string, response: TransportResponse): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    const type = response.headers.get("content-type");
    if (type && !isJsonType(type)) throw new Error(`expected JSON, got ${type.split(";")[0]}`, { cause });
    throw cause;
  }
}

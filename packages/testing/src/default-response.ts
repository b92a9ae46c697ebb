// The answer a mock gives for an operation nobody mocked: the success response's example, else a synthesized value.
import type { Spec } from "./load-spec.js";
import { isJsonMediaType, mediaType } from "./media.js";
import type { MediaTypeObject } from "./openapi.js";
import type { Operation } from "./operation-index.js";
import { resolveRef } from "./refs.js";
import { synthesize } from "./synthesize.js";

/** A default answer: status, content type and body (a JSON value for JSON types, else a string). */
export interface DefaultResponse {
  /** Status code: the lowest 2xx defined (200 for `2XX` or `default`; else the lowest 1xx/3xx, e.g. 101 for a WebSocket upgrade). */
  status: number;
  /** The content type to send; absent when the response has no content. */
  contentType?: string;
  /** The body; `undefined` for none. */
  body: unknown;
  /** Where the body came from. */
  source: "example" | "schema" | "none";
}

/** The status a default answer uses for an operation, and the key of its response in the spec. */
export function successStatus(op: Operation): { status: number; key: string | undefined } {
  const keys = Object.keys(op.responses);
  const numeric = keys.filter((k) => /^2\d\d$/.test(k)).sort();
  if (numeric[0]) return { status: Number(numeric[0]), key: numeric[0] };
  const range = keys.find((k) => k.toUpperCase() === "2XX");
  if (range) return { status: 200, key: range };
  if (keys.includes("default")) return { status: 200, key: "default" };
  const other = keys.filter((k) => /^[13]\d\d$/.test(k)).sort();
  if (other[0]) return { status: Number(other[0]), key: other[0] };
  return { status: 204, key: undefined };
}

/** The example of a media type entry: `example`, else the first of `examples`; `undefined` when none. */
export function mediaExample(spec: Spec, media: MediaTypeObject): { found: boolean; value: unknown } {
  if ("example" in media) return { found: true, value: media.example };
  const first = Object.values(media.examples ?? {})[0];
  if (first) {
    try {
      const resolved = resolveRef<{ value?: unknown }>(spec.document, first, "").value;
      if (resolved && "value" in resolved) return { found: true, value: resolved.value };
    } catch {
      // Fall through to the schema.
    }
  }
  return { found: false, value: undefined };
}

/**
 * The default answer for an operation: its success response, with the spec's example for the (preferably
 * JSON) content type, else a value synthesized from the schema.
 */
export function defaultResponse(spec: Spec, op: Operation): DefaultResponse {
  const { status, key } = successStatus(op);
  const response = key === undefined ? undefined : op.responses[key]?.value;
  const content = response?.content ?? {};
  const types = Object.keys(content);
  const chosen = types.find((t) => isJsonMediaType(mediaType(t))) ?? types[0];
  if (chosen === undefined) return { status: status === 200 && key === undefined ? 204 : status, body: undefined, source: "none" };
  const media = content[chosen]!;
  const json = isJsonMediaType(mediaType(chosen));
  const contentType = chosen.includes("*") ? "application/octet-stream" : chosen;
  const example = mediaExample(spec, media);
  if (example.found)
    return {
      status,
      contentType,
      body: json || typeof example.value === "string" ? example.value : JSON.stringify(example.value),
      source: "example",
    };
  const value = synthesize(spec.document, media.schema);
  return { status, contentType, body: json ? value : typeof value === "string" ? value : "", source: "schema" };
}

/** The key of the response an operation defines for `status`: the exact code, else its range (`4XX`), else `default`. */
export function responseKey(op: Operation, status: number): string | undefined {
  const keys = Object.keys(op.responses);
  return (
    keys.find((k) => k === String(status)) ??
    keys.find((k) => k.toUpperCase() === `${String(status)[0]}XX`) ??
    keys.find((k) => k === "default")
  );
}

/**
 * The JSON body the spec gives for one status of an operation: its example, else a value synthesized from
 * its schema; `undefined` when that response has no JSON content.
 */
export function exampleBody(spec: Spec, op: Operation, status: number): unknown {
  const key = responseKey(op, status);
  const content = (key === undefined ? undefined : op.responses[key]?.value.content) ?? {};
  const chosen = Object.keys(content).find((t) => isJsonMediaType(mediaType(t)));
  if (chosen === undefined) return undefined;
  const example = mediaExample(spec, content[chosen]!);
  return example.found ? example.value : synthesize(spec.document, content[chosen]!.schema);
}

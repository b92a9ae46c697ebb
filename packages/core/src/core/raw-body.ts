// Which request bodies go out as they are (bytes, text, files, streams) rather than as JSON.

/**
 * Whether core sends `body` as it is: a string, bytes, a Blob, FormData, URLSearchParams, a web
 * stream or an async iterable (a Node stream). Anything else is serialized as JSON.
 *
 * @example
 * ```ts
 * import { isRawBody } from "@clientele/core";
 * isRawBody(new Uint8Array([1])); // true
 * isRawBody({ name: "c1" }); // false: sent as JSON
 * ```
 */
export function isRawBody(body: unknown): boolean {
  return (
    typeof body === "string" ||
    body instanceof Uint8Array ||
    body instanceof ArrayBuffer ||
    (typeof Blob !== "undefined" && body instanceof Blob) ||
    isFormData(body) ||
    body instanceof URLSearchParams ||
    isStream(body)
  );
}

/** Whether `body` is streamed (a web stream or an async iterable): sent once, never replayed. */
export function isStream(body: unknown): boolean {
  return isWebStream(body) || (typeof body === "object" && body !== null && Symbol.asyncIterator in body);
}

/**
 * Whether `value` is a web `ReadableStream`, by its shape: in Node, naming the `ReadableStream`
 * global loads the web streams implementation (about 1.5 ms), which a call without a body never needs.
 */
export function isWebStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof (value as ReadableStream | null)?.getReader === "function";
}

/**
 * Whether `value` is a `FormData`, by its tag: in Node, naming the `FormData` global loads Node's
 * built-in fetch (about 10 ms), which a call with a JSON body never needs.
 */
export function isFormData(value: unknown): value is FormData {
  return typeof value === "object" && value !== null && (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === "FormData";
}

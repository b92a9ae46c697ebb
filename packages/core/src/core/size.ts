// Byte sizes of what a client may send, as the server will count them.

import { fileSize } from "#platform";

const encoder = new TextEncoder();

/** What `getSize` measures. A string is content, not a path: pass a `file:` URL for a file. */
export type Sizeable = string | Record<string, unknown> | unknown[] | Uint8Array | ArrayBuffer | Blob | URL | { fd: number };

/**
 * Size in bytes of a value as it would be sent: a plain object or array → its compact JSON
 * (`{"key":"value","number":123}` is 28), a string → its UTF-8 bytes, bytes or a `Blob` → their
 * length, a `file:` URL → the file's size, `{ fd }` (an open file handle) → the file's size.
 *
 * @example
 * ```ts
 * import { getSize } from "@clientele/core";
 * getSize({ key: "value", number: 123 }); // 28
 * getSize("Hello, Nextmv!"); // 14
 * ```
 * @throws TypeError naming the type when the value cannot be measured.
 */
export function getSize(value: Sizeable): number {
  if (typeof value === "string") return encoder.encode(value).byteLength;
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return value.byteLength;
  if (typeof Blob !== "undefined" && value instanceof Blob) return value.size;
  if (value instanceof URL) {
    if (value.protocol !== "file:") throw new TypeError(`getSize: only file: URLs name files, got ${value.protocol}`);
    return fileSize(decodeURIComponent(value.pathname));
  }
  if (value && typeof value === "object") {
    if ((typeof (value as { fd?: unknown }).fd === "number" && Object.keys(value).length <= 1) || isFileHandle(value)) {
      return fileSize((value as { fd: number }).fd);
    }
    if (Array.isArray(value) || isPlainObject(value)) return encoder.encode(JSON.stringify(value)).byteLength;
  }
  const type = value === null ? "null" : typeof value === "object" ? (value.constructor?.name ?? "object") : typeof value;
  throw new TypeError(
    `getSize: unsupported type ${type}; pass a plain object or array, a string, bytes, a Blob, a file: URL or an open file handle`,
  );
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isFileHandle(value: object): boolean {
  return typeof (value as { fd?: unknown }).fd === "number" && typeof (value as { stat?: unknown }).stat === "function";
}

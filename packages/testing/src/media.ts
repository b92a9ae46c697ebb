// Headers, media types and bodies: normalising what callers hand us and choosing the spec's content entry.
import type { MediaTypeObject } from "./openapi.js";
import type { HeadersInit } from "./types.js";

/** Normalises any headers form into a `Headers` object. */
export function toHeaders(init?: HeadersInit): Headers {
  if (init instanceof Headers) return init;
  const headers = new Headers();
  if (!init) return headers;
  const entries: Iterable<readonly [string, unknown]> = Array.isArray(init) ? init : Object.entries(init);
  for (const [name, value] of entries) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, String(v));
  }
  return headers;
}

/** The media type of a `Content-Type` value, lower case and without parameters; `undefined` for none. */
export function mediaType(contentType: string | null | undefined): string | undefined {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  return type ? type : undefined;
}

/** Whether a media type carries JSON (`application/json`, `application/problem+json`, ...). */
export function isJsonMediaType(type: string | undefined): boolean {
  return type !== undefined && (/^[^/]+\/json$/.test(type) || type.endsWith("+json"));
}

/**
 * The key of `content` that describes `type`: an exact match, then `type/*`, then `*\/*`. Without a type,
 * the JSON entry if there is one, else the only entry.
 */
export function pickContentKey(content: Record<string, MediaTypeObject>, type: string | undefined): string | undefined {
  const keys = Object.keys(content);
  const lower = new Map(keys.map((k) => [mediaType(k) ?? k, k]));
  if (type === undefined) return keys.find((k) => isJsonMediaType(mediaType(k))) ?? (keys.length === 1 ? keys[0] : undefined);
  return lower.get(type) ?? lower.get(`${type.split("/")[0]}/*`) ?? lower.get("*/*");
}

/** A decoded body: `present` false when there was none; `value` the parsed JSON or the text. */
export type DecodedBody = { ok: true; present: boolean; value: unknown } | { ok: false; error: string };

const isBytes = (v: unknown): v is Uint8Array | ArrayBuffer => v instanceof Uint8Array || v instanceof ArrayBuffer;

/**
 * Decodes a body as given to the validators. `undefined` means no body; strings and bytes are raw text
 * (JSON-parsed when `json`); any other value is taken as already-parsed JSON. Form bodies
 * (`application/x-www-form-urlencoded`) become an object of strings.
 */
export function decodeBody(body: unknown, type: string | undefined): DecodedBody {
  if (body === undefined) return { ok: true, present: false, value: undefined };
  const text = typeof body === "string" ? body : isBytes(body) ? new TextDecoder().decode(body) : undefined;
  if (text === undefined) return { ok: true, present: true, value: body };
  if (text === "") return { ok: true, present: false, value: undefined };
  if (isJsonMediaType(type) || (type === undefined && /^\s*[[{]/.test(text))) {
    try {
      return { ok: true, present: true, value: JSON.parse(text) };
    } catch (error) {
      return { ok: false, error: `invalid JSON (${(error as Error).message})` };
    }
  }
  if (type === "application/x-www-form-urlencoded") {
    return { ok: true, present: true, value: Object.fromEntries(new URLSearchParams(text)) };
  }
  return { ok: true, present: true, value: text };
}

/**
 * Whether an empty body is a valid body of `content`: a zero-byte download or upload is still a body when
 * the (sent, else any declared) media type is not JSON, since bytes and text may be empty.
 */
export function emptyBodyAllowed(content: Record<string, MediaTypeObject>, type: string | undefined): boolean {
  const candidates = type === undefined ? Object.keys(content) : [pickContentKey(content, type)].filter((k) => k !== undefined);
  return candidates.some((k) => !isJsonMediaType(mediaType(k)));
}

// The pieces of `Client.request()` that do no I/O: body, size limit, URL and headers.

import { APIException, ClienteleError, getSize } from "@clientele/core";

/** Largest body `request()` sends, as the Nextmv service accepts: 500 MiB. */
export const MAX_REQUEST_BODY_SIZE = 500 * 1024 * 1024;

/** A query parameter value; arrays repeat the key, `undefined` leaves it out. */
export type QueryValue = string | number | boolean | undefined | null | readonly (string | number | boolean)[];

/** What `Client.request()` takes. */
export interface RequestOptions {
  /** HTTP method, any case. */
  method: string;
  /** Path under the client's `url` (`v1/applications` or `/v1/applications`), or an absolute URL. */
  endpoint: string;
  /** A raw body, sent as is. Exclusive with `payload`. */
  data?: string | Uint8Array | ArrayBuffer | Blob;
  /** A JSON object or array, sent as compact JSON. Exclusive with `data`. */
  payload?: Record<string, unknown> | unknown[];
  /** Headers merged over the client's defaults; a `null` value removes a default header. */
  headers?: Record<string, string | null>;
  /** Query parameters appended to the URL. */
  queryParams?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

/** The body to send, after the exclusivity, type and size checks (which run before any I/O). */
export function requestBody(options: Pick<RequestOptions, "data" | "payload">): string | Uint8Array | ArrayBuffer | Blob | undefined {
  const { data, payload } = options;
  if (data !== undefined && payload !== undefined) {
    throw new TypeError("request(): give `data` or `payload`, not both");
  }
  if (payload !== undefined) {
    if (payload === null || typeof payload !== "object" || !(Array.isArray(payload) || isPlainObject(payload))) {
      throw new TypeError(`request(): \`payload\` must be a plain object or an array, got ${payload === null ? "null" : typeof payload}`);
    }
    const json = JSON.stringify(payload);
    checkSize(getSize(json), "payload");
    return json;
  }
  if (data !== undefined) {
    checkSize(getSize(data as Parameters<typeof getSize>[0]), "data");
    return data;
  }
  return undefined;
}

function checkSize(size: number, what: string): void {
  if (size > MAX_REQUEST_BODY_SIZE) {
    throw new ClienteleError(
      `request(): the ${what} is ${size} bytes, over the limit of ${MAX_REQUEST_BODY_SIZE} bytes (500 MiB); ` +
        "send large inputs through an upload URL instead (Application.newRun does it for you)",
    );
  }
}

/** `endpoint` under `base` (keeping the base's path), or `endpoint` itself when it is absolute. */
export function requestUrl(base: string, endpoint: string, query?: Record<string, QueryValue>): URL {
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? new URL(endpoint) : new URL(`${base.replace(/\/+$/, "")}/${endpoint.replace(/^\/+/, "")}`);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(v));
  }
  return url;
}

/**
 * Default headers with the caller's merged over them (case-insensitively; `null` removes one). The
 * `Authorization` header is only sent to the client's own origin, so an absolute URL elsewhere
 * (a presigned link) never receives the API key.
 */
export function requestHeaders(defaults: Record<string, string>, extra: Record<string, string | null> | undefined, sameOrigin: boolean): Headers {
  const headers = new Headers(defaults);
  if (!sameOrigin) headers.delete("authorization");
  for (const [name, value] of Object.entries(extra ?? {})) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  return headers;
}

/**
 * Adds the status to an `APIException`'s message when the server's text does not show it, so a
 * message reads `GET https://…/runs/x: HTTP 404: run not found`. Other errors pass through.
 */
export function withStatus(error: unknown): never {
  if (error instanceof APIException) {
    const prefix = `${error.method} ${error.url}: `;
    const marker = `HTTP ${error.status}`;
    if (error.message.startsWith(prefix) && !error.message.slice(prefix.length).startsWith(marker)) {
      const before = error.message;
      const after = `${prefix}${marker}: ${before.slice(prefix.length)}`;
      error.message = after;
      if (typeof error.stack === "string") error.stack = error.stack.replace(before, after);
    }
  }
  throw error;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

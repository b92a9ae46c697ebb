// The Nextmv rules of `Client.request()` that do no I/O: the body (exclusivity, type, 500 MiB
// limit), where the endpoint points, and which headers go with it. Core builds and sends the URL.

import { ClienteleError, getSize, type CallOptions } from "@clientele/core";

/** Largest body `request()` sends, as the Nextmv service accepts: 500 MiB. */
export const MAX_REQUEST_BODY_SIZE = 500 * 1024 * 1024;

/** A query parameter value; arrays repeat the key, `undefined` and `null` leave it out. */
export type QueryValue = string | number | boolean | undefined | null | readonly (string | number | boolean)[];

/** What `Client.request()` takes: the Python SDK's `request()` arguments, plus core's per-call options. */
export interface RequestOptions extends Omit<CallOptions, "headers"> {
  /** HTTP method, any case. */
  method: string;
  /**
   * Path under the client's `url` (`v1/applications` or `/v1/applications`), or an absolute URL
   * (sent without the API key when its origin is not the client's).
   */
  endpoint: string;
  /** A raw body, sent as is. Exclusive with `payload`. */
  data?: string | Uint8Array | ArrayBuffer | Blob;
  /** A JSON object or array, sent as compact JSON. Exclusive with `data`. */
  payload?: Record<string, unknown> | unknown[];
  /** Headers merged over the client's defaults; a `null` value removes a default header. */
  headers?: Record<string, string | null>;
  /** Query parameters; arrays repeat the key. Not together with a query already in `endpoint`. */
  queryParams?: Record<string, QueryValue>;
}

/** Where a request goes: a path under the client's URL, or another base (an absolute endpoint). */
export interface RequestTarget {
  /** The path as core appends it to the base URL (a leading `/`, the endpoint's own query kept). */
  path: string;
  /** Whether the target is the client's own origin (and so may receive the API key). */
  sameOrigin: boolean;
}

/** The body to send, after the exclusivity, type and size checks (which run before any I/O). */
export function requestBody(options: Pick<RequestOptions, "data" | "payload">): string | Uint8Array | ArrayBuffer | Blob | undefined {
  const { data, payload } = options;
  if (data !== undefined && payload !== undefined) {
    throw new TypeError("request(): give `data` or `payload`, not both");
  }
  if (payload !== undefined) {
    // The SDK's rule: a dict or a list, so a plain object or an array (not a Date, Map or class instance).
    const proto = payload !== null && typeof payload === "object" ? Object.getPrototypeOf(payload) : undefined;
    if (!Array.isArray(payload) && proto !== Object.prototype && proto !== null) {
      throw new TypeError(`request(): \`payload\` must be a plain object or an array, got ${payload === null ? "null" : typeof payload}`);
    }
    const json = JSON.stringify(payload);
    checkSize(getSize(json), "payload");
    return json;
  }
  if (data !== undefined) {
    checkSize(getSize(data), "data");
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

/**
 * Where `endpoint` points. A relative endpoint becomes a path under the client's URL (keeping the
 * URL's own path); an absolute one stays as it is, and is the client's origin or not.
 */
export function requestTarget(clientUrl: string, options: Pick<RequestOptions, "endpoint" | "queryParams">): RequestTarget {
  const { endpoint, queryParams } = options;
  if (typeof endpoint !== "string" || !endpoint.trim()) {
    throw new TypeError(`request(): \`endpoint\` must be a path or URL, got ${JSON.stringify(endpoint)}`);
  }
  // Core serializes `queryParams`; it cannot merge them into a query the endpoint already has.
  if (endpoint.includes("?") && Object.values(queryParams ?? {}).some((v) => v !== undefined && v !== null)) {
    throw new TypeError("request(): give the query in `endpoint` or in `queryParams`, not both");
  }
  const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint);
  if (absolute) return { path: endpoint, sameOrigin: new URL(endpoint).origin === new URL(clientUrl).origin };
  return { path: `/${endpoint.replace(/^\/+/, "")}`, sameOrigin: true };
}

/**
 * The caller's headers for one request, as core's per-call headers: `null` removes a default
 * (openapi-fetch drops a header given as `null`), and `Authorization` is removed when the target
 * is another origin, so a link elsewhere (a presigned URL) never receives the API key.
 */
export function requestHeaders(extra: Record<string, string | null> | undefined, sameOrigin: boolean): Record<string, string | null> {
  const headers: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(extra ?? {})) {
    if (value !== null && typeof value !== "string") {
      throw new TypeError(`request(): header ${JSON.stringify(name)} must be a string or null, got ${typeof value}`);
    }
    headers[name] = value;
  }
  if (!sameOrigin) {
    for (const name of Object.keys(headers)) if (name.toLowerCase() === "authorization") delete headers[name];
    headers.Authorization = null;
  }
  return headers;
}

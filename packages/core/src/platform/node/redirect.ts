// Following redirects in the Node transport, as fetch does, checked only when an answer is a
// redirect: undici's redirect interceptor wraps every request's handler, about 3 µs a call.

/** How many redirects one request may follow (fetch's limit). */
export const MAX_REDIRECTS = 20;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Headers that must not follow a redirect to another origin (credentials), or that describe a dropped body. */
const CREDENTIALS = ["authorization", "cookie", "proxy-authorization"];
const BODY_HEADERS = ["content-type", "content-length", "content-encoding", "content-language", "content-location", "transfer-encoding"];

/** One hop: where to, with which method, headers and body. */
export interface Hop {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * The next hop when `status` with `location` is a redirect to follow, else `undefined` (the answer
 * is the response). A body that cannot be sent twice (a stream) stops at the redirect, as undici does.
 */
export function nextHop(status: number, location: string | string[] | undefined, from: Hop, replayable: boolean): Hop | undefined {
  if (!REDIRECT_STATUSES.has(status) || typeof location !== "string" || !location) return undefined;
  const url = new URL(location, from.url);
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  const headers = { ...from.headers };
  if (url.origin !== from.url.origin) for (const name of CREDENTIALS) delete headers[name];
  // 303, and 301/302 after a POST, become a GET without the body (fetch's rule).
  const toGet =
    (status === 303 && from.method !== "GET" && from.method !== "HEAD") || ((status === 301 || status === 302) && from.method === "POST");
  if (toGet) {
    for (const name of BODY_HEADERS) delete headers[name];
    return { url, method: "GET", headers, body: null };
  }
  if (from.body != null && !replayable) return undefined;
  return { url, method: from.method, headers, body: from.body };
}

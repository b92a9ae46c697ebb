// CORS for the mock server, so a page on another origin (a browser test) can call it: preflights are
// answered here, before the spec sees them (they are not operations: never recorded or validated).
import type { IncomingMessage } from "node:http";

/** Headers a page may read on every answer, beyond the CORS-safelisted ones (retries, redirects, uploads). */
const EXPOSED = ["retry-after", "location", "etag", "content-length", "content-disposition", "date"];

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** How long a browser may cache a preflight (seconds; Chromium caps it at 7200). */
const MAX_AGE = "600";

/** A preflight: OPTIONS announcing the method it is asking for (a plain OPTIONS is an operation like any other). */
export function isPreflight(req: IncomingMessage): boolean {
  return req.method === "OPTIONS" && typeof req.headers["access-control-request-method"] === "string";
}

/** The 204's headers: whatever method and headers are asked for are allowed, from any origin. */
export function preflightHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {
    ...allowOrigin(req),
    "access-control-allow-methods": [...new Set([String(req.headers["access-control-request-method"]).toUpperCase(), ...METHODS])].join(
      ", ",
    ),
    "access-control-max-age": MAX_AGE,
    "content-length": "0",
  };
  // `*` would not cover Authorization, so the requested names are echoed.
  const requested = req.headers["access-control-request-headers"];
  if (typeof requested === "string" && requested.trim()) headers["access-control-allow-headers"] = requested;
  // Chromium's private network access checks ask this of local servers.
  if (req.headers["access-control-request-private-network"] === "true") headers["access-control-allow-private-network"] = "true";
  return headers;
}

/** Added to every answer: the origin allowed, and every header of the answer (plus the usual ones) exposed. */
export function responseCorsHeaders(req: IncomingMessage, answerHeaders: Record<string, string> = {}): Record<string, string> {
  const names = new Set(EXPOSED);
  for (const name of Object.keys(answerHeaders).map((n) => n.toLowerCase())) {
    if (!name.startsWith("access-control-")) names.add(name);
  }
  const headers: Record<string, string> = { ...allowOrigin(req), "access-control-expose-headers": [...names].join(", ") };
  const vary = Object.entries(answerHeaders).find(([name]) => name.toLowerCase() === "vary")?.[1];
  if (vary && headers.vary) headers.vary = `${vary}, ${headers.vary}`;
  return headers;
}

/** The request's Origin echoed (so credentialed requests work too), `*` without one. */
function allowOrigin(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (typeof origin !== "string" || !origin) return { "access-control-allow-origin": "*" };
  return { "access-control-allow-origin": origin, "access-control-allow-credentials": "true", vary: "Origin" };
}

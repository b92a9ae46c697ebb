// Errors raised while reading a response body, as clientele's typed errors.

import { ClienteleError, ConnectionError, ResponseParseError, TimeoutError } from "./errors.js";
import { isTimeoutError } from "./fetch.js";

const BROKEN_CONNECTION = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED", "ECONNABORTED"]);

/** What was being read when the body failed. */
export interface BodyContext {
  method: string;
  url: string;
  status: number;
  /** The attempt's timeout in ms, for the message. */
  timeout: number;
}

/**
 * The typed error for a failure while reading a successful response's body: a `TimeoutError` when it
 * stalled, a `ConnectionError` when the connection broke, else a `ResponseParseError` (truncated,
 * shorter than its `Content-Length`, corrupt compression, invalid JSON). Aborts and clientele's own
 * errors pass through unchanged.
 */
export function bodyReadError(error: unknown, context: BodyContext): unknown {
  if (error instanceof ClienteleError) return error;
  const name = (error as { name?: unknown })?.name;
  if (name === "AbortError") return error;
  if (isTimeoutError(error)) return new TimeoutError({ method: context.method, url: context.url, timeout: context.timeout, cause: error });
  const code = codeOf(error);
  if (code && BROKEN_CONNECTION.has(code)) {
    let host = context.url;
    try {
      host = new URL(context.url).host;
    } catch {}
    return new ConnectionError({
      method: context.method,
      url: context.url,
      host,
      cause: error,
      detail: `the connection broke while the body was read: ${code}`,
    });
  }
  const detail = error instanceof SyntaxError ? `invalid JSON: ${error.message}` : ((error as Error)?.message ?? String(error));
  return new ResponseParseError({ method: context.method, url: context.url, status: context.status, detail, cause: error });
}

function codeOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

const ORIGINAL = Symbol.for("@clientele/core:body-read-original");

/**
 * Remembers the original failure behind a typed body error. The Node transport types failed reads
 * for raw `Response` users; a typed call re-types the original with what it knows (its display URL).
 */
export function withOriginal(typed: unknown, original: unknown): unknown {
  if (typed && typeof typed === "object" && typed !== original) Object.defineProperty(typed, ORIGINAL, { value: original });
  return typed;
}

/** The failure a typed body error was made from, or the error itself. */
export function originalOf(error: unknown): unknown {
  return (error as { [ORIGINAL]?: unknown } | null)?.[ORIGINAL] ?? error;
}

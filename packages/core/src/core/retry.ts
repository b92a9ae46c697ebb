// When to retry and how long to wait: urllib3's rules, which users of the Python SDKs know.

/** Retry settings. Every duration is in milliseconds. */
export interface RetryOptions {
  /** Retries after the first attempt; 0 disables retrying. */
  maxRetries?: number;
  /** Retry n ≥ 2 waits `backoffFactor × 2^(n-1)` ms plus jitter; the first retry is immediate. */
  backoffFactor?: number;
  /** Upper bound of the uniform random jitter added to each wait, in ms. */
  backoffJitter?: number;
  /** Upper bound of a computed wait, in ms. */
  backoffMax?: number;
  /** Response statuses that are retried (for methods in `allowedMethods`). */
  statusForcelist?: readonly number[];
  /** Methods whose requests may be retried (statuses, timeouts and connection failures). */
  allowedMethods?: readonly string[];
  /** Upper bound applied to a server's `Retry-After`, in ms. Longer requests give up at once. */
  retryAfterMax?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

const RETRY_KEYS = ["maxRetries", "backoffFactor", "backoffJitter", "backoffMax", "statusForcelist", "allowedMethods", "retryAfterMax"] as const;

/** Only the retry settings of a larger options object (API packages pass them on to core). */
export function pickRetryOptions(options: RetryOptions): RetryOptions {
  const out: RetryOptions = {};
  for (const key of RETRY_KEYS) if (options[key] !== undefined) (out as Record<string, unknown>)[key] = options[key];
  return out;
}

/** Defaults when an API package sets none: no retries (each API package chooses its own). */
export const RETRY_DEFAULTS: ResolvedRetryOptions = {
  maxRetries: 0,
  backoffFactor: 0,
  backoffJitter: 0,
  backoffMax: 120_000,
  statusForcelist: [],
  allowedMethods: ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"],
  retryAfterMax: 6 * 60 * 60 * 1000,
};

/**
 * The wait before retry number `retry` (1-based), as urllib3 computes it: 0 for the first,
 * then `min(backoffMax, backoffFactor × 2^(retry-1) + jitter)` with jitter uniform in `[0, backoffJitter]`.
 */
export function backoffDelay(retry: number, options: ResolvedRetryOptions, random: () => number = Math.random): number {
  if (retry <= 1) return 0;
  const jitter = options.backoffJitter > 0 ? random() * options.backoffJitter : 0;
  return Math.min(options.backoffMax, options.backoffFactor * 2 ** (retry - 1) + jitter);
}

/** Statuses whose `Retry-After` replaces the computed wait. */
const RETRY_AFTER_STATUSES = new Set([413, 429, 503]);

/**
 * The wait a response asks for, in ms: `retry-after-ms`, or `Retry-After` as delta-seconds or an
 * HTTP date. `undefined` when the response asks nothing (or its value is unreadable).
 */
export function retryAfter(status: number, headers: Headers, now: () => number = Date.now): number | undefined {
  if (!RETRY_AFTER_STATUSES.has(status)) return undefined;
  const ms = headers.get("retry-after-ms");
  if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms)) return Number(ms);
  const value = headers.get("retry-after");
  if (value === null) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now());
}

/** Fills in defaults and normalizes method names to upper case. */
export function resolveRetryOptions(options: RetryOptions | undefined, defaults: RetryOptions = {}): ResolvedRetryOptions {
  const merged = { ...RETRY_DEFAULTS, ...stripUndefined(defaults), ...stripUndefined(options ?? {}) };
  for (const key of ["maxRetries", "backoffFactor", "backoffJitter", "backoffMax", "retryAfterMax"] as const) {
    const v = merged[key];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new RangeError(`retry option \`${key}\` must be a non-negative number of ${key === "maxRetries" ? "retries" : "milliseconds"}, got ${String(v)}`);
    }
  }
  return {
    ...merged,
    maxRetries: Math.floor(merged.maxRetries),
    allowedMethods: merged.allowedMethods.map((m) => m.toUpperCase()),
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

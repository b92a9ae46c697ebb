// When to retry and how long to wait: urllib3's rules, which users of the Python SDKs know.

import { ConfigurationError } from "./errors.js";

/** What `shouldRetry` is asked about: one failed attempt. */
export interface RetryContext {
  method: string;
  /** URL of the request, secrets removed. */
  url: string;
  /** The attempt that failed (1 for the first request). */
  attempt: number;
  /** The response status, when the server answered. */
  status?: number;
  /** The response headers, when the server answered. */
  headers?: Headers;
  /** The transport error (connection refused, timeout…), when it did not. */
  error?: Error;
}

/**
 * The retry policy, the same for every client. Durations are in milliseconds.
 *
 * A failed attempt is retried while retries remain and the method is in `methods`, when: the
 * connection failed or timed out; the status is in `statuses`; or (urllib3's rule) the status is
 * 413, 429 or 503 and the response carries `Retry-After`. With `respectRetryAfter`, a
 * `Retry-After` on any retried response replaces the computed wait; a wait over `maxRetryAfter`
 * is not waited for: the error is thrown at once.
 */
export interface RetryPolicy {
  /** Retries after the first attempt; 0 disables retrying. */
  maxRetries?: number;
  /** Retry n ≥ 2 waits `backoffFactor × 2^(n-1)` ms plus jitter; the first retry is immediate (urllib3). */
  backoffFactor?: number;
  /** Upper bound of the uniform random jitter added to each computed wait, in ms. */
  backoffJitter?: number;
  /** Upper bound of a computed wait, in ms. */
  backoffMax?: number;
  /** Response statuses that are retried (urllib3's `status_forcelist`). */
  statuses?: readonly number[];
  /** Methods whose requests may be retried (urllib3's `allowed_methods`). */
  methods?: readonly string[];
  /** Obey `Retry-After` (and `retry-after-ms`) on retried responses (default true). */
  respectRetryAfter?: boolean;
  /** Longest `Retry-After` obeyed, in ms (default 6 hours); a longer one gives up at once. */
  maxRetryAfter?: number;
  /**
   * Your own decision for an attempt: `true` retries (while retries remain and the body can be
   * sent again), `false` does not, `undefined` keeps the rules above.
   */
  shouldRetry?: (context: RetryContext) => boolean | undefined;
}

/** A policy with every field set. */
export type ResolvedRetryPolicy = Required<Omit<RetryPolicy, "shouldRetry">> & Pick<RetryPolicy, "shouldRetry">;

const RETRY_KEYS = [
  "maxRetries",
  "backoffFactor",
  "backoffJitter",
  "backoffMax",
  "statuses",
  "methods",
  "respectRetryAfter",
  "maxRetryAfter",
  "shouldRetry",
] as const;

/** Defaults when neither the API package nor the user sets a value: no retries. */
export const RETRY_POLICY_DEFAULTS: ResolvedRetryPolicy = {
  maxRetries: 0,
  backoffFactor: 0,
  backoffJitter: 0,
  backoffMax: 120_000,
  statuses: [],
  methods: ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"],
  respectRetryAfter: true,
  maxRetryAfter: 6 * 60 * 60 * 1000,
};

/** Statuses that urllib3 retries when they carry `Retry-After`, even outside `statuses`. */
export const RETRY_AFTER_STATUSES: ReadonlySet<number> = new Set([413, 429, 503]);

/**
 * Fills in a policy: the user's values over the API's defaults over core's. Every value is
 * checked, and a bad one is a `ConfigurationError` naming `retry.<field>` (or `where`) and the value.
 */
export function resolveRetryPolicy(policy: RetryPolicy | undefined, defaults: RetryPolicy = {}, where = "retry"): ResolvedRetryPolicy {
  if (policy !== undefined && (policy === null || typeof policy !== "object" || Array.isArray(policy))) {
    throw new ConfigurationError(`option \`${where}\` must be an object of retry settings, got ${show(policy)}`, { source: where });
  }
  for (const key of Object.keys(policy ?? {})) {
    if (!(RETRY_KEYS as readonly string[]).includes(key)) {
      throw new ConfigurationError(`option \`${where}.${key}\` is not a retry setting; known: ${RETRY_KEYS.join(", ")}`, {
        source: `${where}.${key}`,
      });
    }
  }
  const merged = { ...RETRY_POLICY_DEFAULTS, ...definedOnly(defaults), ...definedOnly(policy ?? {}) };
  for (const key of ["maxRetries", "backoffFactor", "backoffJitter", "backoffMax", "maxRetryAfter"] as const) {
    const v = merged[key];
    const whole = key === "maxRetries";
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || (whole && !Number.isInteger(v))) {
      const unit = whole ? "a whole number of retries" : "a non-negative number of milliseconds";
      throw new ConfigurationError(`option \`${where}.${key}\` must be ${unit}, got ${show(v)}`, { source: `${where}.${key}` });
    }
  }
  if (!Array.isArray(merged.statuses) || !merged.statuses.every((s) => Number.isInteger(s) && s >= 100 && s <= 599)) {
    throw new ConfigurationError(`option \`${where}.statuses\` must be a list of HTTP statuses (100–599), got ${show(merged.statuses)}`, {
      source: `${where}.statuses`,
    });
  }
  if (!Array.isArray(merged.methods) || !merged.methods.every((m) => typeof m === "string" && /^[A-Za-z]+$/.test(m))) {
    throw new ConfigurationError(`option \`${where}.methods\` must be a list of HTTP method names, got ${show(merged.methods)}`, {
      source: `${where}.methods`,
    });
  }
  if (typeof merged.respectRetryAfter !== "boolean") {
    throw new ConfigurationError(`option \`${where}.respectRetryAfter\` must be true or false, got ${show(merged.respectRetryAfter)}`, {
      source: `${where}.respectRetryAfter`,
    });
  }
  if (merged.shouldRetry !== undefined && typeof merged.shouldRetry !== "function") {
    throw new ConfigurationError(`option \`${where}.shouldRetry\` must be a function, got ${show(merged.shouldRetry)}`, {
      source: `${where}.shouldRetry`,
    });
  }
  return { ...merged, methods: merged.methods.map((m) => m.toUpperCase()) };
}

/**
 * The wait before retry number `retry` (1-based), as urllib3 computes it: 0 for the first,
 * then `min(backoffMax, backoffFactor × 2^(retry-1) + jitter)` with jitter uniform in `[0, backoffJitter]`.
 */
export function backoffDelay(retry: number, policy: ResolvedRetryPolicy, random: () => number = Math.random): number {
  if (retry <= 1) return 0;
  const jitter = policy.backoffJitter > 0 ? random() * policy.backoffJitter : 0;
  return Math.min(policy.backoffMax, policy.backoffFactor * 2 ** (retry - 1) + jitter);
}

/**
 * The wait a response asks for, in ms: `retry-after-ms`, or `Retry-After` as delta-seconds or an
 * HTTP date. `undefined` when the response asks nothing (or its value is unreadable).
 */
export function retryAfter(headers: Headers, now: () => number = Date.now): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms)) return Number(ms);
  const value = headers.get("retry-after");
  if (value === null) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now());
}

/** Whether urllib3 would retry this status for an allowed method. */
export function isRetryableStatus(status: number, headers: Headers, policy: ResolvedRetryPolicy): boolean {
  if (policy.statuses.includes(status)) return true;
  return policy.respectRetryAfter && RETRY_AFTER_STATUSES.has(status) && (headers.has("retry-after") || headers.has("retry-after-ms"));
}

function definedOnly<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** A value as an error message shows it. */
export function show(value: unknown): string {
  if (typeof value === "function") return "a function";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

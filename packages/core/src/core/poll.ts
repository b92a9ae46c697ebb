// Polling, the one way every client waits (runs, operations, services). Durations in milliseconds.

import { sleep as realSleep } from "../internal/sleep.js";
import { ClienteleError, ConfigurationError, TimeoutError } from "./errors.js";

/**
 * Polling settings, the same for every client. Every duration is in milliseconds; a negative
 * limit means unlimited. Each client documents its own defaults (Nextmv's are its Python SDK's).
 */
export interface PollOptions {
  /** Wait before the first check (core default 0). */
  initialDelay?: number;
  /** Base wait between checks (core default 1000). */
  delay?: number;
  /** Growth: check i waits `min(maxDelay, delay + backoff × 2^i)` plus jitter (core default 0: a steady `delay`). */
  backoff?: number;
  /** Cap of the computed wait, before jitter (core default 20000). */
  maxDelay?: number;
  /** Upper bound of the uniform jitter added after the cap (core default 0). */
  jitter?: number;
  /** Give up with a `TimeoutError` after this long (core default 300000). */
  maxDuration?: number;
  /** Give up after this many checks (core default: unlimited). */
  maxTries?: number;
  /** Checked before each try: `true` stops polling and resolves `undefined`. */
  stop?: () => boolean;
  /** Replaces the computed wait (e.g. a server's "next available in" hint), in ms. */
  sleepDuration?: () => number;
  signal?: AbortSignal;
  /** Names what is awaited in errors ("run r-1"); clients set it. */
  what?: string;
  /** Test seams. */
  random?: () => number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal | null) => Promise<void>;
}

/** What a check is told: which check this is (1-based) and the ms left before `maxDuration` (Infinity if unlimited). */
export interface PollState {
  check: number;
  remaining: number;
}

/** The answer of one check: `done` with a value, or not yet. */
export type PollCheck<T> = { done: true; value: T } | { done: false };

/** Core's neutral defaults; API packages pass their own (`{ ...theirDefaults, ...userOptions }`). */
export const POLL_DEFAULTS = {
  initialDelay: 0,
  delay: 1000,
  backoff: 0,
  maxDelay: 20_000,
  jitter: 0,
  maxDuration: 300_000,
  maxTries: -1,
} as const;

/** The defaults of a client over core's, then the caller's options over them. */
export function pollOptions(defaults: PollOptions, options: PollOptions | undefined): PollOptions {
  return { ...defaults, ...definedOnly(options ?? {}) };
}

/**
 * Calls `check` until it reports `done`, waiting between calls. Resolves the value, or
 * `undefined` when `stop()` asks to stop; rejects with `TimeoutError` when `maxDuration` runs out,
 * a `ClienteleError` when `maxTries` runs out, or the signal's reason when aborted.
 *
 * @example
 * ```ts
 * import { poll } from "@clientele/core";
 * let n = 0;
 * const value = await poll(async () => (++n >= 3 ? { done: true, value: n } : { done: false }), { initialDelay: 0, delay: 1, backoff: 0, jitter: 0 });
 * ```
 */
export async function poll<T>(check: (state: PollState) => Promise<PollCheck<T>>, options: PollOptions = {}): Promise<T | undefined> {
  const o: PollOptions & { -readonly [K in keyof typeof POLL_DEFAULTS]: number } = { ...POLL_DEFAULTS, ...definedOnly(options) };
  for (const key of ["initialDelay", "delay", "backoff", "maxDelay", "jitter", "maxDuration", "maxTries"] as const) {
    const v = o[key];
    const signed = key === "maxDuration" || key === "maxTries";
    if (typeof v !== "number" || Number.isNaN(v) || (!signed && (v < 0 || !Number.isFinite(v)))) {
      throw new ConfigurationError(
        `polling option \`${key}\` must be a ${signed ? "number (negative: unlimited)" : "non-negative number"}, got ${String(v)}`,
        {
          source: key,
        },
      );
    }
  }
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const wait = options.sleep ?? realSleep;
  const started = now();
  await wait(o.initialDelay, options.signal);
  const outOfTries = (tries: number) =>
    new ClienteleError(`${o.what ?? "polling"}: not done after ${tries} checks (maxTries ${o.maxTries})`);
  if (o.maxTries === 0) throw outOfTries(0);
  for (let tries = 0; ; tries++) {
    if (options.stop?.()) return undefined;
    const remaining = o.maxDuration >= 0 ? Math.max(0, o.maxDuration - (now() - started)) : Number.POSITIVE_INFINITY;
    const result = await check({ check: tries + 1, remaining });
    if (result.done) return result.value;
    // Out of checks: say so now, not after one more wait.
    if (o.maxTries >= 0 && tries + 1 >= o.maxTries) throw outOfTries(tries + 1);
    const elapsed = now() - started;
    if (o.maxDuration >= 0 && elapsed >= o.maxDuration) {
      throw new TimeoutError({
        url: "",
        timeout: o.maxDuration,
        what: `${o.what ?? "polling"}: not done within maxDuration ${o.maxDuration} ms (${tries + 1} checks)`,
      });
    }
    const computed = Math.min(o.maxDelay, o.delay + o.backoff * 2 ** Math.min(tries + 1, 52)) + random() * o.jitter;
    const next = options.sleepDuration ? options.sleepDuration() : computed;
    // The last check comes at the deadline, not a whole wait after it.
    await wait(o.maxDuration >= 0 ? Math.min(next, o.maxDuration - elapsed) : next, options.signal);
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

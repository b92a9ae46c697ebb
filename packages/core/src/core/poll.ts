// Polling with the semantics Nextmv's Python SDK users know, in milliseconds.

import { sleep as realSleep } from "../internal/sleep.js";
import { ClienteleError, TimeoutError } from "./errors.js";

/** Polling settings. Every duration is in milliseconds; a negative limit means unlimited. */
export interface PollOptions {
  /** Wait before the first check (default 1000). */
  initialDelay?: number;
  /** Base wait between checks (default 100). */
  delay?: number;
  /** Growth: check i waits `min(maxDelay, delay + backoff × 2^i)` plus jitter (default 900). */
  backoff?: number;
  /** Cap of the computed wait, before jitter (default 20000). */
  maxDelay?: number;
  /** Upper bound of the uniform jitter added after the cap (default 1000). */
  jitter?: number;
  /** Give up with a `TimeoutError` after this long (default 300000). */
  maxDuration?: number;
  /** Give up after this many checks (default 100). */
  maxTries?: number;
  /** Checked before each try: `true` stops polling and resolves `undefined`. */
  stop?: () => boolean;
  /** Replaces the computed wait (e.g. a server's "next available in" hint), in ms. */
  sleepDuration?: () => number;
  signal?: AbortSignal;
  /** Test seams. */
  random?: () => number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal | null) => Promise<void>;
}

/** The answer of one check: `done` with a value, or not yet. */
export type PollCheck<T> = { done: true; value: T } | { done: false };

export const POLL_DEFAULTS = {
  initialDelay: 1000,
  delay: 100,
  backoff: 900,
  maxDelay: 20_000,
  jitter: 1000,
  maxDuration: 300_000,
  maxTries: 100,
} as const;

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
export async function poll<T>(check: () => Promise<PollCheck<T>>, options: PollOptions = {}): Promise<T | undefined> {
  const o = { ...POLL_DEFAULTS, ...definedOnly(options) };
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const wait = options.sleep ?? realSleep;
  const started = now();
  await wait(o.initialDelay, options.signal);
  for (let tries = 0; ; tries++) {
    if (o.maxTries >= 0 && tries >= o.maxTries) {
      throw new ClienteleError(`polling did not succeed after ${tries} tries (maxTries ${o.maxTries})`);
    }
    if (options.stop?.()) return undefined;
    const result = await check();
    if (result.done) return result.value;
    const elapsed = now() - started;
    if (o.maxDuration >= 0 && elapsed >= o.maxDuration) {
      throw new TimeoutError({
        url: "",
        timeout: o.maxDuration,
        what: `polling did not finish within maxDuration ${o.maxDuration} ms (${tries + 1} tries)`,
      });
    }
    const computed = Math.min(o.maxDelay, o.delay + o.backoff * 2 ** Math.min(tries + 1, 52)) + random() * o.jitter;
    await wait(options.sleepDuration ? options.sleepDuration() : computed, options.signal);
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

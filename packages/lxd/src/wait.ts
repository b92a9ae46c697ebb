// Waiting for an LXD operation: core's `poll`, each check one long poll on `<operation>/wait`.
// Durations are in ms, as for every clientele client, except LXD's own server-side wait, in seconds.

import { ConfigurationError, expectField, poll, pollOptions, TimeoutError, type PollOptions } from "@clientele/core";
import type { APIResult } from "./result.js";
import type { OperationEnvelope } from "./types.js";

/**
 * Options of `APIResult.wait()`: core's `PollOptions` (every duration in **ms**), plus LXD's
 * server-side wait (in **seconds**, LXD's unit) and what to do at `maxDuration`.
 */
export interface WaitOptions extends PollOptions {
  /**
   * Seconds the daemon holds each check open (`/wait?timeout=`), default 30; capped by what is
   * left of `maxDuration`. `-1` lets the daemon wait until the operation ends.
   */
  serverWaitSeconds?: number;
  /** Throw core's `TimeoutError` when the operation still runs at `maxDuration` (default false: return it). */
  raiseOnTimeout?: boolean;
}

/**
 * LXD's polling defaults (ms): checks back to back but half a second apart (each one already waits
 * on the daemon), for at most 30 s (lxdapi's default wait).
 */
export const LXD_WAIT_DEFAULTS: Readonly<PollOptions> = Object.freeze({
  initialDelay: 0,
  delay: 500,
  backoff: 0,
  jitter: 0,
  maxDuration: 30_000,
  maxTries: -1,
});

/** Default of `serverWaitSeconds`, in seconds. */
export const SERVER_WAIT_SECONDS = 30;

/** Waits for `result`'s operation as `APIResult.wait()` documents. */
export async function waitForOperation<T>(result: APIResult<T>, options: WaitOptions = {}): Promise<APIResult<OperationEnvelope>> {
  const { serverWaitSeconds = SERVER_WAIT_SECONDS, raiseOnTimeout = false, ...polling } = checkWaitOptions(options);
  const operation = result.operation;
  if (!operation) return result as unknown as APIResult<OperationEnvelope>;
  const api = result.api;
  // The operation URL may carry its own query (`?project=`): `/wait` goes before it.
  const q = operation.indexOf("?");
  const url = q < 0 ? `${operation}/wait` : `${operation.slice(0, q)}/wait${operation.slice(q)}`;

  let last: APIResult<OperationEnvelope> | undefined;
  let checkFailed = false;
  try {
    const done = await poll<APIResult<OperationEnvelope>>(
      async ({ remaining }) => {
        const seconds = serverSeconds(serverWaitSeconds, remaining);
        try {
          last = await api.get<OperationEnvelope>(url, {
            query: { timeout: seconds },
            // Each attempt must outlive the daemon's wait.
            timeout: seconds < 0 || api.timeout === 0 ? 0 : seconds * 1000 + api.timeout,
            ...(polling.signal ? { signal: polling.signal } : {}),
          });
          const code = expectField<number>(last.data, "metadata.status_code", `GET ${last.request.url}`);
          return code >= 200 ? { done: true, value: last } : { done: false };
        } catch (error) {
          checkFailed = true;
          throw error;
        }
      },
      pollOptions(LXD_WAIT_DEFAULTS, { what: `LXD operation ${operation}`, ...polling }),
    );
    return done ?? last ?? (result as unknown as APIResult<OperationEnvelope>);
  } catch (error) {
    // poll's own deadline (not a check's failure): hand back the operation as it stands.
    if (error instanceof TimeoutError && !checkFailed && !raiseOnTimeout && last) return last;
    throw error;
  }
}

/** The daemon's wait for one check: `serverWaitSeconds`, but no longer than what is left (whole seconds, at least 1). */
function serverSeconds(configured: number, remaining: number): number {
  if (!Number.isFinite(remaining)) return configured;
  const left = Math.max(1, Math.ceil(remaining / 1000));
  return configured < 0 ? left : Math.min(configured, left);
}

function checkWaitOptions(options: WaitOptions): WaitOptions {
  if (options === null || typeof options !== "object") {
    throw new ConfigurationError(`wait() takes an options object, got ${String(options)}`);
  }
  if ("timeout" in options) {
    throw new ConfigurationError(
      "wait(): `timeout` is not a wait option: use `maxDuration` (ms) for how long to wait, " +
        "`serverWaitSeconds` (s) for LXD's /wait?timeout=",
      { source: "timeout" },
    );
  }
  const seconds = options.serverWaitSeconds;
  if (seconds !== undefined && !(Number.isInteger(seconds) && (seconds >= 1 || seconds === -1))) {
    throw new ConfigurationError(`wait(): \`serverWaitSeconds\` must be a whole number of seconds ≥ 1, or -1, got ${String(seconds)}`, {
      source: "serverWaitSeconds",
    });
  }
  if (options.raiseOnTimeout !== undefined && typeof options.raiseOnTimeout !== "boolean") {
    throw new ConfigurationError(`wait(): \`raiseOnTimeout\` must be true or false, got ${String(options.raiseOnTimeout)}`, {
      source: "raiseOnTimeout",
    });
  }
  return options;
}

// How Nextmv waits for runs: the Python SDK's polling defaults, in core's `PollOptions` (ms).

import type { PollOptions } from "@clientele/core";

/**
 * The Python SDK's polling defaults, in milliseconds: the first check after 1 s, then waits of
 * `min(20 s, 0.1 s + 0.9 s × 2^i)` plus up to 1 s of jitter, at most 100 checks or 5 minutes.
 * `runResultWithPolling` passes them to core's `poll` under your own options.
 */
export const NEXTMV_POLL_DEFAULTS = {
  initialDelay: 1000,
  delay: 100,
  backoff: 900,
  maxDelay: 20_000,
  jitter: 1000,
  maxDuration: 300_000,
  maxTries: 100,
} as const satisfies PollOptions;

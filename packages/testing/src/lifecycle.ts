// Scripted resource lives for stateful tests: one state shared by every handler that answers about the
// resource, so a run that is `failed` in its metadata is `failed` in its result too.

/**
 * Polling options that never wait, for every client's polling helper (Nextmv `runResultWithPolling`, ABEJA
 * `waitForService`, LXD `wait()`): no first delay, no delay, no backoff, no jitter.
 *
 * @example
 * ```ts
 * import { Client } from "@clientele/nextmv";
 * import { INSTANT_POLLING } from "@clientele/testing";
 * const app = new Client({ apiKey: "test-key" }).application("routing-app");
 * await app.runResultWithPolling("run-1", INSTANT_POLLING);
 * ```
 */
export const INSTANT_POLLING = { initialDelay: 0, delay: 0, backoff: 0, jitter: 0 } as const;

/** A resource's scripted life: its current state, shared by the handlers that read it. */
export interface Lifecycle<S extends string> {
  /** The state now. */
  readonly current: S;
  /** The states already answered by {@link Lifecycle.next}, oldest first. */
  readonly history: readonly S[];
  /** The state now, then moves one step on (the last state stays): call it from the handler a client polls. */
  next(): S;
  /** Jumps to a state (e.g. to cancel a run in the middle of a test). */
  set(state: S): void;
  /** Back to the first state, history forgotten (e.g. in `afterEach`). */
  reset(): void;
}

/**
 * A typed state machine for a resource across operations: each `next()` answers the current state and
 * moves on; every other handler reads `current`. With `response(200).merge(...)` a few lines script a
 * Nextmv run queued → running → failed, an ABEJA service IN_PROGRESS → READY or an LXD operation
 * Running → Success. Clients' polling takes zero delays ({@link INSTANT_POLLING}), so such a test runs in
 * milliseconds.
 *
 * @param states - The states in order; the type of each state is inferred from the list.
 * @example
 * ```ts
 * import type { paths } from "@clientele/nextmv-types";
 * import { createMockApi, lifecycle } from "@clientele/testing";
 * const nextmv = createMockApi<paths>("nextmv");
 * const run = lifecycle(["queued", "running", "failed"]);
 * const handlers = [
 *   nextmv.get("/v1/applications/{application_id}/runs/{run_id}/metadata", ({ response }) =>
 *     response(200).merge({ metadata: { status_v2: run.next() } })),
 *   nextmv.get("/v1/applications/{application_id}/runs/{run_id}", ({ response }) =>
 *     response(200).merge({ metadata: { status_v2: run.current, error: run.current === "failed" ? "out of memory" : "" } })),
 * ];
 * ```
 */
export function lifecycle<const S extends string>(states: readonly [S, ...S[]]): Lifecycle<S> {
  if (states.length === 0) throw new TypeError("lifecycle: give at least one state");
  let index = 0;
  const history: S[] = [];
  return {
    get current() {
      return states[index]!;
    },
    history,
    next() {
      const state = states[index]!;
      history.push(state);
      if (index < states.length - 1) index++;
      return state;
    },
    set(state) {
      const at = states.indexOf(state);
      if (at < 0) throw new TypeError(`lifecycle: "${state}" is not one of ${states.join(", ")}`);
      index = at;
    },
    reset() {
      index = 0;
      history.length = 0;
    },
  };
}

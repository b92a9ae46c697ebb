// Lets request mocks that patch the global `fetch` (msw's `setupServer`, nock, `vi.stubGlobal("fetch", …)`)
// see every request of the Node transport. The transport talks to undici's dispatcher directly, which no
// such mock can intercept: without this, a test's first mistake reaches the real API.
//
// Rule: while the global `fetch` is not the platform's own, requests go through it. The platform's fetch is
// the one found at load, unless an @mswjs/interceptors FetchInterceptor (msw, nock) was already applied
// then: it is learned at the first request made while no interceptor is applied. With no mock installed the
// check is one property read and one comparison per request.

import type { FetchLike } from "../../core/transport.js";

/** Where @mswjs/interceptors' FetchInterceptor registers itself on `globalThis` while applied (msw, nock). */
const FETCH_INTERCEPTOR = Symbol.for("fetch-interceptor");

const interceptorApplied = (): boolean => (globalThis as Record<symbol, unknown>)[FETCH_INTERCEPTOR] !== undefined;

/** The platform's own fetch; `undefined` until seen unpatched. */
let platformFetch: typeof fetch | undefined = interceptorApplied() ? undefined : globalThis.fetch;

/**
 * The global `fetch` when a mock has replaced it, else `undefined` (send through the dispatcher).
 * The returned fetch enforces the transport's `timeout` (ms) itself, since plain fetches ignore it.
 */
export function interceptedFetch(): FetchLike | undefined {
  const current = globalThis.fetch;
  if (current === platformFetch) return undefined;
  if (platformFetch === undefined && !interceptorApplied()) {
    platformFetch = current;
    return undefined;
  }
  return typeof current === "function" ? viaGlobalFetch : undefined;
}

/** Sends through whatever the global `fetch` is now, with the transport's per-attempt timeout as a signal. */
const viaGlobalFetch: FetchLike = (input, init: RequestInit & { timeout?: number } = {}) => {
  const { timeout, ...rest } = init;
  if (!timeout) return globalThis.fetch(input, rest);
  const timer = AbortSignal.timeout(timeout);
  return globalThis.fetch(input, { ...rest, signal: rest.signal ? AbortSignal.any([rest.signal, timer]) : timer });
};

// Lets request mocks that patch the global `fetch` see every request of the Node transport, which talks
// to undici's dispatcher directly: without this, msw's `setupServer` sees nothing and a test's first
// mistake reaches the real API.
//
// Which patches count: an @mswjs/interceptors FetchInterceptor while applied (msw's `setupServer`, nock 14),
// found by the symbol it registers on `globalThis`, and a test framework's mock function as the global
// fetch (`vi.stubGlobal("fetch", vi.fn(…))`, `jest.fn`). Other wrappers of the global fetch (a framework's
// caching, an APM's tracing) do not: production requests keep the transport's sockets, TLS settings and
// proxy. Checked on every request, so msw may be set up before or after core is loaded; with no mock
// installed the check is one property read and one comparison.

import type { FetchLike } from "../../core/transport.js";

/** Where @mswjs/interceptors' FetchInterceptor registers itself on `globalThis` while applied. */
const FETCH_INTERCEPTOR = Symbol.for("fetch-interceptor");

/** The last global fetch found unpatched: while it stays in place, one comparison settles each request. */
let cleanFetch: unknown;

/**
 * The global `fetch` when a mock has taken it over, else `undefined` (send through the dispatcher).
 * The returned fetch enforces the transport's `timeout` (ms) itself, since plain fetches ignore it.
 */
export function interceptedFetch(): FetchLike | undefined {
  const current = globalThis.fetch;
  // Applying an interceptor or stubbing a mock always replaces the global fetch, so an unchanged one is clean.
  if (current === cleanFetch) return undefined;
  const global = globalThis as typeof globalThis & { [FETCH_INTERCEPTOR]?: unknown };
  if (global[FETCH_INTERCEPTOR] !== undefined || (current as { _isMockFunction?: boolean } | undefined)?._isMockFunction === true) {
    return viaGlobalFetch;
  }
  cleanFetch = current;
  return undefined;
}

/** Sends through whatever the global `fetch` is now, with the transport's per-attempt timeout as a signal. */
const viaGlobalFetch: FetchLike = (input, init: RequestInit & { timeout?: number } = {}) => {
  const { timeout, ...rest } = init;
  const timer = timeout ? AbortSignal.timeout(timeout) : undefined;
  const signal = timer && rest.signal ? AbortSignal.any([rest.signal, timer]) : (timer ?? rest.signal);
  return globalThis.fetch(input, signal ? { ...rest, signal } : rest).catch((error: unknown) => {
    if (!isMswRefusal(error)) throw error;
    return unhandledAnswer(
      rest.method ?? (input instanceof Request ? input.method : "GET"),
      input instanceof Request ? input.url : String(input),
      error,
    );
  });
};

/** msw's refusal of a request no handler took (`onUnhandledRequest: "error"`, or a callback that throws). */
function isMswRefusal(error: unknown): error is Error {
  return error instanceof Error && error.message.startsWith("[MSW]");
}

/**
 * The answer to a request msw refused: a 501 naming it. As a rejection it would be a connection error,
 * which clients retry with backoff (a Nextmv client for minutes); as an answer it fails the call at once.
 */
function unhandledAnswer(method: string, url: string, error: Error): Response {
  const message = `${method.toUpperCase()} ${url}: no msw handler took this request, nothing was sent (${error.message.replace(/^\[MSW\]\s*/, "")})`;
  return new Response(JSON.stringify({ error: message, message, code: "unhandled_request" }), {
    status: 501,
    headers: { "content-type": "application/json" },
  });
}

// The fetch every client hands to openapi-fetch: retries, per-attempt timeouts, typed errors and
// debug transcripts live here, beneath any middleware, so typed and raw calls behave the same.

import { platformName } from "#platform";
import { redactUrl, scrub, scrubDeep } from "../internal/redact.js";
import { sleep as realSleep } from "../internal/sleep.js";
import { APIException, ConnectionError, TimeoutError } from "./errors.js";
import { Transcript, type Logger, type TranscriptFormatter } from "./debug.js";
import type { ErrorFields } from "./errors.js";
import { isStream } from "./raw-body.js";
import { backoffDelay, isRetryableStatus, resolveRetryPolicy, retryAfter, type ResolvedRetryPolicy, type RetryPolicy } from "./retry.js";
import { asResponse, type FetchLike, type Transport, type TransportResponse } from "./transport.js";

/** Information given to `onRetry` before each wait. */
export interface RetryEvent {
  method: string;
  url: string;
  /** The attempt that failed (1 for the first request). */
  attempt: number;
  /** The wait before the next attempt, in ms. */
  delay: number;
  /** Why: the response status, or the transport error. */
  status?: number;
  error?: Error;
  /** Whether the wait came from the server's `Retry-After`. */
  fromRetryAfter: boolean;
}

export interface CreateFetchOptions {
  /** Sends one attempt (through its `send` when it has one). */
  transport: FetchLike | Transport;
  retry: ResolvedRetryPolicy;
  /** Per-attempt timeout in ms: the longest wait for the headers (and, on Node, for each piece of the body); 0 for none. */
  timeout: number;
  /** Debug transcripts go here; `undefined` keeps them off at no cost. */
  logger?: Logger;
  /** Values to scrub from every message and transcript (API keys, tokens). */
  secrets?: readonly string[];
  /** How this API's error bodies read: the reason for the message and any fields to expose. */
  errorFields?: (body: unknown, context: { status: number }) => ErrorFields | undefined;
  /** How transcripts and error messages show URLs. */
  formatUrl?: (url: string) => string;
  /** The layout of transcript blocks. */
  transcriptFormat?: TranscriptFormatter;
  /** Called before each retry wait (for progress output). */
  onRetry?: (event: RetryEvent) => void;
  /** Test seams: randomness for jitter, the clock, and waiting. */
  random?: () => number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal | null) => Promise<void>;
}

/** Extra `RequestInit` field: re-creates the body for each attempt (a file re-opened from its path). */
export interface ReplayableInit extends RequestInit {
  bodyFactory?: () => NonNullable<RequestInit["body"]>;
  /** The URL as errors and transcripts show it (presigned uploads hide their whole query). */
  displayUrl?: string;
  /** This call's per-attempt timeout in ms, replacing the client's (0 disables it). */
  timeout?: number;
  /** More values to keep out of this call's errors and transcript (a presigned URL's signature). */
  secrets?: readonly string[];
  /** This call's retry settings, merged over the client's. */
  retry?: RetryPolicy;
}

/** A fetch with clientele's retries, timeouts and errors, for `createClient({ fetch })` or direct calls. */
export type ClienteleFetch = ((input: string | URL | Request, init?: ReplayableInit) => Promise<Response>) & {
  readonly clientele?: true;
  /** The same call, answered before any `Response` is made (core's typed calls read the body themselves). */
  readonly send?: (input: string | URL | Request, init?: ReplayableInit) => Promise<TransportResponse>;
};

/** Creates the retrying, error-raising fetch of a client. Everything that can be is decided here, once. */
export function createFetch(options: CreateFetchOptions): ClienteleFetch {
  const send = createSend(options);
  const clienteleFetch = (input: string | URL | Request, init?: ReplayableInit) => send(input, init).then(asResponse);
  // Marks a fetch that already raises clientele's errors (uploads use it as is).
  return Object.assign(clienteleFetch, { clientele: true as const, send });
}

/** The retry loop under {@link createFetch}, on the transport's own answers. */
function createSend(options: CreateFetchOptions): NonNullable<ClienteleFetch["send"]> {
  const { transport } = options;
  const sendOnce = (transport as Transport).send ?? transport;
  const secrets = options.secrets ?? [];
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const wait = options.sleep ?? realSleep;
  const nativeTimeout = (transport as { handlesTimeout?: boolean }).handlesTimeout === true;
  // URLs reach the transcript already formatted (below).
  const clientTranscript = options.logger && new Transcript({ logger: options.logger, secrets, format: options.transcriptFormat });

  return async (input, init) => {
    // (Not `instanceof Request`: touching the global would load Node's built-in fetch.)
    const request = typeof input === "string" || input instanceof URL ? undefined : input;
    const target = request ? request.url : String(input);
    // As errors, retry events and transcripts show it (LXD: its socket as `http+unix://%2F…`).
    const url = init?.displayUrl ?? (options.formatUrl ? options.formatUrl(target) : target);
    const method = (init?.method ?? request?.method ?? "GET").toUpperCase();
    const headers = init?.headers ?? request?.headers;
    const userSignal = init?.signal ?? request?.signal ?? undefined;
    // Typed calls carry per-call `timeout` and `retry` on the Request (openapi-fetch copies unknown init keys there).
    const extra = request as { timeout?: number; retry?: RetryPolicy } | undefined;
    const timeout = init?.timeout ?? extra?.timeout ?? options.timeout;
    const override = init?.retry ?? extra?.retry;
    const retry = override ? resolveRetryPolicy(override, options.retry) : options.retry;
    const mayRetry = retry.maxRetries > 0 && (retry.methods.includes(method) || retry.shouldRetry !== undefined);

    // Bodies are buffered only when a retry or a transcript needs them again.
    let body: BodyInit | null | undefined = init?.body ?? (request?.body ? request.body : undefined);
    let replayable = body == null || isReplayable(body) || Boolean(init?.bodyFactory);
    if (request?.body && !init?.body && (mayRetry || clientTranscript)) {
      body = new Uint8Array(await request.arrayBuffer());
      replayable = true;
    }
    const canRetry = mayRetry && replayable;
    const callSecrets = init?.secrets?.length ? [...secrets, ...init.secrets] : secrets;
    const transcript = init?.secrets?.length && clientTranscript ? clientTranscript.with(callSecrets) : clientTranscript;
    const contentType = transcript ? headerValue(headers, "content-type") : null;

    for (let attempt = 1; ; attempt++) {
      const attemptBody = init?.bodyFactory && attempt > 1 ? init.bodyFactory() : body;
      // A transport with its own timers gets the timeout as a number. Any other fetch gets a signal
      // that fires when the headers take longer than `timeout` (a plain timer: AbortSignal.any
      // costs about 18 µs a call).
      // undici's own timers tick about every half second, so a short timeout gets a precise timer
      // for the headers too (undici still bounds each piece of the body).
      const guard = timeout > 0 && (!nativeTimeout || timeout < PRECISE_BELOW) ? new AttemptTimer(timeout, userSignal) : undefined;
      const signal = guard ? guard.signal : userSignal;
      transcript?.request(method, url, transcriptBody(attemptBody), contentType, attempt);

      let response: TransportResponse;
      try {
        response = await sendOnce(target, {
          method,
          headers,
          body: attemptBody,
          signal,
          timeout: nativeTimeout ? timeout : undefined,
          redirect: init?.redirect ?? request?.redirect ?? "follow",
          // WHATWG fetch refuses any streamed body (web stream or async iterable) without `duplex`.
          ...(isStream(attemptBody) ? { duplex: "half" } : {}),
        } as RequestInit);
      } catch (cause) {
        guard?.clear();
        if (userSignal?.aborted) throw userSignal.reason;
        const failure =
          guard?.expired || isTimeoutError(cause)
            ? new TimeoutError({ method, url, timeout, attempts: attempt, cause })
            : connectionFailure(cause, method, url, attempt);
        if (
          canRetry &&
          attempt <= retry.maxRetries &&
          decide(retry, { method, url: redactUrl(url), attempt, error: failure }, retry.methods.includes(method))
        ) {
          const delay = backoffDelay(attempt, retry, random);
          transcript?.note(`${failure.message}; retrying in ${Math.round(delay)} ms`);
          options.onRetry?.({ method, url, attempt, delay, error: failure, fromRetryAfter: false });
          await wait(delay, userSignal);
          continue;
        }
        throw failure;
      }

      guard?.clear();
      if (response.ok) {
        if (transcript) transcript.response(response.status, await peekText(response), response.headers.get("content-type"));
        return response;
      }

      const status = response.status;
      // Past success, the WHATWG form: its headers go to retry rules and errors.
      const failed = asResponse(response);
      const byRule = retry.methods.includes(method) && isRetryableStatus(status, failed.headers, retry);
      if (
        canRetry &&
        attempt <= retry.maxRetries &&
        decide(retry, { method, url: redactUrl(url), attempt, status, headers: failed.headers }, byRule)
      ) {
        const asked = retry.respectRetryAfter ? retryAfter(failed.headers, now) : undefined;
        if (asked === undefined || asked <= retry.maxRetryAfter) {
          const delay = asked ?? backoffDelay(attempt, retry, random);
          // Read the (small) error body to its end: the connection stays reusable and undici releases its listeners.
          await response.arrayBuffer().catch(() => {});
          transcript?.response(response.status, undefined, null, `; retrying in ${Math.round(delay)} ms`);
          options.onRetry?.({ method, url, attempt, delay, status: response.status, fromRetryAfter: asked !== undefined });
          await wait(delay, userSignal);
          continue;
        }
      }

      const text = await response.text().catch(() => "");
      transcript?.response(response.status, text, response.headers.get("content-type"));
      // Servers echo what they were sent (an API key, a signature): keep it out of the error too.
      const parsed = scrubDeep(parseBody(text), callSecrets);
      const read = options.errorFields?.(parsed, { status: response.status });
      const serverMessage = read?.message;
      throw APIException.from({
        status: response.status,
        method,
        url,
        headers: failed.headers,
        requestHeaders: headers instanceof Headers ? headers : new Headers(headers as HeadersInit | undefined),
        body: parsed,
        serverMessage: serverMessage ? scrub(serverMessage, callSecrets) : undefined,
        fields: read?.fields && (scrubDeep(read.fields, callSecrets) as Record<string, unknown>),
        attempts: attempt,
        secrets: callSecrets,
      });
    }
  };
}

/** The user's `shouldRetry` when it has an opinion, else urllib3's rule. */
function decide(retry: ResolvedRetryPolicy, context: Parameters<NonNullable<RetryPolicy["shouldRetry"]>>[0], byRule: boolean): boolean {
  const verdict = retry.shouldRetry?.(context);
  return verdict === undefined ? byRule : verdict;
}

/** Timeouts under this many ms are timed by core, not by the transport's coarse timers. */
const PRECISE_BELOW = 5000;

/** An attempt's deadline for a fetch without its own timers; follows the user's signal too. */
class AttemptTimer {
  readonly #controller = new AbortController();
  readonly #timer: ReturnType<typeof setTimeout>;
  expired = false;

  constructor(timeout: number, user: AbortSignal | undefined) {
    this.#timer = setTimeout(() => {
      this.expired = true;
      this.#controller.abort(new DOMException(`timed out after ${timeout} ms`, "TimeoutError"));
    }, timeout);
    if (user) {
      if (user.aborted) this.#controller.abort(user.reason);
      else user.addEventListener("abort", () => this.#controller.abort(user.reason), { once: true });
    }
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  clear(): void {
    clearTimeout(this.#timer);
  }
}

const TIMEOUT_CODES = new Set(["UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "UND_ERR_CONNECT_TIMEOUT", "ETIMEDOUT"]);

/** Whether an error (or its cause) is a transport's timeout. */
export function isTimeoutError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, name } = e as { code?: unknown; name?: unknown };
    if ((typeof code === "string" && TIMEOUT_CODES.has(code)) || name === "TimeoutError") return true;
  }
  return false;
}

function isReplayable(body: BodyInit): boolean {
  return !isStream(body);
}

function headerValue(headers: HeadersInit | undefined, name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  if (Array.isArray(headers)) return headers.find(([k]) => k?.toLowerCase() === name)?.[1] ?? null;
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return null;
}

function transcriptBody(body: BodyInit | null | undefined): Uint8Array | string | undefined {
  if (body == null) return undefined;
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (body instanceof URLSearchParams) return body.toString();
  return `<${body.constructor?.name ?? "streamed"} body>`;
}

async function peekText(response: TransportResponse): Promise<string | undefined> {
  const type = response.headers.get("content-type");
  if (type && !/json|text|xml/i.test(type)) return `<${response.headers.get("content-length") ?? "?"} bytes of ${type}>`;
  return asResponse(response)
    .clone()
    .text()
    .catch(() => undefined);
}

function parseBody(text: string): unknown {
  if (!text) return text;
  const first = text.trimStart()[0];
  if (first !== "{" && first !== "[") return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function connectionFailure(cause: unknown, method: string, url: string, attempts: number): Error {
  if (cause instanceof ConnectionError) return cause;
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    host = redactUrl(url);
  }
  // undici hides the reason in `cause` of its TypeError("fetch failed").
  if (/redirect/i.test(String((cause as Error)?.message))) {
    return new ConnectionError({ method, url, host, cause, attempts, detail: "too many redirects: the server redirects in a loop" });
  }
  const inner = (cause as { cause?: unknown })?.cause;
  if (inner instanceof ConnectionError) return new ConnectionError({ method, url, host, cause: inner, attempts, detail: inner.message });
  if (platformName === "web" && cause instanceof TypeError) {
    // A browser's fetch gives scripts no reason: a CORS refusal looks exactly like a dead server.
    const detail = `${cause.message}; a browser gives no reason: a CORS refusal, a blocked mixed-content or private-network request look the same, see the browser console`;
    return new ConnectionError({ method, url, host, cause, attempts, detail });
  }
  return new ConnectionError({ method, url, host, cause, attempts });
}

// The typed surface every client shares: openapi-fetch bound to a spec's `paths`, over the
// retrying fetch, returning `{ data, response }` on success and throwing typed errors otherwise.

import * as openapiFetch from "openapi-fetch";
import { defaultPathSerializer, type Client, type FetchResponse, type MaybeOptionalInit, type Middleware } from "openapi-fetch";
import type { HttpMethod, MediaType, PathsWithMethod, RequiredKeysOf } from "openapi-typescript-helpers";
import { bodyReadError } from "./body-error.js";
import { createFetch, type ClienteleFetch, type RetryEvent } from "./fetch.js";
import { resolveLogger, type DebugOption } from "./debug.js";
import { pickRetryOptions, resolveRetryOptions, type RetryOptions } from "./retry.js";
import type { FetchLike, TransportOptions } from "./transport.js";

/** Options every client accepts. Durations are in milliseconds. */
export interface ApiClientOptions extends RetryOptions {
  /** Root URL that spec paths are appended to. */
  baseUrl: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Per-attempt timeout in ms (headers and body); 0 disables it. */
  timeout?: number;
  /** `true`, a logger function, or unset to follow `DEBUG`. */
  debug?: DebugOption;
  /** Your own fetch (tests, edge runtimes); replaces the built-in transport. */
  fetch?: FetchLike;
  /** Unix socket, TLS and proxy settings of the built-in transport (Node). */
  transport?: TransportOptions;
  /** Called before each retry wait, e.g. to print progress. */
  onRetry?: (event: RetryEvent) => void;
}

/** What an API package adds to the user's options. */
export interface ApiClientSetup {
  /** The API's retry defaults (the user's options override them). */
  retryDefaults?: RetryOptions;
  /** Timeout when the user sets none, in ms. */
  defaultTimeout?: number;
  /** Values to keep out of every message and transcript. */
  secrets?: readonly string[];
  /** Where this API's error bodies keep their text. */
  errorMessage?: (body: unknown) => string | undefined;
  /** How transcripts show URLs. */
  formatUrl?: (url: string) => string;
  /** Builds the platform transport (injected by the entry point). */
  createTransport: (options: TransportOptions) => FetchLike;
  /** Test seams for the retry clock. */
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal | null) => Promise<void>;
}

/** The optional-or-required init argument of a typed call. */
export type InitParam<Init> = RequiredKeysOf<Init> extends never
  ? [(Init & { [key: string]: unknown })?]
  : [Init & { [key: string]: unknown }];

/** A successful typed call: the parsed body and the raw response. */
export type ApiResult<R> = R extends { data: infer D; error?: never } ? { data: D; response: Response } : never;

/** One HTTP method over the spec's paths; rejects with a typed error instead of returning `{ error }`. */
export type TypedMethod<Paths extends Record<string, any>, Method extends HttpMethod, Media extends MediaType = MediaType> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method>,
>(
  path: Path,
  ...init: InitParam<Init>
) => Promise<ApiResult<FetchResponse<Paths[Path][Method], Init, Media>>>;

/** The typed client over a spec's `paths`. */
export interface TypedClient<Paths extends Record<string, any>> {
  GET: TypedMethod<Paths, "get">;
  PUT: TypedMethod<Paths, "put">;
  POST: TypedMethod<Paths, "post">;
  DELETE: TypedMethod<Paths, "delete">;
  PATCH: TypedMethod<Paths, "patch">;
  HEAD: TypedMethod<Paths, "head">;
  OPTIONS: TypedMethod<Paths, "options">;
  /** Adds openapi-fetch middleware (runs above retries: once per logical call). */
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
}

/** The typed client plus the raw fetch it runs on. */
export interface ApiClient<Paths extends Record<string, any>> extends TypedClient<Paths> {
  /** The retrying, error-raising fetch under the typed methods, for calls the spec does not cover. */
  readonly fetch: ClienteleFetch;
  /** The resolved base URL. */
  readonly baseUrl: string;
}

// openapi-fetch's CommonJS build sets `exports.default`; Node's interop (and so our CJS build) hands
// the whole module over as the default import, so look one level deeper there.
const defaultExport = openapiFetch.default as unknown as typeof openapiFetch.default | { default: typeof openapiFetch.default };
const createClient = typeof defaultExport === "function" ? defaultExport : defaultExport.default;

const METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"] as const;

/**
 * Builds a typed client. API packages call this; users get it through `@clientele/<api>`.
 * @internal
 */
export function createApiClient<Paths extends Record<string, any>>(options: ApiClientOptions, setup: ApiClientSetup): ApiClient<Paths> {
  const retry = resolveRetryOptions(
    pickRetryOptions(options),
    setup.retryDefaults,
  );
  const timeout = options.timeout ?? setup.defaultTimeout ?? 60_000;
  if (!Number.isFinite(timeout) || timeout < 0) throw new RangeError(`\`timeout\` must be a non-negative number of milliseconds, got ${String(timeout)}`);
  const fetch = createFetch({
    transport: options.fetch ?? setup.createTransport(options.transport ?? {}),
    retry,
    timeout,
    logger: resolveLogger(options.debug),
    secrets: setup.secrets,
    errorMessage: setup.errorMessage,
    formatUrl: setup.formatUrl,
    onRetry: options.onRetry,
    random: setup.random,
    sleep: setup.sleep,
  });
  const raw: Client<Paths> = createClient<Paths>({
    baseUrl: options.baseUrl,
    headers: options.headers,
    fetch: fetch as (input: Request) => Promise<Response>,
    pathSerializer: safePathSerializer,
  });

  const client = { fetch, baseUrl: options.baseUrl, use: raw.use, eject: raw.eject } as ApiClient<Paths>;
  for (const method of METHODS) {
    const send = raw[method] as (path: string, init?: Record<string, unknown>) => Promise<{ data?: unknown; response: Response }>;
    (client as unknown as Record<string, unknown>)[method] = async (path: string, init?: Record<string, unknown>) => {
      let sent: { url: string; status: number } | undefined;
      const observe = async (request: Request) => {
        const response = await fetch(request);
        sent = { url: request.url, status: response.status };
        return response;
      };
      try {
        const { data, response } = await send(path, { ...init, fetch: observe });
        return { data, response };
      } catch (error) {
        throw bodyError(error, method, sent, timeout);
      }
    };
  }
  return client;
}

/** Errors raised while openapi-fetch read a successful body, as clientele's typed errors. */
function bodyError(error: unknown, method: string, sent: { url: string; status: number } | undefined, timeout: number): unknown {
  if (!sent) return error;
  return bodyReadError(error, { method, url: sent.url, status: sent.status, timeout });
}

/** openapi-fetch's serializer, refusing the one value encoding cannot neutralize: a `.` or `..` segment. */
function safePathSerializer(pathname: string, pathParams: Record<string, unknown>): string {
  for (const [name, value] of Object.entries(pathParams ?? {})) {
    if (value === "." || value === "..") {
      throw new TypeError(`path parameter \`${name}\` cannot be "${value}": it would change the path ${pathname}`);
    }
  }
  return defaultPathSerializer(pathname, pathParams);
}

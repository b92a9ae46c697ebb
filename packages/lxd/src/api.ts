// The entry point, as lxdapi's API: a base endpoint (socket or HTTPS), `request()` and the verb
// helpers over any path, the typed `GET/POST/…` over the spec's paths, all returning APIResults.

import {
  APIException as CoreAPIException,
  createApiClient,
  redactHeaders,
  ResponseParseError,
  TimeoutError,
  type ApiClient,
  type ClienteleFetch,
  type DebugOption,
  type FetchLike,
  type RetryEvent,
  bodyReadError,
  pickRetryOptions,
  type RetryOptions,
  type TransportOptions,
} from "@clientele/core";
import type { paths } from "@clientele/lxd-types";
import { lxdLogger } from "./debug.js";
import { defaultClientCertificate, pemOption, resolveEndpoint } from "./endpoint.js";
import { APIResult, failureOf, type LxdRequest } from "./result.js";
import type { CallOptions, Envelope, HttpMethod, OperationOf, ParseAs, PathsWithMethod, RawBody, SuccessBody, TypedMethodArgs } from "./types.js";

/** Options of {@link API.factory}. Durations are in milliseconds. */
export interface FactoryOptions extends RetryOptions {
  /**
   * A unix socket path, or an `https://host:port` URL. Default: the first socket among
   * `$LXD_DIR/unix.socket`, `/var/snap/lxd/common/lxd/unix.socket`, `/var/lib/lxd/unix.socket`.
   */
  endpoint?: string;
  /** API version prefixed to relative URLs (`'instances'` → `/1.0/instances`). Default `1.0`. */
  defaultVersion?: string;
  /** `true`, a logger, or unset to follow `DEBUG`. */
  debug?: DebugOption;
  /** HTTPS: client certificate (PEM text or file path). Default: `client.crt` of `$LXD_CONF` / the lxc config directory. */
  cert?: string | Uint8Array;
  /** HTTPS: the client certificate's private key (PEM text or file path). Never logged. */
  key?: string | Uint8Array;
  /**
   * HTTPS: the server's certificate (PEM text or file path), pinned: the connection is refused
   * before anything is sent unless the server presents exactly it. Default: the system's CAs.
   */
  serverCert?: string | Uint8Array;
  /** Per-request timeout in ms (default 30 000, lxdapi's 30 s); 0 disables it. Also the default `wait()` timeout. */
  timeout?: number;
  /** Project added as `?project=` to every request that names none. */
  project?: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Called before each retry wait. */
  onRetry?: (event: RetryEvent) => void;
  /** Your own fetch (tests); replaces the built-in transport. */
  fetch?: FetchLike;
}

/** Query values: arrays repeat the key, `undefined`/`null` are left out. */
export type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number | boolean>;

/** Options of `request()` and the verb helpers. */
export interface RequestOptions extends CallOptions {
  /** A JSON body (sent with `Content-Type: application/json`). */
  json?: unknown;
  /** Query parameters, merged into any query the URL already has. */
  query?: Record<string, QueryValue>;
  /** A raw body (a tarball, a file), used when `json` is absent. */
  body?: RawBody;
}

/** Retry defaults: LXD is local, so only reads are retried, on connection errors and 503. */
export const LXD_RETRY_DEFAULTS: Required<Pick<RetryOptions, "maxRetries" | "backoffFactor" | "backoffJitter" | "statusForcelist" | "allowedMethods">> = {
  maxRetries: 2,
  backoffFactor: 250,
  backoffJitter: 100,
  statusForcelist: [503],
  allowedMethods: ["GET", "HEAD"],
};

export const DEFAULT_TIMEOUT = 30_000;
const SOCKET_ORIGIN = "http://lxd";

export type Typed<M extends HttpMethod> = <P extends PathsWithMethod<M>>(path: P, ...init: TypedMethodArgs<P, M>) => Promise<APIResult<SuccessBody<OperationOf<P, M>>>>;

/**
 * A connection to one LXD daemon.
 *
 * @example
 * ```ts
 * const api = API.factory();
 * const op = await api.post("instances", { json: { name: "c1", source: { type: "none" } } });
 * await op.wait();
 * const { metadata } = (await api.GET("/1.0/instances/{name}", { params: { path: { name: "c1" } } })).data;
 * ```
 */
export class API {
  /** The endpoint as lxdapi shows it: `http+unix://%2F…unix.socket` or the HTTPS URL. */
  readonly endpoint: string;
  /** The socket path, when connected through a socket. */
  readonly socketPath: string | undefined;
  readonly defaultVersion: string;
  /** Per-request timeout in ms (0: none). */
  readonly timeout: number;
  readonly project: string | undefined;
  /** Whether transactions are printed. */
  readonly debug: boolean;
  /** Core's retrying, error-raising fetch (no LXD validation), for raw calls; relative paths go to the endpoint. */
  readonly fetch: ClienteleFetch;
  readonly #client: ApiClient<paths>;
  readonly #origin: string;
  readonly #headers: Record<string, string>;

  /** Connects as {@link API.factory} describes (the constructor does not check that the daemon answers). */
  constructor(options: FactoryOptions = {}) {
    const endpoint = resolveEndpoint(options.endpoint);
    this.endpoint = endpoint.display;
    this.socketPath = endpoint.kind === "socket" ? endpoint.socketPath : undefined;
    this.#origin = endpoint.kind === "socket" ? SOCKET_ORIGIN : endpoint.url;
    this.defaultVersion = (options.defaultVersion ?? "1.0").replace(/^\/+|\/+$/g, "");
    this.timeout = options.timeout ?? DEFAULT_TIMEOUT;
    if (!Number.isFinite(this.timeout) || this.timeout < 0) throw new RangeError(`\`timeout\` must be a non-negative number of milliseconds, got ${String(options.timeout)}`);
    this.project = options.project;
    this.#headers = { ...options.headers };

    const transport: TransportOptions = {};
    if (this.socketPath) transport.socketPath = this.socketPath;
    if (endpoint.kind === "url" && endpoint.url.startsWith("https:")) {
      const fallback = options.cert === undefined && options.key === undefined ? defaultClientCertificate() : undefined;
      const cert = pemOption(options.cert ?? fallback?.cert, "cert");
      const key = pemOption(options.key ?? fallback?.key, "key");
      const serverCertificate = pemOption(options.serverCert, "serverCert");
      // Pinned: any other server certificate is refused before a byte of the request is sent.
      transport.tls = { ...(cert ? { cert } : {}), ...(key ? { key } : {}), ...(serverCertificate ? { serverCertificate } : {}) };
    }
    const logger = lxdLogger(options.debug);
    this.debug = Boolean(logger);
    this.#client = createApiClient<paths>(
      {
        baseUrl: this.#origin,
        // Timeouts are per call here (a long `/wait` needs a longer one), so core's is off.
        timeout: 0,
        debug: logger ?? false,
        transport,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.onRetry ? { onRetry: options.onRetry } : {}),
        ...pickRetryOptions(options),
      },
      {
        retryDefaults: LXD_RETRY_DEFAULTS,
        errorMessage: lxdErrorMessage,
        formatUrl: (url) => this.#display(url),
      },
    );
    const coreFetch = this.#client.fetch;
    this.fetch = (input, init) => {
      const target = typeof input === "string" && input.startsWith("/") ? this.#origin + input : input;
      const signal = init?.signal ?? (this.timeout > 0 ? AbortSignal.timeout(this.timeout) : undefined);
      return coreFetch(target, { ...init, ...(signal ? { signal } : {}) });
    };
  }

  /**
   * A client for the daemon at `endpoint`: a socket path, an `https://` URL, or (unset) the first
   * local socket found. Throws core's `ConfigurationError` listing the places tried when there is none.
   */
  static factory(options: FactoryOptions = {}): API {
    return new API(options);
  }

  /** lxdapi's `format_url`: the full URL of `'instances'` (→ `/1.0/instances`) or of an absolute path. */
  formatUrl(url: string): string {
    return this.endpoint + this.#path(url);
  }

  /**
   * Sends a request and returns its validated {@link APIResult}. `url` is relative to
   * `/<defaultVersion>/` (`'instances'`) or an absolute path (`/1.0/operations/…`).
   * Raises `APINotFoundException` (404), the status's `APIException` (≥ 400), or `APIException`
   * for an error envelope or a failed operation in the answer.
   */
  async request<T = Envelope>(method: string, url: string, options: RequestOptions = {}): Promise<APIResult<T>> {
    const verb = method.toUpperCase();
    const target = this.#origin + this.#withQuery(this.#path(url), options.query);
    const headers: Record<string, string> = { ...this.#headers, ...options.headers };
    let body: BodyInit | undefined;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      if (!hasHeader(headers, "content-type")) headers["Content-Type"] = "application/json";
    } else if (options.body !== undefined) {
      body = options.body as BodyInit;
      if (!hasHeader(headers, "content-type")) headers["Content-Type"] = "application/octet-stream";
    }
    const timeout = options.timeout ?? this.timeout;
    const timer = timeout > 0 ? AbortSignal.timeout(timeout) : undefined;
    const signal = timer && options.signal ? AbortSignal.any([timer, options.signal]) : (timer ?? options.signal);
    const request: LxdRequest = {
      method: verb,
      url: this.#display(target),
      headers: redactHeaders(headers),
      ...(options.json !== undefined ? { json: options.json } : {}),
    };
    const timedOut = (cause: unknown) =>
      timer?.aborted && !options.signal?.aborted ? new TimeoutError({ method: verb, url: request.url, timeout, cause }) : cause;

    let response: Response;
    try {
      response = await this.#client.fetch(target, { method: verb, headers, ...(body !== undefined ? { body } : {}), ...(signal ? { signal } : {}) });
    } catch (error) {
      if (error instanceof CoreAPIException) {
        const text = typeof error.body === "string" ? error.body : JSON.stringify(error.body);
        const failed = new Response(text || null, { status: error.status, headers: error.headers });
        throw failureOf(new APIResult(this, error.body, request, failed), error) ?? error;
      }
      throw timedOut(error);
    }
    let data: unknown;
    try {
      data = await readBody(response, options.parseAs ?? "auto", verb, request.url);
    } catch (error) {
      throw bodyReadError(timedOut(error), { method: verb, url: request.url, status: response.status, timeout });
    }
    return new APIResult<T>(this, data as T, request, response).validate();
  }

  /** `request('GET', …)`. */
  get<T = Envelope>(url: string, options?: RequestOptions): Promise<APIResult<T>> {
    return this.request<T>("GET", url, options);
  }
  /** `request('POST', …)`. */
  post<T = Envelope>(url: string, options?: RequestOptions): Promise<APIResult<T>> {
    return this.request<T>("POST", url, options);
  }
  /** `request('PUT', …)`. */
  put<T = Envelope>(url: string, options?: RequestOptions): Promise<APIResult<T>> {
    return this.request<T>("PUT", url, options);
  }
  /** `request('PATCH', …)`. */
  patch<T = Envelope>(url: string, options?: RequestOptions): Promise<APIResult<T>> {
    return this.request<T>("PATCH", url, options);
  }
  /** `request('DELETE', …)`. */
  delete<T = Envelope>(url: string, options?: RequestOptions): Promise<APIResult<T>> {
    return this.request<T>("DELETE", url, options);
  }

  /** Typed `GET` over the spec's paths: `api.GET("/1.0/instances/{name}", { params: { path: { name } } })`. */
  readonly GET: Typed<"get"> = (path, ...init) => this.#typed("GET", path, init[0]);
  /** Typed `POST` over the spec's paths. */
  readonly POST: Typed<"post"> = (path, ...init) => this.#typed("POST", path, init[0]);
  /** Typed `PUT` over the spec's paths. */
  readonly PUT: Typed<"put"> = (path, ...init) => this.#typed("PUT", path, init[0]);
  /** Typed `PATCH` over the spec's paths. */
  readonly PATCH: Typed<"patch"> = (path, ...init) => this.#typed("PATCH", path, init[0]);
  /** Typed `DELETE` over the spec's paths. */
  readonly DELETE: Typed<"delete"> = (path, ...init) => this.#typed("DELETE", path, init[0]);

  async #typed(method: string, template: string, init: object | undefined): Promise<APIResult<any>> {
    const { params, body, ...call } = (init ?? {}) as {
      params?: { path?: Record<string, unknown>; query?: Record<string, QueryValue>; header?: Record<string, unknown> };
      body?: unknown;
    } & CallOptions;
    const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = params?.path?.[name];
      if (value === undefined || value === null || value === "") throw new TypeError(`${method} ${template}: path parameter \`${name}\` is missing`);
      const text = String(value);
      if (text === "." || text === "..") throw new TypeError(`path parameter \`${name}\` cannot be "${text}": it would change the path ${template}`);
      return encodeURIComponent(text);
    });
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(params?.header ?? {})) if (v !== undefined && v !== null) headers[k] = String(v);
    return this.request(method, path, {
      ...call,
      headers: { ...headers, ...call.headers },
      ...(params?.query ? { query: params.query } : {}),
      ...(body === undefined ? {} : isRawBody(body) ? { body } : { json: body }),
    });
  }

  #path(url: string): string {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
      const parsed = new URL(url.replace(/^http\+unix:\/\/[^/]*/i, SOCKET_ORIGIN));
      return parsed.pathname + parsed.search;
    }
    if (url.startsWith("/")) return url;
    return url ? `/${this.defaultVersion}/${url}` : `/${this.defaultVersion}`;
  }

  #withQuery(path: string, query: Record<string, QueryValue> | undefined): string {
    const q = path.indexOf("?");
    const pathname = q < 0 ? path : path.slice(0, q);
    const search = new URLSearchParams(q < 0 ? "" : path.slice(q + 1));
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined || value === null) continue;
      search.delete(key);
      for (const v of Array.isArray(value) ? value : [value]) search.append(key, String(v));
    }
    if (this.project && !search.has("project")) search.set("project", this.project);
    const text = search.toString();
    return text ? `${pathname}?${text}` : pathname;
  }

  /** A real URL as transcripts and errors show it. */
  #display(url: string): string {
    return this.socketPath && url.startsWith(SOCKET_ORIGIN) ? this.endpoint + url.slice(SOCKET_ORIGIN.length) : url;
  }
}

/** LXD's error text: `error`, else a failed operation's `err`. */
function lxdErrorMessage(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return undefined;
  const b = body as { error?: unknown; metadata?: { err?: unknown } | null };
  if (typeof b.error === "string" && b.error) return b.error;
  const err = b.metadata?.err;
  return typeof err === "string" && err ? err : undefined;
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((k) => k.toLowerCase() === name);
}

function isRawBody(body: unknown): body is RawBody {
  return (
    typeof body === "string" ||
    body instanceof Uint8Array ||
    body instanceof ArrayBuffer ||
    body instanceof ReadableStream ||
    body instanceof URLSearchParams ||
    (typeof Blob !== "undefined" && body instanceof Blob) ||
    (typeof FormData !== "undefined" && body instanceof FormData)
  );
}

async function readBody(response: Response, parseAs: ParseAs, method: string, url: string): Promise<unknown> {
  if (parseAs === "stream") return response.body;
  if (parseAs === "bytes") return new Uint8Array(await response.arrayBuffer());
  if (parseAs === "text") return response.text();
  const type = response.headers.get("content-type") ?? "";
  if (parseAs === "json" || /json/i.test(type) || !type) {
    const text = await response.text();
    if (!text.trim()) return null;
    const looksJson = /^[[{"]/.test(text.trimStart());
    if (parseAs !== "json" && !type && !looksJson) return text;
    try {
      return JSON.parse(text);
    } catch (cause) {
      if (parseAs !== "json" && !/json/i.test(type)) return text;
      throw new ResponseParseError({ method, url, status: response.status, detail: `invalid JSON: ${(cause as Error).message}`, cause });
    }
  }
  if (/^text\//i.test(type)) return response.text();
  return new Uint8Array(await response.arrayBuffer());
}


// The typed surface every client shares: openapi-fetch bound to a spec's `paths`, over the
// retrying fetch, returning `{ data, response }` on success and throwing typed errors otherwise.
// It is the only path to the wire: typed calls and `request()` for paths outside the spec alike.

import * as openapiFetch from "openapi-fetch";
import {
  createFinalURL,
  createQuerySerializer,
  defaultBodySerializer,
  defaultPathSerializer,
  type Client,
  type FetchResponse,
  type MaybeOptionalInit,
  type Middleware,
} from "openapi-fetch";
import type { HttpMethod, MediaType, PathsWithMethod, RequiredKeysOf } from "openapi-typescript-helpers";
import { bodyReadError, originalOf } from "./body-error.js";
import { createFetch, type ClienteleFetch, type ReplayableInit } from "./fetch.js";
import { resolveLogger, type TranscriptFormatter } from "./debug.js";
import type { ErrorFields } from "./errors.js";
import { ConfigurationError } from "./errors.js";
import { checkTimeout, validateClientOptions, type CallOptions, type ClientOptions } from "./options.js";
import { isFormData, isRawBody, isStream } from "./raw-body.js";
import { readBody, type ParseAs } from "./read-body.js";
import { resolveRetryPolicy, type RetryPolicy } from "./retry.js";
import { asResponse, type FetchLike, type TransportOptions, type TransportResponse } from "./transport.js";
import { mergeHeaders } from "../internal/headers.js";

/** The shared options, with the base URL the API package resolved. */
export interface ApiClientOptions extends ClientOptions {
  baseUrl: string;
}

/** What an API package adds to the user's options. */
export interface ApiClientSetup {
  /** The API's defaults, under the user's options: per-attempt `timeout` (ms) and the retry policy. */
  defaults?: { timeout?: number; retry?: RetryPolicy };
  /** Values to keep out of every message and transcript. */
  secrets?: readonly string[];
  /** How this API's error bodies read: the reason for the message and fields for the error. */
  errorFields?: (body: unknown, context: { status: number }) => ErrorFields | undefined;
  /** How transcripts and error messages show URLs. */
  formatUrl?: (url: string) => string;
  /** The layout of transcript blocks (default: core's). */
  transcriptFormat?: TranscriptFormatter;
  /** The `DEBUG` namespace of this client (`clientele:lxd`); `clientele` by default. */
  debugNamespace?: string;
  /** How successful bodies are read when a call does not say (default `json`). */
  parseAs?: ParseAs;
  /** Builds the platform transport (injected by the entry point). */
  createTransport: (options: TransportOptions) => FetchLike;
  /** Test seams for the retry clock. */
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal | null) => Promise<void>;
}

/** Per-call options of typed calls: openapi-fetch's init plus {@link CallOptions}. */
export type InitParam<Init> =
  RequiredKeysOf<Init> extends never
    ? [(Init & CallOptions & { [key: string]: unknown })?]
    : [Init & CallOptions & { [key: string]: unknown }];

/**
 * A successful typed call: the parsed body and the raw response (its body already read into
 * `data`). `response` is made when first read, so destructure it (`const { data, response } = …`)
 * rather than spreading the result, which copies `data` only.
 */
export type ApiResult<R> = R extends { data: infer D; error?: never } ? { data: D; response: Response } : never;

/** The spec's paths that accept `Method`: what an API package wrapping a typed method accepts (LXD's `APIResult`). */
export type TypedPath<Paths extends Record<string, any>, Method extends HttpMethod> = PathsWithMethod<Paths, Method>;
/** openapi-fetch's init (params, body) of a typed call of `Method` on `Path`, before {@link CallOptions}. */
export type TypedInit<
  Paths extends Record<string, any>,
  Method extends HttpMethod,
  Path extends PathsWithMethod<Paths, Method>,
> = MaybeOptionalInit<Paths[Path], Method>;
/** What a typed call of `Method` on `Path` with `Init` resolves to: `{ data, response }`, as {@link TypedMethod} returns it. */
export type TypedResult<
  Paths extends Record<string, any>,
  Method extends HttpMethod,
  Path extends PathsWithMethod<Paths, Method>,
  Init,
  Media extends MediaType = MediaType,
> = ApiResult<FetchResponse<Paths[Path][Method], Init, Media>>;

/** One HTTP method over the spec's paths; rejects with a typed error instead of returning `{ error }`. */
export type TypedMethod<Paths extends Record<string, any>, Method extends HttpMethod, Media extends MediaType = MediaType> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method>,
>(
  path: Path,
  ...init: InitParam<Init>
) => Promise<ApiResult<FetchResponse<Paths[Path][Method], Init, Media>>>;

/** What `request()` takes for a path the spec may not cover. */
export interface RequestInit_ extends CallOptions {
  /** Path parameters (`{name}` in the path), percent-encoded; `.` and `..` are refused. */
  params?: {
    path?: Record<string, string | number>;
    /** Query parameters: arrays repeat the key, `undefined` and `null` are left out. */
    query?: Record<string, unknown>;
    header?: Record<string, string | number | boolean | undefined>;
  };
  /** A JSON value, or a raw body (string, bytes, Blob, stream, FormData) sent as is. */
  body?: unknown;
  /** How to read a successful body (default: the client's). */
  parseAs?: ParseAs;
}

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

/** The typed client plus the untyped `request()` and the raw fetch it all runs on. */
export interface ApiClient<Paths extends Record<string, any>> extends TypedClient<Paths> {
  /**
   * Any method on any path under the base URL (or an absolute URL), through the same path
   * encoding, query serialization, bodies, retries and errors as the typed calls.
   */
  request(method: string, path: string, init?: RequestInit_): Promise<{ data: unknown; response: Response }>;
  /** The retrying, error-raising fetch under every call; its `Response` body is the caller's to read. */
  readonly fetch: ClienteleFetch;
  /** The resolved base URL. */
  readonly baseUrl: string;
  /** The resolved per-attempt timeout in ms. */
  readonly timeout: number;
}

// openapi-fetch's CommonJS build sets `exports.default`; Node's interop (and so our CJS build) hands
// the whole module over as the default import, so look one level deeper there.
const defaultExport = openapiFetch.default as unknown as typeof openapiFetch.default | { default: typeof openapiFetch.default };
const createClient = typeof defaultExport === "function" ? defaultExport : defaultExport.default;

const METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"] as const;
/** Core's own per-call keys, read here rather than by openapi-fetch. */
const CALL_KEYS = new Set(["timeout", "retry", "signal", "parseAs"]);

/**
 * Builds a typed client. API packages call this; users get it through `@clientele/<api>`.
 * Every option is checked here: a bad one is a `ConfigurationError` naming it and its value.
 * @internal
 */
export function createApiClient<Paths extends Record<string, any>>(options: ApiClientOptions, setup: ApiClientSetup): ApiClient<Paths> {
  validateClientOptions(options);
  const retry = resolveRetryPolicy(options.retry, setup.defaults?.retry);
  const timeout = checkTimeout(options.timeout ?? setup.defaults?.timeout ?? 60_000, "option `timeout`");
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const defaultParse = setup.parseAs ?? "json";
  const fetch = createFetch({
    transport: options.fetch ?? setup.createTransport(options.transport ?? {}),
    retry,
    timeout,
    logger: resolveLogger(options.debug, setup.debugNamespace),
    secrets: setup.secrets,
    errorFields: setup.errorFields,
    formatUrl: setup.formatUrl,
    transcriptFormat: setup.transcriptFormat,
    onRetry: options.onRetry,
    random: setup.random,
    sleep: setup.sleep,
  });
  const baseHasContentType = Object.keys(options.headers ?? {}).some((k) => k.toLowerCase() === "content-type");
  // The client's headers as the direct path sends them, merged once (a call without its own headers sends these).
  const baseHeaders = Object.freeze(mergeHeaders(options.headers));
  let middlewareCount = 0;
  const raw: Client<Paths> = createClient<Paths>({
    baseUrl,
    headers: options.headers,
    fetch: fetch as (input: Request) => Promise<Response>,
    Request: GlobalRequest as unknown as typeof Request,
    pathSerializer: safePathSerializer,
    bodySerializer: serializeBody as never,
  });

  /** One call: core's per-call options, then the direct path or openapi-fetch's, then the body read. */
  async function call(method: string, path: string, init: Record<string, unknown> = {}): Promise<{ data: unknown; response: Response }> {
    checkPathParams(path, (init.params as { path?: Record<string, unknown> } | undefined)?.path);
    const parseAs = (init.parseAs as ParseAs | undefined) ?? defaultParse;
    const callTimeout = init.timeout === undefined ? timeout : checkTimeout(init.timeout, "per-call option `timeout`");
    let callRetry = init.retry as RetryPolicy | undefined;
    if (callRetry !== undefined) callRetry = resolveRetryPolicy(callRetry, retry, "per-call option `retry`");
    const settings: CallSettings = { method, path, init, timeout: callTimeout, retry: callRetry };
    let sent: { url: string; status: number } | undefined;
    try {
      let url: string;
      let answer: TransportResponse;
      if (middlewareCount === 0 && isDirect(init)) {
        const request = directRequest(settings);
        url = request.url;
        answer = await fetch.send!(url, request.init);
      } else ({ url, answer } = await sendViaOpenapiFetch(settings));
      sent = { url, status: answer.status };
      const data = hasNoBody(method, answer) && (parseAs === "json" || parseAs === "auto") ? undefined : await readBody(answer, parseAs);
      return new CallResult(data, answer, url);
    } catch (error) {
      // The transport may have typed a failed read already; this call names it with its own URL.
      throw sent
        ? bodyReadError(originalOf(error), {
            method,
            url: setup.formatUrl ? setup.formatUrl(sent.url) : sent.url,
            status: sent.status,
            timeout: callTimeout,
          })
        : error;
    }
  }

  /**
   * Without middleware nobody sees a `Request` or a `Response` on the way: the call is serialized
   * with openapi-fetch's own serializers (path, query, body) and sent through the retrying fetch,
   * whose answer core reads itself. The caller's `response` is made only if it is looked at.
   */
  function directRequest({ method, path, init, timeout, retry }: CallSettings): { url: string; init: ReplayableInit } {
    const params = (init.params ?? {}) as CallParams;
    const querySerializer = init.querySerializer ? queryOf(init.querySerializer) : defaultQuerySerializer;
    const base = typeof init.baseUrl === "string" ? init.baseUrl.replace(/\/+$/, "") : baseUrl;
    const url = createFinalURL(path, { baseUrl: base, params, querySerializer, pathSerializer: safePathSerializer });
    const own = init.headers !== undefined || params.header !== undefined || init.body !== undefined;
    const given = own ? mergeHeaders(baseHeaders, init.headers as HeadersInit | undefined, params.header) : baseHeaders;
    let body: unknown;
    let headers = given;
    if (init.body !== undefined) {
      const serializer = (init.bodySerializer as ((body: unknown, headers: unknown) => unknown) | undefined) ?? serializeBody;
      body = serializer(init.body, given);
      const contentType = defaultContentType(init.body);
      if (contentType && !("content-type" in given)) headers = { "content-type": contentType, ...given };
    }
    return {
      url,
      init: {
        method,
        headers,
        body: body as BodyInit | undefined,
        signal: init.signal as AbortSignal | undefined,
        redirect: init.redirect as RequestRedirect | undefined,
        timeout,
        retry,
      },
    };
  }

  /** Through openapi-fetch's own request, so middleware sees real `Request`s and `Response`s. */
  async function sendViaOpenapiFetch({ path, method, init, timeout, retry }: CallSettings): Promise<Sent> {
    const forward: Record<string, unknown> = {};
    for (const key in init) if (!CALL_KEYS.has(key)) forward[key] = init[key];
    const contentType = init.body === undefined ? undefined : defaultContentType(init.body);
    // openapi-fetch sends every body as JSON unless told otherwise; raw bodies say what they are.
    const header = (init.params as { header?: unknown } | undefined)?.header;
    if (contentType && contentType !== JSON_TYPE && !baseHasContentType && !hasContentType(init.headers) && !hasContentType(header)) {
      forward.headers = { "Content-Type": contentType, ...(init.headers as object) };
    }
    if (init.body !== undefined && isStream(init.body)) forward.duplex = "half";
    let url: string | undefined;
    const observe = (request: Request) => {
      url = request.url;
      return fetch(request, {
        ...(init.signal ? { signal: init.signal as AbortSignal } : {}),
        timeout,
        ...(retry ? { retry } : {}),
      } as ReplayableInit);
    };
    // Middleware may answer in place of the server, or replace the answer: the call reads what it returns.
    const { response } = (await raw.request(
      method as "get",
      path as never,
      { ...forward, parseAs: "stream", fetch: observe } as never,
    )) as {
      response: Response;
    };
    return { url: url ?? response.url, answer: response };
  }

  const client = {
    fetch,
    baseUrl,
    timeout,
    use: (...middleware: Middleware[]) => {
      middlewareCount += middleware.length;
      raw.use(...middleware);
    },
    eject: (...middleware: Middleware[]) => {
      middlewareCount = Math.max(0, middlewareCount - middleware.length);
      raw.eject(...middleware);
    },
    request: (method: string, path: string, init?: RequestInit_) => {
      if (typeof method !== "string" || !/^[A-Za-z]+$/.test(method)) {
        return Promise.reject(new ConfigurationError(`request(): \`method\` must be an HTTP method name, got ${JSON.stringify(method)}`));
      }
      // An absolute URL keeps its own origin: openapi-fetch appends paths to a base, so that origin is this call's base.
      const absolute = typeof path === "string" ? /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(.*)$/is.exec(path) : null;
      const target = absolute ? { path: absolute[2]!, init: { ...init, baseUrl: absolute[1] } } : { path, init };
      return call(method.toUpperCase(), target.path, target.init as Record<string, unknown> | undefined);
    },
  } as ApiClient<Paths>;
  for (const method of METHODS) {
    (client as unknown as Record<string, unknown>)[method] = (path: string, init?: Record<string, unknown>) => call(method, path, init);
  }
  return client;
}

/**
 * Raw bodies as they are; anything else as openapi-fetch serializes it: a form when the headers say
 * so, else JSON. JSON is written here: openapi-fetch's serializer first asks `instanceof FormData`,
 * which on Node loads its built-in fetch (about 10 ms) for a call that never needs it.
 */
function serializeBody(body: unknown, headers: unknown): unknown {
  if (isRawBody(body)) return body;
  if (contentTypeOf(headers) === FORM_TYPE) return (defaultBodySerializer as (body: unknown, headers?: unknown) => unknown)(body, headers);
  return JSON.stringify(body);
}

const FORM_TYPE = "application/x-www-form-urlencoded";

/** The Content-Type in `Headers` or a header record, as openapi-fetch's serializer reads it. */
function contentTypeOf(headers: unknown): unknown {
  if (!headers || typeof headers !== "object") return undefined;
  const get = (headers as { get?: unknown }).get;
  if (typeof get === "function") return (headers as Headers).get("content-type");
  const record = headers as Record<string, unknown>;
  return record["Content-Type"] ?? record["content-type"];
}

/** openapi-fetch's rule for a response without a body to parse. */
function hasNoBody(method: string, response: TransportResponse): boolean {
  if (response.status === 204 || method === "HEAD") return true;
  return response.headers.get("content-length") === "0" && !response.headers.get("transfer-encoding")?.includes("chunked");
}

/**
 * The global `Request`, looked up when openapi-fetch first builds one (a call with middleware).
 * openapi-fetch reads `globalThis.Request` when a client is created, which on Node loads its
 * built-in fetch (about 10 ms) in scripts that never need it. openapi-fetch also checks what
 * middleware returns with `instanceof` this class: real Requests pass.
 */
function GlobalRequest(input: RequestInfo | URL, init?: RequestInit): Request {
  return new Request(input, init);
}
Object.defineProperty(GlobalRequest, Symbol.hasInstance, { value: (value: unknown) => value instanceof Request });

/** A call as `call()` resolved its options. */
interface CallSettings {
  method: string;
  path: string;
  init: Record<string, unknown>;
  timeout: number;
  retry: RetryPolicy | undefined;
}

/** What went out (the URL as serialized) and what came back. */
interface Sent {
  url: string;
  answer: TransportResponse;
}

type CallParams = { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> };

/** The init keys the direct path understands; any other (a per-call `fetch`, `middleware`…) goes through openapi-fetch. */
const DIRECT_KEYS = new Set([...CALL_KEYS, "params", "headers", "body", "baseUrl", "querySerializer", "bodySerializer", "redirect"]);

function isDirect(init: Record<string, unknown>): boolean {
  for (const key in init) if (!DIRECT_KEYS.has(key)) return false;
  return true;
}

const JSON_TYPE = "application/json";
const defaultQuerySerializer = createQuerySerializer();

/** openapi-fetch's per-call `querySerializer`: a function, or options for its own. */
function queryOf(option: unknown): (query: Record<string, unknown>) => string {
  return typeof option === "function" ? (option as (query: Record<string, unknown>) => string) : createQuerySerializer(option as never);
}

/**
 * The Content-Type a body goes out with when the call names none: JSON for serialized values;
 * raw bodies by kind. FormData gets none here (the platform adds the multipart boundary).
 */
function defaultContentType(body: unknown): string | undefined {
  if (!isRawBody(body)) return JSON_TYPE;
  if (typeof body === "string") return "text/plain; charset=utf-8";
  if (body instanceof URLSearchParams) return "application/x-www-form-urlencoded;charset=UTF-8";
  if (isFormData(body)) return undefined;
  if (typeof Blob !== "undefined" && body instanceof Blob && body.type) return body.type;
  return "application/octet-stream";
}

/**
 * A call's result: `data`, and the `Response`, made on first look (a typed call that only wants
 * `data` never makes one). A class, not an object literal with a getter: V8 gives each such
 * literal's accessor its own closure, and those kept young objects alive (several µs of GC a call).
 */
class CallResult {
  readonly data: unknown;
  readonly #answer: TransportResponse;
  readonly #url: string;
  #response: Response | undefined;

  constructor(data: unknown, answer: TransportResponse, url: string) {
    this.data = data;
    this.#answer = answer;
    this.#url = url;
  }

  get response(): Response {
    if (!this.#response) {
      this.#response = asResponse(this.#answer);
      // A fetch you bring may answer without `url`: it is the URL sent, as fetch gives it.
      if (!this.#response.url) Object.defineProperty(this.#response, "url", { value: this.#url });
    }
    return this.#response;
  }
}

function hasContentType(headers: unknown): boolean {
  if (!headers || typeof headers !== "object") return false;
  if (headers instanceof Headers) return headers.has("content-type");
  return Object.keys(headers).some((k) => k.toLowerCase() === "content-type");
}

/** The `{name}`s of each path template seen, so a call does not scan its template again. */
const PATH_PARAM_NAMES = new Map<string, string[]>();

/** Every `{name}` of a path template must have a value: openapi-fetch would send the braces. */
function checkPathParams(template: string, values: Record<string, unknown> | undefined): void {
  let names = PATH_PARAM_NAMES.get(template);
  if (!names) {
    names = Array.from(template.matchAll(/\{([^{}]+)\}/g), (match) => match[1]!);
    // A spec has a bounded number of templates; untyped calls may not, so the cache stops growing.
    if (PATH_PARAM_NAMES.size < 1000) PATH_PARAM_NAMES.set(template, names);
  }
  for (const name of names) {
    const value = values?.[name];
    if (value === undefined || value === null || value === "")
      throw new TypeError(`path parameter \`${name}\` is missing or empty in ${template}`);
  }
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

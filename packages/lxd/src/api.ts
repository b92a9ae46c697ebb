// The entry point, as lxdapi's API: a thin layer over core's typed client. lxdapi-style calls
// (`api.get('instances')`) go to core's `request()`, the typed `GET/POST/…` to core's typed
// methods; this file only resolves lxdapi's URLs, adds the default project, and wraps core's
// `{ data, response }` in an `APIResult` that checks LXD's envelope.

import {
  createApiClient,
  debugEnabled,
  platform,
  redactHeaders,
  redactUrl,
  type ApiClient,
  type CallOptions,
  type InitParam,
  type ParseAs,
  type TypedInit,
  type TypedPath,
  type TypedResult,
} from "@clientele/core";
import type { paths } from "@clientele/lxd-types";
import { lxdTranscriptFormat } from "./debug.js";
import { lxdErrorFields } from "./errors.js";
import { execInstance, type ExecOptions, type ExecResult } from "./exec.js";
import { openEvents, type EventsOptions, type LxdEvent } from "./events.js";
import { exportDownload, type ExportDownload, type ExportOptions } from "./exports.js";
import { InstanceFiles } from "./files.js";
import { attachConsole, startExec, type ExecSession, type ExecStreamOptions, type Session } from "./session.js";
import { DEFAULT_TIMEOUT, LXD_RETRY_DEFAULTS, resolveOptions, SOCKET_ORIGIN, type FactoryOptions } from "./options.js";
import { APIResult, type LxdRequest } from "./result.js";
import type { Envelope } from "./types.js";

/** Query values: arrays repeat the key, `undefined`/`null` are left out. */
export type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number | boolean>;

/** Options of `request()` and the verb helpers: a body, a query, how to read the answer, and core's per-call options. */
export interface RequestOptions extends CallOptions {
  /** A JSON body (an object or array), sent with `Content-Type: application/json`. */
  json?: unknown;
  /** Query parameters, over any query the URL already has. */
  query?: Readonly<Record<string, QueryValue>>;
  /** A raw body (a tarball, a file: bytes, a Blob, a stream), sent as is when `json` is absent. */
  body?: string | Uint8Array | ArrayBuffer | Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
  /** How to read the answer: `json` by default (a non-JSON answer is a `ResponseParseError`), `auto`, `text`, `bytes`, `stream`… */
  parseAs?: ParseAs;
}

/** Spec methods the typed surface covers. */
type Method = "get" | "put" | "post" | "delete" | "patch";
/** The `data` of core's typed answer. */
type DataOf<R> = R extends { data: infer D } ? D : never;
/** Core's init of a typed call, whose `parseAs` takes all of core's modes (`auto`, `bytes`…), not only openapi-fetch's. */
type LxdInit<I> = I extends object ? Omit<I, "parseAs"> & { parseAs?: ParseAs } : I;
/**
 * What a body read as `P` is: the spec's type for `json` and `auto` (text for `text/*` answers),
 * else what `P` gives. Not distributive: an unset `parseAs` (every mode possible) is `auto`.
 */
type ParsedAs<P, Spec> = [P] extends ["bytes"]
  ? Uint8Array
  : [P] extends ["text"]
    ? string
    : [P] extends ["arrayBuffer"]
      ? ArrayBuffer
      : [P] extends ["blob"]
        ? Blob
        : [P] extends ["stream"]
          ? ReadableStream<Uint8Array> | null
          : Spec;

/**
 * A typed method over the spec's paths, as core's `TypedMethod` (the same paths, parameters and
 * bodies; `parseAs` defaults to `auto`), answering an {@link APIResult}.
 */
export type Typed<M extends Method> = <Path extends TypedPath<paths, M>, Init extends LxdInit<TypedInit<paths, M, Path>>>(
  path: Path,
  ...init: InitParam<Init>
) => Promise<APIResult<TypedData<M, Path, Init>>>;

/** The `data` of a typed call: the spec's answer, as `parseAs` reads it. */
type TypedData<M extends Method, Path extends TypedPath<paths, M>, Init> = ParsedAs<
  Init extends { parseAs?: infer P } ? P : undefined,
  DataOf<TypedResult<paths, M, Path, Omit<Init, "parseAs">>>
>;

/** The parts of a typed call's init this layer reads. */
interface TypedCallInit extends CallOptions {
  params?: { query?: Record<string, unknown>; header?: Record<string, unknown>; path?: Record<string, unknown> };
  body?: unknown;
  parseAs?: ParseAs;
}

/**
 * A connection to one LXD daemon.
 *
 * @example
 * ```ts
 * import { API } from "@clientele/lxd";
 * const api = API.factory();
 * const op = await api.post("instances", { json: { name: "c1", source: { type: "none" } } });
 * await op.wait({ maxDuration: 60_000 });
 * const { metadata } = (await api.GET("/1.0/instances/{name}", { params: { path: { name: "c1" } } })).data;
 * ```
 */
export class API {
  /** The endpoint as lxdapi shows it: `http+unix://%2F…unix.socket` or the URL. */
  readonly endpoint: string;
  /** The socket path, when connected through a socket. */
  readonly socketPath: string | undefined;
  /** API version of relative URLs (`1.0`). */
  readonly defaultVersion: string;
  /** Per-attempt timeout in ms (0: none). */
  readonly timeout: number;
  /** Project added to every request that names none. */
  readonly project: string | undefined;
  /** Whether transcripts are printed (the `debug` option, else `DEBUG` naming `clientele:lxd`). */
  readonly debug: boolean;
  /** Files of instances: push, pull (streamed), list, mkdir, symlink, delete. */
  readonly files: InstanceFiles = new InstanceFiles(this);
  readonly #client: ApiClient<paths>;
  readonly #headers: Record<string, string>;
  readonly #websocket: platform.WebSocketConnector;

  /**
   * Connects as {@link API.factory} describes (the daemon is not contacted). Every option is
   * checked here: a bad one is a `ConfigurationError` naming it.
   */
  constructor(options: FactoryOptions = {}) {
    const resolved = resolveOptions(options);
    this.endpoint = resolved.endpoint.display;
    this.socketPath = resolved.endpoint.kind === "socket" ? resolved.endpoint.socketPath : undefined;
    this.defaultVersion = resolved.defaultVersion;
    this.project = resolved.project;
    this.#headers = { ...resolved.client.headers };
    this.#client = createApiClient<paths>(resolved.client, {
      defaults: { timeout: DEFAULT_TIMEOUT, retry: LXD_RETRY_DEFAULTS },
      errorFields: lxdErrorFields,
      formatUrl: (url) => this.#display(url),
      transcriptFormat: lxdTranscriptFormat,
      debugNamespace: "clientele:lxd",
      parseAs: "json",
    });
    this.timeout = this.#client.timeout;
    const debug = resolved.client.debug;
    this.debug = debug === true || typeof debug === "function" || (debug === undefined && debugEnabled("clientele:lxd"));
    // Websocket opens and closes join the transcript (URLs without their secrets).
    const note = typeof debug === "function" ? debug : this.debug ? (text: string) => console.error(text) : undefined;
    this.#websocket = platform.createWebSocketConnector(resolved.client.transport, note);
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
   * Raises core's errors: `APINotFoundException` (`NotFound`) for 404, the status's `APIException`
   * for ≥ 400, and `APIException` for an error envelope or a failed operation in a 2xx answer;
   * `ResponseParseError` when the answer is not JSON (unless `parseAs` says otherwise).
   */
  async request<T = Envelope>(method: string, url: string, options: RequestOptions = {}): Promise<APIResult<T>> {
    const { json, query, body, ...call } = options;
    const target = this.#path(url);
    const q = target.indexOf("?");
    const merged: Record<string, unknown> = q < 0 ? {} : queryOf(target.slice(q + 1));
    for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== null) merged[key] = value;
    const answer = await this.#client.request(method, q < 0 ? target : target.slice(0, q), {
      ...call,
      params: { query: this.#withProject(merged) },
      ...(json !== undefined ? { body: json } : body !== undefined ? { body } : {}),
    });
    const request = () => this.#request(method.toUpperCase(), answer.response, call.headers, json);
    return new APIResult<T>(this, answer as { data: T; response: Response }, request).validate();
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

  /**
   * Opens a websocket to an LXD path (`/1.0/events`, an operation's `/websocket`) with this
   * client's connection settings: its unix socket, or HTTPS with the client certificate and the
   * pinned server certificate. `query` is added to the URL (with the client's project, unless it names one).
   */
  websocket(
    url: string,
    options: platform.WebSocketOpenOptions & { query?: Readonly<Record<string, QueryValue>> } = {},
  ): Promise<platform.WebSocketConnection> {
    const { query, ...open } = options;
    const target = new URL(this.#path(url), `${this.#client.baseUrl}/`);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined || value === null) continue;
      for (const v of Array.isArray(value) ? value : [value]) target.searchParams.append(key, String(v));
    }
    const scoped = target.searchParams.has("project") || target.searchParams.has("all-projects");
    if (this.project && !scoped) target.searchParams.set("project", this.project);
    return this.#websocket(target.href, open);
  }

  /**
   * Runs `command` in the instance `name` and collects its output, over the operation's websockets
   * (stdin, stdout, stderr and control). A non-zero exit is a result; a failed operation raises
   * core's `APIException` with the daemon's `err`.
   *
   * @example
   * ```ts
   * import { API } from "@clientele/lxd";
   * declare const api: API;
   * const { exitCode, stdoutText } = await api.exec("c1", ["/bin/sh", "-c", "echo hi"], { env: { A: "1" }, timeout: 10_000 });
   * ```
   */
  exec(name: string, command: readonly string[], options?: ExecOptions): Promise<ExecResult> {
    return execInstance(this, name, command, options);
  }

  /**
   * Starts `command` for interactive use: `stdin` is a writable, `stdout`/`stderr` readables, and
   * `exit` the exit code. With `terminal: true` the command runs in a PTY (`width`/`height`,
   * `resize()`); `kill(signal)` signals it over the control socket.
   *
   * @example
   * ```ts
   * import { API } from "@clientele/lxd";
   * declare const api: API;
   * const shell = await api.execStream("c1", ["/bin/sh"], { terminal: true, width: 80, height: 24 });
   * const writer = shell.stdin.getWriter();
   * await writer.write(new TextEncoder().encode("echo hi; exit 3\n"));
   * await shell.resize(120, 40);
   * console.log(await new Response(shell.stdout).text(), await shell.exit);
   * ```
   */
  execStream(name: string, command: readonly string[], options?: ExecStreamOptions): Promise<ExecSession> {
    return startExec(this, name, command, options);
  }

  /**
   * Attaches to the console of the running instance `name` (its `/dev/console`): `stdout` is what
   * it prints, `stdin` what it reads; `resize()`; `close()` detaches and leaves the instance running.
   */
  console(name: string, options?: { width?: number; height?: number }): Promise<Session> {
    return attachConsole(this, name, options);
  }

  /** The console log of instance `name` (what its console printed), as text. */
  async consoleLog(name: string, options: CallOptions = {}): Promise<string> {
    const result = await this.GET("/1.0/instances/{name}/console", { params: { path: { name } }, parseAs: "text", ...options });
    return result.data;
  }

  /** Empties the console log of instance `name`. */
  async clearConsoleLog(name: string, options: CallOptions = {}): Promise<void> {
    await this.DELETE("/1.0/instances/{name}/console", { params: { path: { name } }, ...options });
  }

  /**
   * Follows the daemon's events (`/1.0/events`): resolves once the websocket is open, then yields
   * typed events (`operation`, `logging`, `lifecycle`). `break` or aborting `signal` closes the
   * websocket; if the daemon goes away the iteration throws core's `ConnectionError`.
   *
   * @example
   * ```ts
   * import { API } from "@clientele/lxd";
   * declare const api: API;
   * for await (const event of await api.events({ types: ["lifecycle"] })) {
   *   if (event.type === "lifecycle" && event.metadata.action === "instance-deleted") break;
   * }
   * ```
   */
  events(options?: EventsOptions): Promise<AsyncIterableIterator<LxdEvent>> {
    return openEvents(this, options);
  }

  /**
   * Downloads the backup `backup` of instance `name` as a stream (constant memory), with progress.
   * Create it first (`POST /1.0/instances/{name}/backups`, then `wait()`).
   *
   * @example
   * ```ts
   * import { API } from "@clientele/lxd";
   * declare const api: API;
   * const backup = await api.exportBackup("c1", "nightly", { onProgress: (got, total) => console.log(got, total) });
   * for await (const chunk of backup.body as unknown as AsyncIterable<Uint8Array>) console.log(chunk.byteLength);
   * ```
   */
  async exportBackup(name: string, backup: string, options: ExportOptions = {}): Promise<ExportDownload> {
    const { onProgress, ...call } = options;
    const result = await this.GET("/1.0/instances/{name}/backups/{backup}/export", {
      params: { path: { name, backup } },
      parseAs: "stream",
      ...call,
    });
    return exportDownload(result, { ...(onProgress ? { onProgress } : {}) });
  }

  /** Downloads the image `fingerprint` (a unified tarball, or LXD's multipart for split images) as a stream, with progress. */
  async exportImage(fingerprint: string, options: ExportOptions = {}): Promise<ExportDownload> {
    const { onProgress, ...call } = options;
    const result = await this.GET("/1.0/images/{fingerprint}/export", {
      params: { path: { fingerprint } },
      parseAs: "stream",
      ...call,
    });
    return exportDownload(result, { ...(onProgress ? { onProgress } : {}) });
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

  /** One typed call through core's typed method, with the default project and `auto` parsing. */
  async #typed<D>(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", path: string, init: object | undefined): Promise<APIResult<D>> {
    const { params, parseAs, ...rest } = (init ?? {}) as TypedCallInit;
    const query = this.#withProject(params?.query);
    const call = this.#client[method] as (path: string, init: object) => Promise<{ data: unknown; response: Response }>;
    const answer = await call(path, {
      ...rest,
      ...(params || query ? { params: { ...params, ...(query ? { query } : {}) } } : {}),
      parseAs: parseAs ?? "auto",
    });
    // Described on first look. The summary shows JSON bodies; raw ones (bytes, blobs, text) are left out.
    const request = () =>
      this.#request(
        method,
        answer.response,
        { ...stringHeaders(params?.header), ...rest.headers },
        isJsonValue(rest.body) ? rest.body : undefined,
      );
    return new APIResult<D>(this, answer as { data: D; response: Response }, request).validate();
  }

  /** `query` with the client's project added when it names none. */
  #withProject<Q extends Record<string, unknown>>(query: Q | undefined): Q | (Q & { project: string }) | undefined {
    if (!this.project || query?.project !== undefined) return query;
    return { ...query, project: this.project } as Q & { project: string };
  }

  /** lxdapi's URL resolution: `'instances'` → `/1.0/instances`; absolute paths as they are; full URLs keep path and query. */
  #path(url: string): string {
    const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "");
    if (path !== url) return path || "/";
    if (url.startsWith("/")) return url;
    return url ? `/${this.defaultVersion}/${url}` : `/${this.defaultVersion}`;
  }

  /** The request as an `APIResult` shows it: the URL that was sent, in lxdapi's form. */
  #request(method: string, response: Response, callHeaders: Record<string, string> | undefined, json: unknown): LxdRequest {
    return {
      method,
      url: this.#display(response.url),
      headers: redactHeaders({ ...this.#headers, ...callHeaders }),
      ...(json !== undefined ? { json } : {}),
    };
  }

  /** A real URL as transcripts and results show it (`http+unix://%2F…` for the socket). */
  #display(url: string): string {
    const shown = this.socketPath && url.startsWith(SOCKET_ORIGIN) ? this.endpoint + url.slice(SOCKET_ORIGIN.length) : url;
    return redactUrl(shown);
  }
}

/** The parameters of a URL's query (a repeated key gives an array), to merge with the call's. */
function queryOf(search: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    const previous = out[key];
    out[key] = previous === undefined ? value : Array.isArray(previous) ? [...(previous as string[]), value] : [previous, value];
  }
  return out;
}

function stringHeaders(header: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(header ?? {})) if (value !== undefined && value !== null) out[name] = String(value);
  return out;
}

/** A plain object or array: what a typed call sends as JSON. */
function isJsonValue(body: unknown): boolean {
  return Array.isArray(body) || (typeof body === "object" && body !== null && Object.getPrototypeOf(body) === Object.prototype);
}

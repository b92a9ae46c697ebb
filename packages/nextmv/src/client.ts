// The Nextmv Cloud client: configuration, the typed surface, raw requests and presigned transfers.
// Everything goes to the wire through core's client; this file only says how Nextmv is configured.

import {
  applyAliases,
  checkBaseUrl,
  checkTimeout,
  ClienteleError,
  createApiClient,
  downloadFromPresignedUrl,
  platform,
  uploadToPresignedUrl,
  validateClientOptions,
  type ApiClient,
  type ApiClientSetup,
  type ClienteleFetch,
  type ClientOptions as CoreClientOptions,
  type ErrorFields,
  type OptionAliases,
  type RetryPolicy,
  type TypedMethod,
} from "@clientele/core";
import type { components, paths } from "@clientele/nextmv-types";
import { Application } from "./application.js";
import { DEFAULT_CONSOLE_URL, resolveConfig } from "./config.js";
import { listPages, type ListOptions } from "./pages.js";
import { requestBody, requestHeaders, requestTarget, type RequestOptions } from "./request.js";
import { USER_AGENT } from "./version.js";

/** The retry policy of the Python SDK (urllib3's `Retry` it configures), in core's names and milliseconds. */
export const NEXTMV_RETRY_DEFAULTS = {
  maxRetries: 10,
  backoffFactor: 1000,
  backoffJitter: 100,
  backoffMax: 60_000,
  statuses: [429],
  methods: ["GET", "POST", "PUT", "DELETE"],
} as const satisfies RetryPolicy;

/** Per-attempt timeout of API calls, in ms (the Python SDK's 20 s). */
export const DEFAULT_TIMEOUT = 20_000;
/** Per-attempt timeout of presigned uploads and downloads, in ms: large files need longer than API calls. */
export const DEFAULT_TRANSFER_TIMEOUT = 600_000;

/** The Python SDK's option names and the shared option each one sets. */
export const NEXTMV_OPTION_ALIASES = {
  url: "baseUrl",
  maxRetries: "retry.maxRetries",
  backoffFactor: "retry.backoffFactor",
  backoffJitter: "retry.backoffJitter",
  backoffMax: "retry.backoffMax",
  statusForcelist: "retry.statuses",
  allowedMethods: "retry.methods",
} as const satisfies OptionAliases;

/**
 * Options of {@link Client}: core's shared options (`baseUrl`, `timeout`, `retry`, `headers`,
 * `fetch`, `transport`, `debug`, `onRetry`), Nextmv's own, and the Python SDK's names as aliases.
 * Every duration is in milliseconds. Giving an alias and its shared name with different values is
 * a `ConfigurationError`.
 */
export interface ClientOptions extends CoreClientOptions {
  /** API key; else `NEXTMV_API_KEY`, else the config file. */
  apiKey?: string;
  /**
   * API endpoint (alias of `baseUrl`): an `http(s)://` URL or a bare host, which gets `https://`;
   * else `NEXTMV_ENDPOINT`, else the config file, else `https://api.cloud.nextmv.io`.
   */
  url?: string;
  /** Profile of the config file; `NEXTMV_PROFILE` takes precedence. `default` selects the top level. */
  profile?: string;
  /** Config file to read instead of `~/.nextmv/config.yaml`. */
  configFile?: string;
  /** Console root for run links (default `https://cloud.nextmv.io`). */
  consoleUrl?: string;
  /** Per-attempt timeout of presigned uploads and downloads (default 600000); 0 disables it. */
  transferTimeout?: number;
  /** Alias of `retry.maxRetries` (default 10). */
  maxRetries?: number;
  /** Alias of `retry.backoffFactor`, ms (default 1000). */
  backoffFactor?: number;
  /** Alias of `retry.backoffJitter`, ms (default 100). */
  backoffJitter?: number;
  /** Alias of `retry.backoffMax`, ms (default 60000). */
  backoffMax?: number;
  /** Alias of `retry.statuses` (default `[429]`). */
  statusForcelist?: readonly number[];
  /** Alias of `retry.methods` (default `GET`, `POST`, `PUT`, `DELETE`). */
  allowedMethods?: readonly string[];
}

/** What {@link Client.uploadToPresignedUrl} takes: exactly one of `data` and `tarFile`. */
export interface PresignedUpload {
  /** The presigned URL (from `Application.uploadUrl()`). Its signature never appears in errors or logs. */
  url: string;
  /** An object or array (sent as compact JSON), a string (as is), or bytes. */
  data?: Record<string, unknown> | unknown[] | string | Uint8Array | Blob;
  /** Path of a `.tar.gz` archive, streamed from disk (and re-read on a retry). */
  tarFile?: string;
  /** Called with `(sentBytes, totalBytes)` as the upload goes out. */
  onProgress?: (sent: number, total: number) => void;
  /** `Content-Type` to send; none by default, as the SDK sends none. */
  contentType?: string;
  signal?: AbortSignal;
}

type Paths = paths;
const METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"] as const;
const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/**
 * A client of the Nextmv Cloud API. The constructor resolves the API key and endpoint (see
 * {@link ClientOptions}), checks every option, and throws a `ConfigurationError` naming the option
 * (or the variable, or the config file's line) when one is missing or wrong.
 *
 * Typed calls (`client.GET(...)` and friends) cover every path of the spec; `request()` sends
 * anything else; `application(id)` gives the everyday run helpers. Every call takes core's per-call
 * options `{ timeout, signal, headers, retry }`.
 *
 * @example
 * ```ts
 * import { Client } from "@clientele/nextmv";
 * const client = new Client({ apiKey: "my-api-key", maxRetries: 3 });
 * const { data } = await client.GET("/v1/applications/{application_id}", {
 *   params: { path: { application_id: "routing-app" } },
 *   timeout: 5_000,
 * });
 * console.log(data.name);
 * ```
 */
export class Client {
  /** The API endpoint (the base URL), without a trailing slash. */
  readonly url: string;
  /** The Console root, for run links. */
  readonly consoleUrl: string;
  /** The selected named profile, or `undefined` for the top level of the config file. */
  readonly profile: string | undefined;

  declare readonly GET: TypedMethod<Paths, "get">;
  declare readonly PUT: TypedMethod<Paths, "put">;
  declare readonly POST: TypedMethod<Paths, "post">;
  declare readonly DELETE: TypedMethod<Paths, "delete">;
  declare readonly PATCH: TypedMethod<Paths, "patch">;
  declare readonly HEAD: TypedMethod<Paths, "head">;
  declare readonly OPTIONS: TypedMethod<Paths, "options">;
  /** Adds openapi-fetch middleware to the typed calls. */
  declare readonly use: ApiClient<Paths>["use"];
  declare readonly eject: ApiClient<Paths>["eject"];

  readonly #apiKey: string;
  readonly #headers: Readonly<Record<string, string>>;
  readonly #sources: { apiKey: string; url: string };
  readonly #api: ApiClient<Paths>;
  readonly #transfer: ClienteleFetch;

  constructor(options: ClientOptions = {}) {
    // The SDK's names folded into core's; then the shared options are checked before anything is read.
    const shared = applyAliases(options as Readonly<Record<string, unknown>>, NEXTMV_OPTION_ALIASES);
    validateClientOptions({ ...shared, baseUrl: undefined });
    const transferTimeout = checkTimeout(options.transferTimeout ?? DEFAULT_TRANSFER_TIMEOUT, "option `transferTimeout`");
    const consoleUrl = options.consoleUrl;
    const noConsoleUrl = consoleUrl === undefined || (typeof consoleUrl === "string" && !consoleUrl.trim());
    this.consoleUrl = noConsoleUrl ? DEFAULT_CONSOLE_URL : checkBaseUrl(consoleUrl, "option `consoleUrl`");

    const config = resolveConfig({
      apiKey: options.apiKey,
      url: options.url,
      baseUrl: options.baseUrl,
      profile: options.profile,
      configFile: options.configFile,
    });
    this.#apiKey = config.apiKey;
    this.#sources = { apiKey: config.apiKeyFrom, url: config.urlFrom };
    this.url = config.url;
    this.profile = config.profile;
    this.#headers = Object.freeze({
      Authorization: `Bearer ${config.apiKey}`,
      "Content-Type": "application/json",
      "User-Agent": USER_AGENT,
      ...shared.headers,
    });

    const setup: Omit<ApiClientSetup, "createTransport"> = {
      defaults: { timeout: DEFAULT_TIMEOUT, retry: NEXTMV_RETRY_DEFAULTS },
      secrets: [config.apiKey],
      errorFields: nextmvErrorFields,
      debugNamespace: "clientele:nextmv",
    };
    const wire = { retry: shared.retry, fetch: shared.fetch, transport: shared.transport, debug: shared.debug, onRetry: shared.onRetry };
    this.#api = createApiClient<Paths>({ ...wire, baseUrl: this.url, timeout: shared.timeout, headers: { ...this.#headers } }, setup);
    // Presigned transfers: the same retries, their own timeout, and no headers at all (no API key).
    this.#transfer = createApiClient<Record<string, never>>({ ...wire, baseUrl: this.url, timeout: transferTimeout }, setup).fetch;

    for (const method of METHODS) Object.defineProperty(this, method, { value: this.#api[method], enumerable: false });
    Object.defineProperty(this, "use", { value: this.#api.use, enumerable: false });
    Object.defineProperty(this, "eject", { value: this.#api.eject, enumerable: false });
  }

  /** The resolved API key. Kept out of `console.log`, `util.inspect` and `JSON.stringify` of the client. */
  get apiKey(): string {
    return this.#apiKey;
  }

  /** Headers sent with every API call: `Authorization`, `Content-Type`, `User-Agent` and yours (a copy). */
  get headers(): Record<string, string> {
    return { ...this.#headers };
  }

  /** Where the API key and endpoint came from, e.g. `{ apiKey: "environment variable NEXTMV_API_KEY", url: "default" }`. */
  describe(): { apiKey: string; url: string; profile: string | undefined } {
    return { ...this.#sources, profile: this.profile };
  }

  /**
   * Sends one request (the Python SDK's `request()`) and returns the 2xx `Response` with its body
   * unread: call `.json()`, `.text()` or read `.body` as a stream. Misuse (`data` with `payload`, a
   * body over 500 MiB, a `payload` that is not an object or array) throws before any I/O; other
   * statuses throw core's typed errors (`NotFound`, `TooManyRequests`, …) after retries.
   *
   * @example
   * ```ts
   * import { Client } from "@clientele/nextmv";
   * const client = new Client({ apiKey: "my-api-key" });
   * const response = await client.request({
   *   method: "GET",
   *   endpoint: "v1/applications/routing-app/runs",
   *   queryParams: { pagereturn: true },
   *   timeout: 10_000,
   * });
   * const page = (await response.json()) as { items: unknown[] };
   * ```
   */
  async request(options: RequestOptions): Promise<Response> {
    const body = requestBody(options);
    const target = requestTarget(this.url, options);
    const { response } = await this.#api.request(options.method, target.path, {
      params: { query: options.queryParams },
      body,
      parseAs: "stream",
      // Core passes a `null` header on to openapi-fetch, which removes that default header.
      headers: requestHeaders(options.headers, target.sameOrigin) as Record<string, string>,
      signal: options.signal,
      timeout: options.timeout,
      retry: options.retry,
    });
    return response;
  }

  /**
   * PUTs data or a `.tar.gz` file to a presigned URL, with the client's retries and transfer
   * timeout, and without the API key.
   *
   * @example
   * ```ts
   * import { Client } from "@clientele/nextmv";
   * const client = new Client({ apiKey: "my-api-key" });
   * const { upload_url, upload_id } = await client.application("routing-app").uploadUrl();
   * await client.uploadToPresignedUrl({ url: upload_url, data: { stops: [] } });
   * ```
   */
  async uploadToPresignedUrl(options: PresignedUpload): Promise<void> {
    const { url, data, tarFile } = options;
    if ((data === undefined) === (tarFile === undefined || tarFile === "")) {
      throw new TypeError("uploadToPresignedUrl(): give exactly one of `data` and `tarFile`");
    }
    if (tarFile !== undefined && !platform.isFile(tarFile)) {
      throw new ClienteleError(`uploadToPresignedUrl(): tarFile ${tarFile} does not exist or is not a file`);
    }
    const source = tarFile !== undefined ? { filePath: tarFile } : { data };
    await uploadToPresignedUrl({
      url,
      ...source,
      onProgress: options.onProgress,
      contentType: options.contentType,
      signal: options.signal,
      fetch: this.#transfer,
    });
  }

  /** GETs a presigned URL (an output, input or asset link) without the API key; the `Response` is 2xx, its body unread. */
  async downloadFromPresignedUrl(url: string, options: { signal?: AbortSignal } = {}): Promise<Response> {
    return downloadFromPresignedUrl({ url, signal: options.signal, fetch: this.#transfer });
  }

  /** The run helpers of one application. */
  application(id: string): Application {
    return new Application(this, id);
  }

  /** Every application of the account, following pages. */
  listApplications(options: ListOptions = {}): AsyncGenerator<components["schemas"]["Application"], void, undefined> {
    const { maxPages, ...call } = options;
    return listPages(async (query) => (await this.GET("/v1/applications", { params: { query }, ...call })).data, "GET /v1/applications", {
      maxPages,
    });
  }

  /** What `JSON.stringify(client)` shows: the settings, never the key. */
  toJSON(): Record<string, unknown> {
    return { url: this.url, consoleUrl: this.consoleUrl, profile: this.profile, apiKey: "[REDACTED]" };
  }

  [inspectSymbol](_depth: number, options: unknown, inspect: (value: unknown, options: unknown) => string): string {
    return `Client ${inspect(this.toJSON(), options)}`;
  }
}

/** How Nextmv's error bodies read: `{"error": "…"}` (or `message`), or plain text. */
function nextmvErrorFields(body: unknown): ErrorFields | undefined {
  if (typeof body === "string") {
    const text = body.trim().slice(0, 1000);
    return text ? { message: text } : undefined;
  }
  if (body && typeof body === "object") {
    for (const key of ["error", "message"]) {
      const value = (body as Record<string, unknown>)[key];
      if (typeof value === "string" && value) return { message: value };
    }
  }
  return undefined;
}

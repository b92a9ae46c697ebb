// The Nextmv Cloud client: configuration, the typed surface, raw requests and presigned transfers.

import { openAsBlob, statSync } from "node:fs";
import {
  ClienteleError,
  createApiClient,
  uploadToPresignedUrl as presignedPut,
  querySecrets,
  withoutQuery,
  type ApiClient,
  type ClienteleFetch,
  type DebugOption,
  type FetchLike,
  type RetryEvent,
  pickRetryOptions,
  type RetryOptions,
  type TransportOptions,
  type TypedMethod,
} from "@clientele/core";
import type { components, paths } from "@clientele/nextmv-types";
import { Application } from "./application.js";
import { DEFAULT_CONSOLE_URL, resolveConfig } from "./config.js";
import { listPages, type ListOptions } from "./pages.js";
import { requestBody, requestHeaders, requestUrl, withStatus, type RequestOptions } from "./request.js";
import { USER_AGENT } from "./version.js";

/** The retry settings of the Python SDK, in milliseconds. */
export const RETRY_DEFAULTS = {
  maxRetries: 10,
  backoffFactor: 1000,
  backoffJitter: 100,
  backoffMax: 60_000,
  statusForcelist: [429],
  allowedMethods: ["GET", "POST", "PUT", "DELETE"],
} as const satisfies RetryOptions;

/** Per-attempt timeout of API calls, in ms (the Python SDK's 20 s). */
export const DEFAULT_TIMEOUT = 20_000;
/** Per-attempt timeout of presigned uploads and downloads, in ms: large files need longer than API calls. */
export const DEFAULT_TRANSFER_TIMEOUT = 600_000;

/** Options of {@link Client}. Every duration is in milliseconds. */
export interface ClientOptions extends RetryOptions {
  /** API key; else `NEXTMV_API_KEY`, else the config file. */
  apiKey?: string;
  /** API endpoint (a bare host gets `https://`); else `NEXTMV_ENDPOINT`, else the config file, else `https://api.cloud.nextmv.io`. */
  url?: string;
  /** Profile of the config file; `NEXTMV_PROFILE` takes precedence. `default` selects the top level. */
  profile?: string;
  /** Config file to read instead of `~/.nextmv/config.yaml`. */
  configFile?: string;
  /** Console root for run links (default `https://cloud.nextmv.io`). */
  consoleUrl?: string;
  /** Per-attempt timeout of API calls (default 20000); 0 disables it. */
  timeout?: number;
  /** Per-attempt timeout of presigned uploads and downloads (default 600000); 0 disables it. */
  transferTimeout?: number;
  /** Extra headers sent with every API call (merged over the defaults). */
  headers?: Record<string, string>;
  /** `true`, a logger, or unset to follow `DEBUG`. Transcripts never show the API key. */
  debug?: DebugOption;
  /** Your own fetch (tests, edge runtimes), replacing the built-in transport. */
  fetch?: FetchLike;
  /** Unix socket, TLS and proxy settings of the built-in transport. */
  transport?: TransportOptions;
  /** Called before each retry wait. */
  onRetry?: (event: RetryEvent) => void;
}

/** What {@link Client.uploadToPresignedUrl} takes: exactly one of `data` and `tarFile`. */
export interface PresignedUpload {
  /** The presigned URL (from `Application.uploadUrl()`). Its signature never appears in errors or logs. */
  url: string;
  /** An object or array (sent as compact JSON), a string (as is), or bytes. */
  data?: Record<string, unknown> | unknown[] | string | Uint8Array | Blob;
  /** Path of a `.tar.gz` archive, read from disk as it is sent (and again on a retry). */
  tarFile?: string;
  /** Called with `(sentBytes, totalBytes)` once the upload is accepted. */
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
 * {@link ClientOptions}) and throws a `ConfigurationError` when there is no API key.
 *
 * Typed calls (`client.GET(...)` and friends) cover every path of the spec; `request()` sends
 * anything else; `application(id)` gives the everyday run helpers.
 *
 * @example
 * ```ts
 * import { Client } from "@clientele/nextmv";
 * const client = new Client({ apiKey: "my-api-key" });
 * const { data } = await client.GET("/v1/applications/{application_id}", {
 *   params: { path: { application_id: "routing-app" } },
 * });
 * console.log(data.name);
 * ```
 */
export class Client {
  /** The API endpoint, without a trailing slash. */
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
    const config = resolveConfig(options);
    this.#apiKey = config.apiKey;
    this.#sources = { apiKey: config.apiKeyFrom, url: config.urlFrom };
    this.url = config.url;
    this.profile = config.profile;
    this.consoleUrl = (options.consoleUrl?.trim() || DEFAULT_CONSOLE_URL).replace(/\/+$/, "");
    this.#headers = Object.freeze({
      Authorization: `Bearer ${config.apiKey}`,
      "Content-Type": "application/json",
      "User-Agent": USER_AGENT,
      ...options.headers,
    });

    const setup = {
      retryDefaults: RETRY_DEFAULTS,
      defaultTimeout: DEFAULT_TIMEOUT,
      secrets: [config.apiKey],
      errorMessage: nextmvErrorMessage,
    };
    const shared = {
      ...pickRetryOptions(options),
      debug: options.debug,
      fetch: options.fetch,
      transport: options.transport,
      onRetry: options.onRetry,
    };
    this.#api = createApiClient<Paths>({ ...shared, baseUrl: this.url, headers: { ...this.#headers }, timeout: options.timeout }, setup);
    // Presigned transfers: same retries, their own timeout, and no headers at all.
    this.#transfer = createApiClient<Record<string, never>>(
      { ...shared, baseUrl: this.url, timeout: options.transferTimeout ?? DEFAULT_TRANSFER_TIMEOUT },
      setup,
    ).fetch;

    const api = this.#api as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const method of METHODS) {
      const send = api[method]!;
      Object.defineProperty(this, method, { value: (...args: unknown[]) => send(...args).catch(withStatus), enumerable: false });
    }
    Object.defineProperty(this, "use", { value: this.#api.use, enumerable: false });
    Object.defineProperty(this, "eject", { value: this.#api.eject, enumerable: false });
  }

  /** The resolved API key. Kept out of `console.log`, `util.inspect` and `JSON.stringify` of the client. */
  get apiKey(): string {
    return this.#apiKey;
  }

  /** Headers sent with every API call: `Authorization`, `Content-Type`, `User-Agent` (a copy). */
  get headers(): Record<string, string> {
    return { ...this.#headers };
  }

  /** Where the API key and endpoint came from, e.g. `{ apiKey: "environment variable NEXTMV_API_KEY", url: "default" }`. */
  describe(): { apiKey: string; url: string; profile: string | undefined } {
    return { ...this.#sources, profile: this.profile };
  }

  /**
   * Sends one request and returns the `Response` (2xx). Misuse (`data` with `payload`, a body over
   * 500 MiB, a `payload` that is not an object or array) throws before any I/O; other statuses
   * throw the typed errors of `@clientele/core` (`NotFound`, `TooManyRequests`, …) after retries.
   *
   * @example
   * ```ts
   * import { Client } from "@clientele/nextmv";
   * const client = new Client({ apiKey: "my-api-key" });
   * const response = await client.request({ method: "GET", endpoint: "v1/applications/routing-app/runs", queryParams: { pagereturn: true } });
   * const page = (await response.json()) as { items: unknown[] };
   * ```
   */
  async request(options: RequestOptions): Promise<Response> {
    const body = requestBody(options);
    const method = options.method.toUpperCase();
    const url = requestUrl(this.url, options.endpoint, options.queryParams);
    const headers = requestHeaders(this.#headers, options.headers, url.origin === new URL(this.url).origin);
    return this.#api.fetch(url.href, { method, headers, body: body as BodyInit | undefined, signal: options.signal }).catch(withStatus);
  }

  /**
   * PUTs data or a `.tar.gz` file to a presigned URL, with retries and without the API key.
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
    if (tarFile !== undefined) {
      try {
        if (!statSync(tarFile).isFile()) throw new Error("not a file");
      } catch (cause) {
        throw new ClienteleError(`uploadToPresignedUrl(): tarFile ${tarFile} does not exist or is not a file`, { cause });
      }
    }
    // A file-backed Blob streams from disk and is replayed on retries. (Core's `filePath` stream
    // may close its descriptor twice when a transfer is cut short, so it is not used here.)
    const body = tarFile !== undefined ? await openAsBlob(tarFile) : data;
    await presignedPut(this.#transfer, {
      url,
      data: body,
      onProgress: options.onProgress,
      contentType: options.contentType,
      signal: options.signal,
    });
  }

  /** GETs a presigned URL (an output, input or asset link) without the API key; the `Response` is 2xx. */
  async downloadFromPresignedUrl(url: string, options: { signal?: AbortSignal } = {}): Promise<Response> {
    return this.#transfer(url, { method: "GET", signal: options.signal, displayUrl: withoutQuery(url), secrets: querySecrets(url) });
  }

  /** The run helpers of one application. */
  application(id: string): Application {
    return new Application(this, id);
  }

  /** Every application of the account, following pages. */
  listApplications(options: ListOptions = {}): AsyncGenerator<components["schemas"]["Application"], void, undefined> {
    return listPages(
      async (query) => (await this.GET("/v1/applications", { params: { query } })).data,
      "GET /v1/applications",
      options,
    );
  }

  /** What `JSON.stringify(client)` shows: the settings, never the key. */
  toJSON(): Record<string, unknown> {
    return { url: this.url, consoleUrl: this.consoleUrl, profile: this.profile, apiKey: "[REDACTED]" };
  }

  [inspectSymbol](_depth: number, options: unknown, inspect: (value: unknown, options: unknown) => string): string {
    return `Client ${inspect(this.toJSON(), options)}`;
  }
}

/** Nextmv errors say `{"error": "…"}`; some answers are plain text. */
function nextmvErrorMessage(body: unknown): string | undefined {
  if (typeof body === "string") return body.trim().slice(0, 1000) || undefined;
  if (body && typeof body === "object") {
    for (const key of ["error", "message"]) {
      const value = (body as Record<string, unknown>)[key];
      if (typeof value === "string" && value) return value;
    }
  }
  return undefined;
}

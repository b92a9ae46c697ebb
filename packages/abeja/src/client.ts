// The connection every method shares: options folded into core's vocabulary, settings, credential,
// headers, core's typed client with ABEJA's retry policy and error fields, and the raw call to an
// organization's inference host (through core's request(), like every other call).

import {
  applyAliases,
  ConfigurationError,
  createApiClient,
  validateClientOptions,
  type ApiClient,
  type CallOptions,
  type ClientOptions,
  type RequestInit_,
  type TypedMethod,
} from "@clientele/core";
import type { paths } from "@clientele/abeja-types";
import { resolveCredential, type AuthSummary, type Credential } from "./credentials.js";
import { errorFields } from "./errors.js";
import { toCoreBody, type ServiceRequestBody } from "./service-body.js";
import { serviceRoot } from "./service-host.js";
import { ABEJA_ALIASES, ABEJA_RETRY_DEFAULTS, DEFAULT_TIMEOUT_MS, resolveSettings } from "./settings.js";
import { USER_AGENT } from "./version.js";

/**
 * Options of `new APIClient(...)`: core's shared options (`baseUrl`, `timeout`, `retry`, `headers`,
 * `fetch`, `transport`, `debug`, `onRetry`) plus ABEJA's own. Every duration is in milliseconds.
 *
 * @example
 * ```ts
 * import { APIClient, type APIClientOptions } from "@clientele/abeja";
 * const options: APIClientOptions = {
 *   credential: { authToken: "…" },
 *   timeout: 10_000, // per attempt
 *   maxRetryCount: 3, // the SDK's name of retry.maxRetries
 *   retry: { backoffFactor: 500 },
 * };
 * const client = new APIClient(options);
 * ```
 */
export interface APIClientOptions extends ClientOptions {
  /** Credential to use instead of the environment (which is then not read at all). */
  credential?: Credential;
  /** Management API root. Default `ABEJA_API_URL`, else `https://api.abeja.io`. */
  baseUrl?: string;
  /**
   * Root of service requests; `{organization_id}` is replaced by the organization. Default: the base
   * URL's host under the organization's sub-domain (`https://{organization_id}.api.abeja.io`); none
   * when the base URL's host is an IP address or `localhost` (then service requests need this option).
   */
  serviceUrl?: string;
  /** Per-attempt timeout in ms; 0 disables it. Default `ABEJA_SDK_CONNECTION_TIMEOUT` (seconds), else 30 000. */
  timeout?: number;
  /**
   * The SDK's name of `retry.maxRetries`: retries after the first attempt. Default
   * `ABEJA_SDK_MAX_RETRY_COUNT`, else 5; 0 disables retrying.
   */
  maxRetryCount?: number;
}

/** Per-call options of the raw service requests: core's `CallOptions` (`timeout`, `signal`, `headers`, `retry`). */
export type RequestOptions = CallOptions;

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * The connection under `APIClient`: holds the credential in private fields and exposes the typed
 * `GET`/`POST`/`PUT`/`PATCH`/`DELETE` over the spec's paths. Use `APIClient`.
 */
export class AbejaClientBase {
  /** Management API root, without a trailing slash. */
  readonly baseUrl: string;
  /**
   * Root of service requests, `{organization_id}` standing for the organization; `undefined` when
   * the base URL's host is an IP address or `localhost` and no `serviceUrl` was given.
   */
  readonly serviceUrl: string | undefined;
  /** Per-attempt timeout in ms. */
  readonly timeout: number;
  /** Retries after the first attempt (`retry.maxRetries`). */
  readonly maxRetryCount: number;
  /** What the client authenticates as (no secret). */
  readonly auth: AuthSummary;

  /** Typed GET over the spec's paths: `{ data, response }`, or a typed error. Takes per-call options in its init. */
  readonly GET: TypedMethod<paths, "get">;
  /** Typed POST over the spec's paths. */
  readonly POST: TypedMethod<paths, "post">;
  /** Typed PUT over the spec's paths. */
  readonly PUT: TypedMethod<paths, "put">;
  /** Typed PATCH over the spec's paths. */
  readonly PATCH: TypedMethod<paths, "patch">;
  /** Typed DELETE over the spec's paths. */
  readonly DELETE: TypedMethod<paths, "delete">;

  readonly #api: ApiClient<paths>;

  constructor(options: APIClientOptions = {}) {
    if (options === null || typeof options !== "object" || Array.isArray(options)) {
      const got = options === null ? "null" : typeof options;
      throw new ConfigurationError(`APIClient options must be an object, got ${got}`, { source: "options" });
    }
    const { credential: credentialOption, serviceUrl, ...rest } = options;
    const shared = applyAliases(rest, ABEJA_ALIASES);
    validateClientOptions(shared);
    const settings = resolveSettings({
      options: shared,
      retryCountName: options.maxRetryCount !== undefined ? "maxRetryCount" : "retry.maxRetries",
      serviceUrl,
    });
    const credential = resolveCredential(credentialOption);
    this.baseUrl = settings.baseUrl;
    this.serviceUrl = settings.serviceUrl;
    this.timeout = settings.timeout;
    this.maxRetryCount = settings.maxRetries;
    this.auth = Object.freeze({ ...credential.summary });

    // The user's headers may replace the User-Agent; the credential's Authorization replaces theirs.
    let headers = withHeader({ "User-Agent": USER_AGENT }, shared.headers);
    if (credential.authorization) headers = withHeader(headers, { Authorization: credential.authorization });
    this.#api = createApiClient<paths>(
      { ...shared, baseUrl: settings.baseUrl, timeout: settings.timeout, headers },
      {
        // The retry count resolved above (option, else ABEJA_SDK_MAX_RETRY_COUNT, else 5) under the user's `retry`.
        defaults: { timeout: DEFAULT_TIMEOUT_MS, retry: { ...ABEJA_RETRY_DEFAULTS, maxRetries: settings.maxRetries } },
        secrets: credential.secrets,
        errorFields,
        debugNamespace: "clientele:abeja",
      },
    );
    this.GET = this.#api.GET;
    this.POST = this.#api.POST;
    this.PUT = this.#api.PUT;
    this.PATCH = this.#api.PATCH;
    this.DELETE = this.#api.DELETE;
  }

  /**
   * POSTs to the organization's inference host (`serviceUrl`) through core's `request()`: `path`'s
   * `{name}` parameters percent-encoded by core, this client's headers, retries and errors. Returns
   * the raw response, its body unread. Without a service host, a `ConfigurationError` naming
   * `serviceUrl` before anything is sent.
   */
  protected async postToService(
    operation: string,
    organizationId: string,
    path: string,
    pathParams: Record<string, string>,
    body: ServiceRequestBody | undefined,
    options: CallOptions = {},
  ): Promise<Response> {
    const root = serviceRoot(this.serviceUrl, organizationId, { baseUrl: this.baseUrl, operation });
    const { body: payload, contentType } = toCoreBody(body);
    let headers = options.headers;
    if (contentType && (body?.contentType !== undefined || !hasHeader(headers, "content-type"))) {
      headers = withHeader(headers ?? {}, { "Content-Type": contentType });
    }
    const init: RequestInit_ = { ...options, headers, params: { path: pathParams }, body: payload, parseAs: "stream" };
    // An absolute URL: core sends it to that host, with this client's headers, retries and errors.
    const { response } = await this.#api.request("POST", `${root}${path}`, init);
    return response;
  }

  /** A one-line description, without secrets. */
  toString(): string {
    const who = this.auth.username ? ` as ${this.auth.username}` : "";
    return `APIClient(${this.baseUrl}, ${this.auth.kind}${who} from ${this.auth.from})`;
  }

  /** What `JSON.stringify` shows: settings and the credential's kind, never its secret. */
  toJSON(): Record<string, unknown> {
    const { baseUrl, serviceUrl, timeout, maxRetryCount, auth } = this;
    return { baseUrl, serviceUrl, timeout, maxRetryCount, auth };
  }

  [INSPECT](): string {
    return this.toString();
  }
}

function hasHeader(headers: Record<string, string> | undefined, name: string): boolean {
  return Object.keys(headers ?? {}).some((key) => key.toLowerCase() === name);
}

/** `headers` with `extra` set over them, any other spelling of the same names dropped (so none is sent twice). */
function withHeader(headers: Record<string, string>, extra: Record<string, string> | undefined): Record<string, string> {
  const names = new Set(Object.keys(extra ?? {}).map((k) => k.toLowerCase()));
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) if (!names.has(key.toLowerCase())) out[key] = value;
  return Object.assign(out, extra);
}

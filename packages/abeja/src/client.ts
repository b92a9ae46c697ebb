// The connection every method shares: settings, credential, headers, core's typed client with
// ABEJA's retry policy, and the raw call to an organization's inference host.

import { createApiClient, type ApiClient, type DebugOption, type FetchLike, type ReplayableInit, type RetryEvent, type RetryOptions, type TypedMethod } from "@clientele/core";
import type { paths } from "@clientele/abeja-types";
import { resolveCredential, type AuthSummary, type Credential } from "./credentials.js";
import { errorMessage, withAbejaFields } from "./errors.js";
import { ABEJA_RETRY_DEFAULTS, resolveSettings, serviceRequestUrl, type PathSegment } from "./settings.js";
import { USER_AGENT } from "./version.js";

/** Options of `new APIClient(...)`. Every duration is in milliseconds. */
export interface APIClientOptions {
  /** Credential to use instead of the environment (which is then not read at all). */
  credential?: Credential;
  /** Per-attempt timeout in ms; 0 disables it. Default `ABEJA_SDK_CONNECTION_TIMEOUT` (seconds), else 30 000. */
  timeout?: number;
  /** Retries after the first attempt. Default `ABEJA_SDK_MAX_RETRY_COUNT`, else 5; 0 disables retrying. */
  maxRetryCount?: number;
  /** Management API root. Default `ABEJA_API_URL`, else `https://api.abeja.io`. */
  baseUrl?: string;
  /**
   * Root of service requests; `{organization_id}` is replaced by the organization. Default: the base
   * URL's host under the organization's sub-domain (`https://{organization_id}.api.abeja.io`).
   */
  serviceUrl?: string;
  /** `true` (or a logger) prints a transcript of every exchange, secrets removed; unset follows `DEBUG`. */
  debug?: DebugOption;
  /** Your own fetch (tests, edge runtimes) under the retries; replaces the built-in transport. */
  fetch?: FetchLike;
  /** Overrides of the retry policy (waits in ms; e.g. `{ backoffFactor: 10 }` in tests). */
  retry?: Omit<RetryOptions, "maxRetries">;
  /** Called before each retry wait. */
  onRetry?: (event: RetryEvent) => void;
}

/** Per-call options of the raw service requests. */
export interface RequestOptions {
  /** Aborts the request (and any retry wait). */
  signal?: AbortSignal;
  /** Extra headers (e.g. `Accept`). */
  headers?: Record<string, string>;
}

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * The connection under `APIClient`: holds the credential in private fields and exposes the typed
 * `GET`/`POST`/`PUT`/`PATCH`/`DELETE` over the spec's paths. Use `APIClient`.
 */
export class AbejaClientBase {
  /** Management API root, without a trailing slash. */
  readonly baseUrl: string;
  /** Root of service requests, `{organization_id}` standing for the organization. */
  readonly serviceUrl: string;
  /** Per-attempt timeout in ms. */
  readonly timeout: number;
  /** Retries after the first attempt. */
  readonly maxRetryCount: number;
  /** What the client authenticates as (no secret). */
  readonly auth: AuthSummary;

  /** Typed GET over the spec's paths: `{ data, response }`, or a typed error. */
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
  readonly #headers: Record<string, string>;
  readonly #secrets: readonly string[];

  constructor(options: APIClientOptions = {}) {
    const settings = resolveSettings(options);
    const credential = resolveCredential(options.credential);
    this.baseUrl = settings.baseUrl;
    this.serviceUrl = settings.serviceUrl;
    this.timeout = settings.timeout;
    this.maxRetryCount = settings.maxRetryCount;
    this.auth = Object.freeze({ ...credential.summary });
    this.#secrets = credential.secrets;
    this.#headers = { "User-Agent": USER_AGENT };
    if (credential.authorization) this.#headers.Authorization = credential.authorization;
    this.#api = createApiClient<paths>(
      {
        ...options.retry,
        maxRetries: settings.maxRetryCount,
        baseUrl: settings.baseUrl,
        headers: this.#headers,
        timeout: settings.timeout,
        debug: options.debug,
        fetch: options.fetch,
        onRetry: options.onRetry,
      },
      { retryDefaults: ABEJA_RETRY_DEFAULTS, defaultTimeout: settings.timeout, secrets: credential.secrets, errorMessage },
    );
    this.GET = withFields(this.#api.GET, this.#secrets);
    this.POST = withFields(this.#api.POST, this.#secrets);
    this.PUT = withFields(this.#api.PUT, this.#secrets);
    this.PATCH = withFields(this.#api.PATCH, this.#secrets);
    this.DELETE = withFields(this.#api.DELETE, this.#secrets);
  }

  /**
   * POSTs a body to the organization's inference host (`serviceUrl`), path segments percent-encoded,
   * with this client's headers and retries. Returns the raw response; errors are typed.
   */
  protected async postToService(
    organizationId: string,
    segments: readonly PathSegment[],
    body: BodyInit | undefined,
    contentType: string | undefined,
    options: RequestOptions = {},
  ): Promise<Response> {
    const url = serviceRequestUrl(this.serviceUrl, organizationId, segments);
    const headers: Record<string, string> = { ...options.headers, ...this.#headers };
    if (contentType) headers["Content-Type"] = contentType;
    const init: ReplayableInit = { method: "POST", headers, body, signal: options.signal };
    try {
      return await this.#api.fetch(url, init);
    } catch (e) {
      throw withAbejaFields(e, this.#secrets);
    }
  }

  /** A one-line description, without secrets. */
  toString(): string {
    const who = this.auth.username ? ` as ${this.auth.username}` : "";
    return `APIClient(${this.baseUrl}, ${this.auth.kind}${who} from ${this.auth.from})`;
  }

  /** What `JSON.stringify` shows: settings and the credential's kind, never its secret. */
  toJSON(): Record<string, unknown> {
    return { baseUrl: this.baseUrl, serviceUrl: this.serviceUrl, timeout: this.timeout, maxRetryCount: this.maxRetryCount, auth: this.auth };
  }

  [INSPECT](): string {
    return this.toString();
  }
}

function withFields<F>(method: F, secrets: readonly string[]): F {
  const call = method as (...args: unknown[]) => Promise<unknown>;
  return (async (...args: unknown[]) => {
    try {
      return await call(...args);
    } catch (e) {
      throw withAbejaFields(e, secrets);
    }
  }) as F;
}

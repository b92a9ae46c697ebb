// One HTTP transaction with LXD, as lxdapi's APIResult: core's `{ data, response }` with the API
// and the request it came from, summaries for printing, validation, and waiting on its operation.

import { redactJson } from "@clientele/core";
import type { API } from "./api.js";
import { redactOperationSecrets } from "./debug.js";
import { envelopeFailed, failureOf } from "./errors.js";
import type { MetadataOf, OperationEnvelope } from "./types.js";
import { waitForOperation, type WaitOptions } from "./wait.js";

/** The request of a transaction, as sent (header secrets removed). */
export interface LxdRequest {
  method: string;
  /** The URL as transcripts show it: `http+unix://%2F…/1.0/…` for a socket, the query included. */
  url: string;
  headers: Record<string, string>;
  /** The JSON body, when the call sent one. */
  json?: unknown;
}

/**
 * One request and its answer. `data` is the parsed body: the LXD envelope for JSON answers, text
 * for `text/*` answers of typed calls (`/1.0/metrics`), bytes for files.
 *
 * @example
 * ```ts
 * import { API, type APIResult } from "@clientele/lxd";
 * declare const api: API;
 * const result: APIResult = await api.get("instances");
 * console.log(result.status, result.metadata, result.requestSummary());
 * ```
 */
export class APIResult<T = unknown> {
  /** The client that made the request. */
  readonly api: API;
  /** The parsed response body. */
  readonly data: T;
  readonly #answer: { response: Response };
  #request: LxdRequest | (() => LxdRequest);

  /**
   * Wraps core's answer (`{ data, response }`) of `request`. The request may be given as a function:
   * it is then described on first look (most results are only ever read for `data`).
   */
  constructor(api: API, answer: { data: T; response: Response }, request: LxdRequest | (() => LxdRequest)) {
    this.api = api;
    this.data = answer.data;
    this.#answer = answer;
    this.#request = request;
  }

  /** The request as sent (header secrets removed). */
  get request(): LxdRequest {
    if (typeof this.#request === "function") this.#request = this.#request();
    return this.#request;
  }

  /** The response (its body has been read into `data`); core makes it on first look. */
  get response(): Response {
    return this.#answer.response;
  }

  /** HTTP status of the response. */
  get status(): number {
    return this.response.status;
  }

  /** The envelope's `metadata`. */
  get metadata(): MetadataOf<T> {
    return field(this.data, "metadata") as MetadataOf<T>;
  }

  /** The `ETag` of a single object (send it back as `If-Match`), if the server sent one. */
  get etag(): string | undefined {
    return this.response.headers.get("etag") ?? undefined;
  }

  /** The operation URL of an async answer (`/1.0/operations/<uuid>`), else `undefined`. */
  get operation(): string | undefined {
    const operation = field(this.data, "operation");
    return typeof operation === "string" && operation ? operation : undefined;
  }

  /** `METHOD URL` and the JSON body sent, if any (secrets redacted). */
  requestSummary(): string {
    const head = `${this.request.method} ${this.request.url}`;
    return this.request.json === undefined ? head : `${head}\n${JSON.stringify(redactJson(this.request.json), null, 4)}`;
  }

  /** `HTTP/<status>` and the body (secrets and operation websocket secrets redacted). */
  responseSummary(): string {
    const data: unknown = this.data;
    const body =
      typeof data === "string"
        ? data
        : data instanceof Uint8Array
          ? `<${data.byteLength} bytes>`
          : JSON.stringify(redactOperationSecrets(redactJson(data)), null, 4);
    return body === undefined ? `HTTP/${this.status}` : `HTTP/${this.status}\n${body}`;
  }

  /**
   * Raises if the transaction failed: core's `APIException` for an error envelope on a 2xx or for
   * any `metadata.status_code ≥ 400` along the `metadata` chain (a failed or cancelled operation),
   * with the daemon's `error`/`err` as its reason and `error` field. Returns the result otherwise.
   * (HTTP ≥ 400 answers never become results: core raises them.)
   */
  validate(): this {
    // Core raised every HTTP error already: only the body can still say it failed.
    if (!envelopeFailed(this.data)) return this;
    const error = failureOf({
      status: this.status,
      method: this.request.method,
      url: this.request.url,
      headers: this.response.headers,
      requestHeaders: this.request.headers,
      body: this.data,
    });
    if (error) throw error;
    return this;
  }

  /**
   * Waits for the operation this result started, with core's `poll`: each check is LXD's long
   * poll `GET <operation>/wait?timeout=<serverWaitSeconds>`, until the operation ends or
   * `maxDuration` (ms) runs out. Returns the last `/wait` answer (the operation in `metadata`);
   * a failed or cancelled operation raises `APIException` with the daemon's `err`. A sync result
   * (no operation) is returned as is.
   *
   * At `maxDuration` the still-running operation (`status_code` 103) is returned, unless
   * `raiseOnTimeout` is set: then core's `TimeoutError` is thrown.
   */
  wait(options?: WaitOptions): Promise<APIResult<OperationEnvelope>> {
    return waitForOperation(this, options);
  }
}

function field(data: unknown, key: string): unknown {
  return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>)[key] : undefined;
}

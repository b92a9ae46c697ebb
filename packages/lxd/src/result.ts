// One HTTP transaction with LXD, as lxdapi's APIResult: the API, the parsed body, the request and
// the response, summaries for printing, validation and waiting on the operation it started.

import { redactJson, TimeoutError } from "@clientele/core";
import type { API } from "./api.js";
import { errorFor } from "./errors.js";
import type { OperationEnvelope } from "./types.js";

/** The request of a transaction, as sent (header secrets removed). */
export interface LxdRequest {
  method: string;
  /** The URL as transcripts show it: `http+unix://%2F…/1.0/…` for a socket. */
  url: string;
  headers: Record<string, string>;
  /** The JSON body, when the call sent one. */
  json?: unknown;
}

/** Options of {@link APIResult.wait}. */
export interface WaitOptions {
  /**
   * Seconds the daemon may wait for the operation (LXD's `/wait?timeout=`); default: the client's
   * `timeout` in seconds (30). `-1` waits until the operation ends.
   */
  timeout?: number;
  /** Raise core's `TimeoutError` when the operation is still running at the deadline (default false: return it). */
  raiseOnTimeout?: boolean;
  signal?: AbortSignal;
}

export type MetadataOf<T> = T extends { metadata?: infer M } ? M : unknown;

/** One request and its answer. `data` is the parsed body (the LXD envelope for JSON answers). */
export class APIResult<T = any> {
  /** The client that made the request. */
  readonly api: API;
  /** The parsed response body. */
  readonly data: T;
  readonly request: LxdRequest;
  /** The response (its body has been read into `data`). */
  readonly response: Response;

  constructor(api: API, data: T, request: LxdRequest, response: Response) {
    this.api = api;
    this.data = data;
    this.request = request;
    this.response = response;
  }

  /** HTTP status of the response. */
  get status(): number {
    return this.response.status;
  }

  /** The envelope's `metadata`. */
  get metadata(): MetadataOf<T> {
    return envelope(this.data)?.metadata as MetadataOf<T>;
  }

  /** The `ETag` of a single object (send it back as `If-Match`), if the server sent one. */
  get etag(): string | undefined {
    return this.response.headers.get("etag") ?? undefined;
  }

  /** The operation URL of an async answer (`/1.0/operations/<uuid>`), else `undefined`. */
  get operation(): string | undefined {
    const op = envelope(this.data)?.operation;
    return typeof op === "string" && op ? op : undefined;
  }

  /** `METHOD URL` and the JSON body sent, if any (secrets redacted). */
  requestSummary(): string {
    const head = `${this.request.method} ${this.request.url}`;
    return this.request.json === undefined ? head : `${head}\n${JSON.stringify(redactJson(this.request.json), null, 4)}`;
  }

  /** `HTTP/<status>` and the body (secrets redacted). */
  responseSummary(): string {
    const body = typeof this.data === "string" ? this.data : this.data instanceof Uint8Array ? `<${this.data.byteLength} bytes>` : JSON.stringify(redactJson(this.data), null, 4);
    return body === undefined ? `HTTP/${this.status}` : `HTTP/${this.status}\n${body}`;
  }

  /**
   * Raises if the transaction failed: `APINotFoundException` for HTTP 404, the status's
   * `APIException` for HTTP ≥ 400, `APIException` for an error envelope on a 2xx or for any
   * `metadata.status_code ≥ 400` along the `metadata` chain (a failed or cancelled operation).
   * Returns the result otherwise.
   */
  validate(): this {
    const error = failureOf(this);
    if (error) throw error;
    return this;
  }

  /**
   * Waits for the operation this result started (`GET <operation>/wait?timeout=`), validates the
   * answer (a failed or cancelled operation raises `APIException` with the daemon's `err`) and
   * returns it. A sync result (no operation) is returned as is.
   *
   * On LXD 5.0.2 an expired timeout answers with the operation still running (`status_code` 103);
   * that is returned, unless `raiseOnTimeout` is set.
   */
  async wait(options: WaitOptions = {}): Promise<APIResult<OperationEnvelope>> {
    const operation = this.operation;
    if (!operation) return this as unknown as APIResult<OperationEnvelope>;
    const seconds = options.timeout ?? Math.max(1, Math.round(this.api.timeout / 1000));
    // The HTTP call must outlive the server-side wait.
    const httpTimeout = seconds < 0 || this.api.timeout === 0 ? 0 : seconds * 1000 + this.api.timeout;
    const result = await this.api.get<OperationEnvelope>(`${withoutQuery(operation)}/wait`, {
      query: { timeout: seconds, ...queryOf(operation) },
      timeout: httpTimeout,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const code = result.data?.metadata?.status_code;
    if (options.raiseOnTimeout && typeof code === "number" && code < 200) {
      throw new TimeoutError({
        url: result.request.url,
        timeout: seconds * 1000,
        what: `${result.request.method} ${result.request.url}: operation ${operation} still ${result.data.metadata.status} after ${seconds} s`,
      });
    }
    return result;
  }
}

/** The error a result stands for, or `undefined` when it succeeded. */
export function failureOf(result: APIResult<unknown>, cause?: unknown): Error | undefined {
  const body = envelope(result.data);
  if (result.status >= 400) return errorFor(result, reason(result.data, body?.metadata) || `HTTP ${result.status}`, cause);
  if (!body) return undefined;
  if (body.type === "error") return errorFor(result, reason(result.data, undefined) || `error ${String(body.error_code)}`, cause);
  const failed = failedMetadata(body.metadata);
  if (failed) return errorFor(result, reason(result.data, failed) || `status ${String(failed.status_code)}`, cause);
  return undefined;
}

interface EnvelopeLike {
  type?: unknown;
  error?: unknown;
  error_code?: unknown;
  operation?: unknown;
  metadata?: unknown;
}

function envelope(data: unknown): EnvelopeLike | undefined {
  return data !== null && typeof data === "object" && !Array.isArray(data) && !(data instanceof Uint8Array) ? (data as EnvelopeLike) : undefined;
}

/** The first metadata along the `metadata.metadata…` chain whose `status_code` is ≥ 400. */
function failedMetadata(metadata: unknown): { status_code: number; err?: unknown } | undefined {
  for (let m = metadata, depth = 0; m && typeof m === "object" && !Array.isArray(m) && depth < 32; depth++) {
    const item = m as { status_code?: unknown; metadata?: unknown };
    if (typeof item.status_code === "number" && item.status_code >= 400) return item as { status_code: number };
    m = item.metadata;
  }
  return undefined;
}

/** Why: the server's `error` when non-empty, else the operation's `err`, else the body as JSON. */
function reason(data: unknown, failed: unknown): string {
  const body = envelope(data);
  if (typeof body?.error === "string" && body.error) return body.error.trim();
  const err = (failed as { err?: unknown } | undefined)?.err;
  if (typeof err === "string" && err) return err.trim();
  const nested = failedMetadata(body?.metadata);
  if (nested && typeof nested.err === "string" && nested.err) return nested.err.trim();
  if (typeof data === "string") return data.trim().slice(0, 500);
  if (data === undefined || data === null || data === "") return "";
  try {
    return JSON.stringify(redactJson(data));
  } catch {
    return "";
  }
}

function withoutQuery(url: string): string {
  const i = url.indexOf("?");
  return i < 0 ? url : url.slice(0, i);
}

function queryOf(url: string): Record<string, string> {
  const i = url.indexOf("?");
  return i < 0 ? {} : Object.fromEntries(new URLSearchParams(url.slice(i + 1)));
}

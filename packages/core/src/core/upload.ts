// Presigned uploads: a credential-free PUT of data or a file, streamed, with progress.

import { createTransport, fileSize, fileStream, isFile } from "#platform";
import { ClienteleError } from "./errors.js";
import { isWebStream } from "./raw-body.js";
import { createFetch, type ClienteleFetch } from "./fetch.js";
import { RETRY_POLICY_DEFAULTS } from "./retry.js";
import type { FetchLike } from "./transport.js";

export interface PresignedUploadOptions {
  /** The presigned URL. Its query string (the signature) never appears in errors or logs. */
  url: string;
  /** A plain object or array (sent as compact JSON), a string (as is), or bytes / a Blob. */
  data?: Record<string, unknown> | unknown[] | string | Uint8Array | Blob;
  /**
   * A file to stream from disk in constant memory (Node). Each attempt opens it afresh and the
   * upload closes it when it settles, however it ends. A file that disappears or changes size
   * between attempts fails the upload with a `ClienteleError` naming it, without further retries.
   */
  filePath?: string;
  /** A one-shot stream; sent once, never retried. Give `size` so `Content-Length` can be set. */
  body?: ReadableStream<Uint8Array>;
  /** Byte length of `body`. */
  size?: number;
  /** `Content-Type` to send; none by default, as presigned URLs are often signed without it. */
  contentType?: string;
  /** Called as bytes leave: `(sentBytes, totalBytes)`. */
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
  /**
   * What sends the PUT: a client's fetch (its retries, timeouts and transcripts), or any fetch.
   * Default: core's transport with no retries and a 10-minute per-attempt timeout.
   */
  fetch?: ClienteleFetch | FetchLike;
}

/** Per-attempt timeout of a standalone upload: large files take longer than API calls. */
const UPLOAD_TIMEOUT = 600_000;
let defaultFetch: ClienteleFetch | undefined;

const encoder = new TextEncoder();

/**
 * PUTs to a presigned URL with no client credentials. Resolves when the server accepted the
 * upload; rejects with a typed error otherwise (the signature never appears in it).
 *
 * @example
 * ```ts
 * import { uploadToPresignedUrl } from "@clientele/core";
 * await uploadToPresignedUrl({ url: "https://bucket.example/input?X-Amz-Signature=…", data: { stops: [] } });
 * ```
 */
export async function uploadToPresignedUrl(options: PresignedUploadOptions): Promise<void> {
  if (!options || typeof options !== "object" || typeof options.url !== "string") {
    throw new TypeError("uploadToPresignedUrl({ url, data | filePath | body }): `url` (the presigned URL) is required");
  }
  const fetch = clienteleFetch(options.fetch);
  const sources = [options.data !== undefined, options.filePath !== undefined, options.body !== undefined].filter(Boolean).length;
  if (sources !== 1) {
    throw new TypeError("uploadToPresignedUrl: give exactly one of `data`, `filePath` or `body`");
  }
  const headers: Record<string, string> = {};
  if (options.contentType) headers["content-type"] = options.contentType;
  const progress = options.onProgress;

  let body: BodyInit;
  let bodyFactory: (() => BodyInit) | undefined;
  let total: number;
  // File streams this upload opened; each is closed when its attempt is over and all when the upload settles.
  const fileBodies: AsyncIterable<Uint8Array>[] = [];
  if (options.filePath !== undefined) {
    const path = options.filePath;
    total = uploadableSize(path);
    bodyFactory = () => {
      const previous = fileBodies.at(-1);
      if (previous) {
        closeBody(previous);
        // A file removed or rewritten since the last attempt is no network fault: say so rather than retry.
        const now = uploadableSize(path);
        if (now !== total)
          throw new ClienteleError(`uploadToPresignedUrl: \`filePath\` ${path} changed size during the upload (${total} → ${now} bytes)`);
      }
      let sent = 0;
      progress?.(0, total);
      const stream = fileStream(path, progress && ((n) => progress((sent += n), total)));
      fileBodies.push(stream);
      return stream as unknown as BodyInit;
    };
    body = bodyFactory();
  } else if (options.body !== undefined) {
    total = options.size ?? Number.NaN;
    body = progress ? countingStream(options.body, (sent) => progress(sent, total)) : options.body;
  } else {
    const bytes = toBytes(options.data!);
    total = bytes instanceof Blob ? bytes.size : bytes.byteLength;
    body = bytes as BodyInit;
    // Progress needs the bytes to leave in pieces; each attempt gets a fresh stream over the same bytes.
    if (progress && bytes instanceof Uint8Array && total > PROGRESS_CHUNK) {
      bodyFactory = () => sliceStream(bytes, (sent) => progress(sent, total));
      body = bodyFactory();
    }
  }
  // A streamed body needs its length said (presigned PUTs refuse chunked uploads). Bytes and Blobs
  // are measured by every fetch, and some (Node 20's, over undici 7) refuse a second Content-Length.
  const streamed = options.filePath !== undefined || options.body !== undefined || isWebStream(body);
  if (streamed && Number.isFinite(total)) headers["content-length"] = String(total);

  const displayUrl = withoutQuery(options.url);
  let response: Response;
  try {
    response = await fetch(options.url, {
      method: "PUT",
      headers,
      body,
      bodyFactory,
      signal: options.signal,
      displayUrl,
      secrets: querySecrets(options.url),
    });
  } catch (error) {
    // A file that could not be read mid-transfer reaches here as a "connection" failure: name the file instead.
    throw (options.filePath !== undefined && !fileErrors.has(error as Error) && fileReadFailure(error, options.filePath)) || error;
  } finally {
    // A fetch may give up on a body without closing it (a refused request, a cut connection): close it here.
    for (const stream of fileBodies) closeBody(stream);
  }
  if (options.data !== undefined && !bodyFactory) progress?.(total, total);
  await response.arrayBuffer().catch(() => {});
}

/** A plain fetch gets core's errors and transcripts (no retries); a client's fetch is used as is. */
function clienteleFetch(fetch: ClienteleFetch | FetchLike | undefined): ClienteleFetch {
  if (fetch && (fetch as { clientele?: boolean }).clientele) return fetch as ClienteleFetch;
  if (fetch) return createFetch({ transport: fetch, retry: RETRY_POLICY_DEFAULTS, timeout: UPLOAD_TIMEOUT });
  defaultFetch ??= createFetch({ transport: createTransport({}), retry: RETRY_POLICY_DEFAULTS, timeout: UPLOAD_TIMEOUT });
  return defaultFetch;
}

/**
 * GETs a presigned URL (an output or asset link) with no client credentials and returns the 2xx
 * `Response`, its body unread (stream it, or call `.json()`). The signature never appears in errors.
 *
 * @example
 * ```ts
 * import { downloadFromPresignedUrl } from "@clientele/core";
 * const response = await downloadFromPresignedUrl({ url: "https://bucket.example/output?X-Amz-Signature=…" });
 * const output = await response.json();
 * ```
 */
export async function downloadFromPresignedUrl(options: {
  url: string;
  signal?: AbortSignal;
  fetch?: ClienteleFetch | FetchLike;
}): Promise<Response> {
  const fetch = clienteleFetch(options.fetch);
  return fetch(options.url, {
    method: "GET",
    signal: options.signal,
    displayUrl: withoutQuery(options.url),
    secrets: querySecrets(options.url),
  });
}

/** Errors that already name the file (so they are not wrapped twice). */
const fileErrors = new WeakSet<Error>();

/** The size of a file to upload, or a `ClienteleError` naming it when it cannot be read. */
function uploadableSize(path: string): number {
  let size: number;
  try {
    size = fileSize(path);
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code !== "string") throw cause; // not a file system error (no file system on this platform)
    throw fileError(path, code, cause);
  }
  // A directory has a size too; reading it would fail mid-request, looking like a network fault.
  if (!isFile(path)) throw fileError(path, "not a regular file", undefined);
  return size;
}

function fileError(path: string, code: string, cause: unknown): ClienteleError {
  const error = new ClienteleError(`uploadToPresignedUrl: cannot read \`filePath\` ${path} (${code})`, { cause });
  fileErrors.add(error);
  return error;
}

/** A file system error about `path` somewhere in a failure's causes, as a `ClienteleError` naming the file. */
function fileReadFailure(error: unknown, path: string): ClienteleError | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { syscall, path: failedPath, code } = e as { syscall?: unknown; path?: unknown; code?: unknown };
    if (typeof syscall === "string" && failedPath === path) {
      return fileError(path, String(code ?? syscall), error);
    }
  }
  return undefined;
}

/** Closes a file body (Node streams close their descriptor once, after any read in flight); idempotent. */
function closeBody(stream: AsyncIterable<Uint8Array>): void {
  (stream as { destroy?: () => void }).destroy?.();
}

function toBytes(data: NonNullable<PresignedUploadOptions["data"]>): Uint8Array | Blob {
  if (typeof data === "string") return encoder.encode(data);
  if (data instanceof Uint8Array) return data;
  if (typeof Blob !== "undefined" && data instanceof Blob) return data;
  if (data && typeof data === "object") return encoder.encode(JSON.stringify(data));
  throw new ClienteleError(`uploadToPresignedUrl: \`data\` must be an object, array, string, bytes or Blob, got ${typeof data}`);
}

const PROGRESS_CHUNK = 256 * 1024;

function sliceStream(bytes: Uint8Array, onSent: (sent: number) => void): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.byteLength) return controller.close();
      const end = Math.min(offset + PROGRESS_CHUNK, bytes.byteLength);
      controller.enqueue(bytes.subarray(offset, end));
      onSent((offset = end));
    },
  });
}

function countingStream(source: ReadableStream<Uint8Array>, onSent: (sent: number) => void): ReadableStream<Uint8Array> {
  let sent = 0;
  return source.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        controller.enqueue(chunk);
        onSent((sent += chunk.byteLength));
      },
    }),
  );
}

/** The URL without its query: a presigned URL's signature must not reach a message. */
export function withoutQuery(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}

/** Every query value of a presigned URL: storage servers echo the signature in their errors. */
export function querySecrets(url: string): string[] {
  const query = url.split("#")[0]!.split("?")[1];
  if (!query) return [];
  return query
    .split("&")
    .map((pair) => pair.slice(pair.indexOf("=") + 1))
    .flatMap((value) => {
      let decoded = value;
      try {
        decoded = decodeURIComponent(value.replace(/\+/g, " "));
      } catch {}
      return decoded === value ? [value] : [value, decoded];
    })
    .filter((value) => value.length >= 8);
}

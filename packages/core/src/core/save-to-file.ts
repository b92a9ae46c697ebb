// Saving a downloaded body to a local file, the last step of every "pull"/"download"/"export":
// streamed in constant memory, with progress, and all-or-nothing (see platform's file writer).
import { createFileWriter } from "#platform";
import { isWebStream } from "./raw-body.js";

/** Options of {@link saveToFile}. */
export interface SaveToFileOptions {
  /** Called after each chunk is written, with the bytes written so far and the total when known. */
  onProgress?: (written: number, total: number | undefined) => void;
  /** The expected size (default: a `Response`'s `Content-Length`). */
  total?: number;
  /** Stops the transfer: the partial file is removed and the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** What can be saved: a stream, a `Response` (its body), or an async iterable of bytes. */
export type SaveSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | Response;

/**
 * Writes `source` to the file `path` (Node.js, Bun and Deno; a browser has no files). The bytes go to a
 * temporary file beside `path`, renamed into place once complete: if the transfer fails or is
 * aborted, `path` is left as it was and nothing partial remains.
 *
 * @returns The number of bytes written.
 *
 * @example
 * ```ts
 * import { saveToFile } from "@clientele/core";
 * const response = await fetch("https://example.com/archive.tar.gz");
 * const bytes = await saveToFile(response, "archive.tar.gz", {
 *   onProgress: (written, total) => console.log(`${written} of ${total ?? "?"} bytes`),
 * });
 * ```
 */
export async function saveToFile(source: SaveSource, path: string, options: SaveToFileOptions = {}): Promise<number> {
  if (typeof path !== "string" || !path) throw new TypeError(`saveToFile(): \`path\` must be a file path, got ${JSON.stringify(path)}`);
  const { onProgress, signal } = options;
  let total = options.total;
  let body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | null = source as ReadableStream<Uint8Array>;
  if (isResponse(source)) {
    const length = source.headers.get("content-length");
    if (total === undefined && length !== null && /^\d+$/.test(length)) total = Number(length);
    body = source.body;
  }
  signal?.throwIfAborted();
  const writer = createFileWriter(path);
  let written = 0;
  const stop = () => signal?.throwIfAborted();
  try {
    if (body) {
      for await (const chunk of iterate(body, signal)) {
        stop();
        await writer.write(chunk);
        written += chunk.byteLength;
        onProgress?.(written, total);
      }
    }
    stop();
    await writer.commit();
    return written;
  } catch (error) {
    await writer.abort();
    if (isWebStream(body) && !body.locked) await body.cancel().catch(() => {});
    throw error;
  }
}

/** Whether `value` is a fetch `Response`, by its shape: in Node, naming the `Response` global loads Node's fetch (about 10 ms). */
function isResponse(value: unknown): value is Response {
  return typeof (value as Response | null)?.arrayBuffer === "function" && typeof (value as Response).headers?.get === "function";
}

/**
 * Chunks of a web stream (cancelled when the loop stops early, or at once on abort, even while the
 * stream stalls: the pending read then ends and the caller sees the abort) or of an async iterable.
 */
async function* iterate(body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  if (!isWebStream(body)) {
    yield* body;
    return;
  }
  const reader = body.getReader();
  let finished = false;
  const cancel = () => void reader.cancel(signal?.reason).catch(() => {});
  signal?.addEventListener("abort", cancel, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    signal?.removeEventListener("abort", cancel);
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

// Streamed downloads of what LXD exports (instance backups, images): the answer's body as a
// stream, never buffered, with a progress callback shaped like core's presigned uploads'.

import type { CallOptions } from "@clientele/core";
import type { APIResult } from "./result.js";

/** Options of `api.exportBackup()` and `api.exportImage()`. */
export interface ExportOptions extends CallOptions {
  /** Called as bytes are read: received so far, and the total when the daemon sent a `Content-Length`. */
  onProgress?: (received: number, total: number | undefined) => void;
}

/** An export being downloaded: read `body` (or cancel it) to finish it. */
export interface ExportDownload {
  /** The content, streamed (constant memory): a tarball for backups and unified images. */
  body: ReadableStream<Uint8Array>;
  /** Its size in bytes, when the daemon said (`Content-Length`). */
  size: number | undefined;
  /** The file name the daemon suggests (`Content-Disposition`), if any. */
  filename: string | undefined;
  /** The answer's `Content-Type`. */
  contentType: string | undefined;
}

/** Wraps a typed `parseAs: "stream"` answer as an {@link ExportDownload} counting its bytes. */
export function exportDownload(result: APIResult<ReadableStream<Uint8Array> | null>, options: ExportOptions): ExportDownload {
  const headers = result.response.headers;
  const length = headers.get("content-length");
  const size = length !== null && /^\d+$/.test(length) ? Number(length) : undefined;
  const disposition = headers.get("content-disposition") ?? "";
  const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const source = result.data ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
  const progress = options.onProgress;
  let received = 0;
  const body = progress
    ? source.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            received += chunk.byteLength;
            progress(received, size);
            controller.enqueue(chunk);
          },
        }),
      )
    : source;
  return { body, size, filename, contentType: headers.get("content-type") ?? undefined };
}

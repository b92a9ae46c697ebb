// A response body as the Node transport holds it: chunks pushed by the socket into one reader (a
// sink), read whole, as a web stream or as a Node stream, with backpressure back to the socket.

import type { Readable as NodeReadable } from "node:stream";

const { Readable } = process.getBuiltinModule("node:stream");

/** Where a body's chunks go once someone reads it. `write` returns false when the reader is full. */
export interface Sink {
  write(chunk: Uint8Array): boolean;
  end(): void;
  error(error: unknown): void;
}

/** A body that can be read once. */
export interface BodySource {
  /** Starts delivering to `sink` (chunks already received first). */
  attach(sink: Sink): void;
  /** Asks for more after the sink said it was full. */
  resume(): void;
  /** Stops the transfer; nothing more is delivered. */
  cancel(reason?: unknown): void;
}

/** The whole body as one buffer (no copy for a single chunk). */
export function readAll(source: BodySource): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    source.attach({
      write(chunk) {
        chunks.push(chunk);
        length += chunk.byteLength;
        return true;
      },
      end: () => resolve(chunks.length === 1 ? toBuffer(chunks[0]!) : Buffer.concat(chunks, length)),
      error: reject,
    });
  });
}

/** The body as text, as fetch decodes it: UTF-8, a leading byte order mark dropped. */
export async function readText(source: BodySource): Promise<string> {
  const bytes = await readAll(source);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return bytes.toString("utf8", bom ? 3 : 0);
}

/** The body in an `ArrayBuffer` of its own (small buffers share Node's pool, so always copied). */
export async function readArrayBuffer(source: BodySource): Promise<ArrayBuffer> {
  const bytes = await readAll(source);
  const out = new Uint8Array(bytes.byteLength);
  out.set(bytes);
  return out.buffer;
}

/**
 * The body as a web stream, its chunks passed on as they come. Failures reach the reader through
 * `fail` (typed errors); after a cancel, whatever the socket still delivers is dropped. Four chunks
 * wait for a slow reader before the socket is paused (16 or 64 made pulls to disk no faster and
 * downloads use more memory and CPU).
 */
export function toWebStream(source: BodySource, fail: (error: unknown) => unknown): ReadableStream<Uint8Array> {
  let finished = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        source.attach({
          write(chunk) {
            if (finished) return true;
            controller.enqueue(chunk);
            return (controller.desiredSize ?? 0) > 0;
          },
          end() {
            if (finished) return;
            finished = true;
            controller.close();
          },
          error(error) {
            if (finished) return;
            finished = true;
            controller.error(fail(error));
          },
        });
      },
      pull() {
        source.resume();
      },
      cancel(reason) {
        finished = true;
        source.cancel(reason);
      },
    },
    { highWaterMark: 4 },
  );
}

/** The body as a Node stream (for zlib's decoders). */
export function toNodeStream(source: BodySource): NodeReadable {
  let attached = false;
  const readable: NodeReadable = new Readable({
    read() {
      if (attached) return source.resume();
      attached = true;
      source.attach({
        write: (chunk) => readable.push(chunk),
        end: () => readable.push(null),
        error: (error) => readable.destroy(error as Error),
      });
    },
    destroy(error, callback) {
      source.cancel(error ?? undefined);
      callback(error);
    },
  });
  return readable;
}

/** A Node stream as a body source (a decoder's output). */
export function fromNodeStream(readable: NodeReadable): BodySource {
  return {
    attach(sink) {
      readable.on("data", (chunk: Uint8Array) => {
        if (!sink.write(chunk)) readable.pause();
      });
      readable.once("end", () => sink.end());
      readable.once("error", (error) => sink.error(error));
    },
    resume: () => readable.resume(),
    cancel: (reason) => readable.destroy(reason instanceof Error ? reason : undefined),
  };
}

function toBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

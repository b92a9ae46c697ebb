// Files on disk: config text, permissions, sizes and streamed reads.

import { createReadStream, existsSync, fstatSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";

/** The text of a file, or `undefined` when it does not exist. */
export function readTextFile(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Permission bits of a file (for the "readable by others" warning), or `undefined`. */
export function fileMode(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o777;
  } catch {
    return undefined;
  }
}

/** Size in bytes of a file given by path or open descriptor. */
export function fileSize(pathOrFd: string | number): number {
  return typeof pathOrFd === "number" ? fstatSync(pathOrFd).size : statSync(pathOrFd).size;
}

/** Bytes read from disk per chunk: large enough that per-chunk costs vanish, small enough to keep memory flat. */
const FILE_CHUNK = 1 << 20;

/**
 * A file's bytes, read in 1 MiB chunks so memory stays flat whatever the size. A Node stream (an
 * async iterable), which Node's transport sends without converting it to a web stream and back.
 *
 * The file is opened when the first chunk is pulled, not before: a body that is never sent (the
 * request failed first, a fetch refused it) holds no descriptor. It is read as the consumer pulls
 * (at most a couple of chunks ahead), never in flowing mode: nothing is read, and so nothing lost,
 * before the connection is ready, and `onChunk` counts bytes handed on. Ending, failing or
 * `destroy()` closes the file, once, after any read in flight (Node's file stream does the closing).
 */
export function fileStream(path: string, onChunk?: (bytes: number) => void): AsyncIterable<Uint8Array> {
  return Readable.from(fileChunks(path, onChunk), { objectMode: false, highWaterMark: FILE_CHUNK });
}

async function* fileChunks(path: string, onChunk: ((bytes: number) => void) | undefined): AsyncGenerator<Buffer> {
  const file = createReadStream(path, { highWaterMark: FILE_CHUNK });
  try {
    for await (const chunk of file) {
      onChunk?.((chunk as Buffer).length);
      yield chunk as Buffer;
    }
  } finally {
    // Reached on end, on a read error and when the consumer gives up (Readable.from returns the generator).
    file.destroy();
  }
}

export function homeDir(): string | undefined {
  return homedir();
}

/** Whether a path exists (any kind). */
export function fileExists(path: string): boolean {
  return existsSync(path);
}

/** Whether a path is a regular file. */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Whether a path is a unix socket. */
export function isSocket(path: string): boolean {
  try {
    return statSync(path).isSocket();
  } catch {
    return false;
  }
}

/** A file's bytes; throws Node's error (with its `code`) when it cannot be read. */
export function readFileBytes(path: string): Uint8Array {
  return readFileSync(path);
}

/** Path segments joined with the platform's separator. */
export function joinPath(...parts: string[]): string {
  return join(...parts);
}

/** An environment variable, or `undefined`. */
export function env(name: string): string | undefined {
  return process.env[name];
}

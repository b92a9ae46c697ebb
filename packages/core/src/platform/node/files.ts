// Files on disk: config text, permissions, sizes and streamed reads.

import { createReadStream, existsSync, fstatSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

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

/**
 * A file's bytes, read in 1 MiB chunks so memory stays flat whatever the size. A Node stream (an
 * async iterable), which Node's transport sends without converting it to a web stream and back.
 */
export function fileStream(path: string, onChunk?: (bytes: number) => void): AsyncIterable<Uint8Array> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  if (onChunk) stream.on("data", (chunk) => onChunk((chunk as Buffer).length));
  return stream;
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

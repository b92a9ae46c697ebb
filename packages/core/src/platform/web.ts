// Browsers, Deno, Bun and workers: the global fetch, and no file system.

import type { FetchLike, TransportOptions } from "../core/transport.js";
import type { FileWriter } from "./node/file-writer.js";
import type { WebSocketConnector } from "./node/websocket.js";

// Typed as either build, so code shared by both may ask which one it runs in.
export const platformName: "node" | "web" = "web";

export function createTransport(options: TransportOptions = {}): FetchLike {
  if (options.socketPath || options.tls) {
    throw new TypeError("unix sockets and TLS client options need Node.js; in this runtime pass your own `fetch`");
  }
  return (input, init) => globalThis.fetch(input, init);
}

export function readTextFile(_path: string): string | undefined {
  return undefined;
}

export function fileMode(_path: string): number | undefined {
  return undefined;
}

function noFiles(): never {
  throw new TypeError("file paths need Node.js; in this runtime pass the data, a Blob or a stream instead");
}

export function fileSize(_pathOrFd: string | number): number {
  return noFiles();
}

export function fileStream(_path: string, _onChunk?: (bytes: number) => void): AsyncIterable<Uint8Array> {
  return noFiles();
}

export function homeDir(): string | undefined {
  return undefined;
}

export function fileExists(_path: string): boolean {
  return false;
}

export function isFile(_path: string): boolean {
  return false;
}

export function isSocket(_path: string): boolean {
  return false;
}

export function readFileBytes(_path: string): Uint8Array {
  return noFiles();
}

export function joinPath(...parts: string[]): string {
  return parts.join("/").replace(/\/{2,}/g, "/");
}

/** Deno and Bun have `process.env` too; browsers have no environment. */
export function env(name: string): string | undefined {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
}

export function loadConfigText(
  _path: string,
  _shown: string,
): { data: unknown; lineOf: (...keys: string[]) => number | undefined } | undefined {
  return undefined;
}

/**
 * Websockets over a client's connection settings (unix socket, client certificates) need Node.js. The
 * connector is made when a client is (LXD's constructor): it fails when used, so the client's HTTP calls work.
 */
export function createWebSocketConnector(_options?: TransportOptions, _note?: (text: string) => void): WebSocketConnector {
  return () => Promise.reject(new TypeError("websockets over a client's connection settings need Node.js (undici); this runtime has none"));
}

/** Writing files needs Node.js: a browser has no file system. */
export function createFileWriter(_path: string): FileWriter {
  throw new TypeError("file paths need Node.js; in this runtime read the stream yourself");
}

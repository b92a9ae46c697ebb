// Node's platform: undici with keep-alive pooling, unix sockets, TLS pinning and proxies; files on disk.

import { X509Certificate } from "node:crypto";
import { closeSync, createReadStream, fstatSync, openSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { Readable } from "node:stream";
import { Agent, EnvHttpProxyAgent, buildConnector, fetch as undiciFetch, type Dispatcher } from "undici";
import { LineCounter, parseDocument } from "yaml";
import { ConfigurationError, ConnectionError } from "../core/errors.js";
import type { FetchLike, TransportOptions } from "../core/transport.js";

export const platformName = "node";

/** A fetch over one undici dispatcher, created once per client and reused by every request. */
export function createTransport(options: TransportOptions = {}): FetchLike {
  const dispatcher = createDispatcher(options);
  return (input, init) => undiciFetch(input as string, { ...(init as object), dispatcher } as never) as unknown as Promise<Response>;
}

function createDispatcher(options: TransportOptions): Dispatcher {
  const connections = options.connections ?? 128;
  const tls = options.tls ?? {};
  const connect: Record<string, unknown> = {};
  if (options.socketPath) connect.socketPath = options.socketPath;
  if (tls.cert) connect.cert = toBuffer(tls.cert);
  if (tls.key) connect.key = toBuffer(tls.key);
  if (tls.ca) connect.ca = Array.isArray(tls.ca) ? tls.ca.map(toBuffer) : toBuffer(tls.ca);

  const agentOptions: Agent.Options = { connections, keepAliveTimeout: 10_000, connect };
  if (tls.serverCertificate) agentOptions.connect = pinnedConnector(connect, tls.serverCertificate);

  const useProxy = (options.proxyFromEnv ?? true) && !options.socketPath && !tls.serverCertificate && hasProxyEnv();
  return useProxy ? new EnvHttpProxyAgent(agentOptions) : new Agent(agentOptions);
}

/** A connector that accepts exactly one server certificate and fails before the request is written. */
function pinnedConnector(connect: Record<string, unknown>, pem: string | Uint8Array): buildConnector.connector {
  const expected = new X509Certificate(toBuffer(pem)).fingerprint256;
  const base = buildConnector({ ...connect, rejectUnauthorized: false } as buildConnector.BuildOptions);
  return (opts, callback) =>
    base(opts, (error, socket) => {
      if (error || !socket) return callback(error ?? new Error("no socket"), null);
      const peer = (socket as import("node:tls").TLSSocket).getPeerX509Certificate?.();
      if (peer?.fingerprint256 === expected) return callback(null, socket);
      socket.destroy();
      const host = `${opts.hostname}:${opts.port}`;
      callback(
        new ConnectionError({
          method: "CONNECT",
          url: `${opts.protocol}//${host}`,
          host,
          detail: `the server's certificate (SHA-256 ${peer?.fingerprint256 ?? "none"}) does not match the pinned certificate (SHA-256 ${expected}); nothing was sent`,
        }),
        null,
      );
    });
}

function hasProxyEnv(): boolean {
  const env = process.env;
  return Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
}

function toBuffer(value: string | Uint8Array): Buffer {
  return typeof value === "string" ? Buffer.from(value) : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

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

/** A web stream of a file's bytes, read in chunks so memory stays flat whatever the size. */
export function fileStream(path: string, onChunk?: (bytes: number) => void): ReadableStream<Uint8Array> {
  const fd = openSync(path, "r");
  const stream = createReadStream("", { fd, highWaterMark: 1 << 20 });
  if (onChunk) stream.on("data", (chunk) => onChunk((chunk as Buffer).length));
  stream.on("error", () => closeSync(fd));
  return Readable.toWeb(stream) as unknown as ReadableStream<Uint8Array>;
}

export function homeDir(): string | undefined {
  return homedir();
}

/** Parses a YAML (or JSON, which is YAML) config file with key line numbers; `undefined` when missing. */
export function loadConfigText(
  path: string,
  shown: string,
): { data: unknown; lineOf: (...keys: string[]) => number | undefined } | undefined {
  const text = readTextFile(path);
  if (text === undefined) return undefined;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    const line = lines.linePos(error.pos[0]).line;
    throw new ConfigurationError(`${shown}:${line}: not valid YAML or JSON (${error.message.split("\n")[0]})`, { source: `${shown}:${line}` });
  }
  const lineOf = (...keys: string[]) => {
    const node = doc.getIn(keys, true) as { range?: [number, number, number] } | undefined;
    const pair = keys.length ? (doc.getIn(keys.slice(0, -1), true) as { items?: Array<{ key: { value?: unknown; range?: number[] } }> } | undefined) : undefined;
    const keyNode = pair?.items?.find?.((item) => item.key?.value === keys[keys.length - 1])?.key;
    const offset = keyNode?.range?.[0] ?? node?.range?.[0];
    return offset === undefined ? undefined : lines.linePos(offset).line;
  };
  return { data: doc.toJS({ maxAliasCount: 100 }), lineOf };
}

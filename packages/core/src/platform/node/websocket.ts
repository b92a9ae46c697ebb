// Websockets over the same connection settings as HTTP (unix socket, client certificate, pinned
// server certificate): the handshake is an HTTP upgrade sent through the transport's own
// dispatcher (`createDispatcher`), so a websocket can reach nothing an HTTP request could not;
// the frames (RFC 6455) are read and written here. Not undici's WebSocket: it drops frames still
// queued in its parser when the server closes the TCP connection right after sending them (LXD
// ends exec output that way: the last bytes of a command went missing about 1 run in 300).

import type { Duplex } from "node:stream";
import type { Dispatcher } from "undici";
import { ConnectionError } from "../../core/errors.js";
import type { TransportOptions } from "../../core/transport.js";
import { redactUrl } from "../../internal/redact.js";
import { createDispatcher } from "./dispatcher.js";

/** How one websocket is opened. */
export interface WebSocketOpenOptions {
  /** Extra handshake headers. */
  headers?: Record<string, string>;
  /** Subprotocols offered in the handshake. */
  protocols?: string[];
  /** Aborts the handshake, or closes an open socket (the iteration then rejects with the reason). */
  signal?: AbortSignal;
}

/** How a websocket ended: its close code (1006 when the peer dropped the connection) and reason. */
export interface WebSocketClose {
  code: number;
  reason: string;
}

/**
 * An open websocket: its messages as an async iterator (bytes for binary frames, strings for
 * text frames), `send` that waits while the connection is congested, and `close`.
 */
export interface WebSocketConnection extends AsyncIterable<Uint8Array | string> {
  /** Sends one frame (binary for bytes, text for a string); resolves once the connection can take more. */
  send(data: Uint8Array | string): Promise<void>;
  /** Closes the socket (default code 1000). Idempotent. */
  close(code?: number, reason?: string): void;
  /** Settles when the connection is closed, whoever closed it. */
  readonly closed: Promise<WebSocketClose>;
}

/** Opens websockets to `http(s)://` or `ws(s)://` URLs with one client's connection settings. */
export type WebSocketConnector = (url: string, options?: WebSocketOpenOptions) => Promise<WebSocketConnection>;

/** Receive buffering: reading from the connection pauses above this many unread bytes, resumes below a quarter of it. */
const HIGH_WATER = 8 << 20;
const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
// crypto on the first handshake, not on import: it costs a one-shot script about 2 ms.
const crypto = () => process.getBuiltinModule("node:crypto");
/** `Dispatcher#upgrade` as undici's index would add it, loaded on its own as the transport loads `request()`. */
const upgrade = () =>
  process.getBuiltinModule("node:module").createRequire(import.meta.url)("undici/lib/api/api-upgrade.js") as (
    this: Dispatcher,
    options: Dispatcher.UpgradeOptions & { origin: string },
    callback: (error: Error | null, data: Dispatcher.UpgradeData) => void,
  ) => void;

/**
 * A connector opening websockets with `options`' transport settings: a unix socket path (the URL's
 * host is then ignored), TLS client certificates and a pinned server certificate. One dispatcher
 * serves every websocket of the connector. `note` receives one line per open and close, secrets
 * removed from the URL.
 */
export function createWebSocketConnector(options: TransportOptions = {}, note?: (text: string) => void): WebSocketConnector {
  let dispatcher: Dispatcher | undefined;
  return (url, open = {}) => {
    try {
      dispatcher ??= createDispatcher(options);
      return openWebSocket(new URL(url), options.socketPath !== undefined, dispatcher, open, note);
    } catch (error) {
      return Promise.reject(error);
    }
  };
}

function openWebSocket(
  url: URL,
  overSocket: boolean,
  dispatcher: Dispatcher,
  options: WebSocketOpenOptions,
  note: ((text: string) => void) | undefined,
): Promise<WebSocketConnection> {
  const secure = url.protocol === "https:" || url.protocol === "wss:";
  if (!["http:", "https:", "ws:", "wss:"].includes(url.protocol)) throw new TypeError(`not a websocket URL: ${redactUrl(url)}`);
  const origin = overSocket ? "http://localhost" : `${secure ? "https" : "http"}://${url.host}`;
  const shown = redactUrl(`${secure ? "wss" : "ws"}://${overSocket ? "localhost" : url.host}${url.pathname}${url.search}`);
  const fail = (detail: string, cause?: unknown) =>
    new ConnectionError({ method: "GET", url: shown, host: overSocket ? "the unix socket" : url.host, detail, cause });

  const key = crypto().randomBytes(16).toString("base64");
  const accept = crypto()
    .createHash("sha1")
    .update(key + GUID)
    .digest("base64");
  return new Promise((resolve, reject) => {
    const options_ = {
      origin,
      path: url.pathname + url.search,
      method: "GET" as const,
      protocol: "websocket",
      headers: {
        ...options.headers,
        "sec-websocket-key": key,
        "sec-websocket-version": "13",
        ...(options.protocols?.length ? { "sec-websocket-protocol": options.protocols.join(", ") } : {}),
      },
      ...(options.signal ? { signal: options.signal } : {}),
    };
    // The callback form: it runs as the 101 is parsed, before the socket can emit anything, so no
    // byte the server sends right after its answer (or its close) can pass unseen.
    upgrade().call(dispatcher, options_, (error, data) => {
      if (error) {
        if (options.signal?.aborted) return reject(options.signal.reason);
        return reject(fail(`websocket handshake failed: ${error.message}`, error));
      }
      const socket = data.socket as Duplex;
      if (data.headers["sec-websocket-accept"] !== accept) {
        socket.destroy();
        return reject(fail("websocket handshake failed: wrong Sec-WebSocket-Accept"));
      }
      note?.(`websocket open ${shown}`);
      resolve(connection(socket, options.signal, shown, note, fail));
    });
  });
}

/** The frames of one upgraded connection. */
function connection(
  socket: Duplex,
  signal: AbortSignal | undefined,
  shown: string,
  note: ((text: string) => void) | undefined,
  fail: (detail: string) => ConnectionError,
): WebSocketConnection {
  const queue: Array<Uint8Array | string> = [];
  let queued = 0;
  let wake: (() => void) | undefined;
  let ended = false;
  /** The abort's reason: thrown at once. */
  let failure: unknown;
  /** A broken connection: thrown once what arrived before it has been read. */
  let broken: ConnectionError | undefined;
  let closeSent = false;
  let closing: WebSocketClose | undefined;
  let resolveClosed!: (close: WebSocketClose) => void;
  const closed = new Promise<WebSocketClose>((r) => {
    resolveClosed = r;
  });

  // ---- receiving: parse every byte before the end is seen ('data' always precedes 'end'/'close')
  let chunks: Buffer[] = [];
  let total = 0;
  let needed = 2;
  let fragments: Buffer[] = [];
  let fragmentOpcode = 0;

  const deliver = (message: Uint8Array | string) => {
    queue.push(message);
    queued += typeof message === "string" ? message.length : message.byteLength;
    if (queued > HIGH_WATER) socket.pause();
    wake?.();
  };
  const parse = (): boolean => {
    if (total < needed) return false;
    const buffer = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
    chunks = [buffer];
    /** Not enough bytes yet: parse again once `bytes` have arrived. */
    const wait = (bytes: number) => {
      needed = bytes;
      return false;
    };
    const b0 = buffer[0]!;
    const b1 = buffer[1]!;
    let length = b1 & 0x7f;
    let at = 2;
    if (length === 126) {
      if (total < 4) return wait(4);
      length = buffer.readUInt16BE(2);
      at = 4;
    } else if (length === 127) {
      if (total < 10) return wait(10);
      length = Number(buffer.readBigUInt64BE(2));
      at = 10;
    }
    const masked = (b1 & 0x80) !== 0;
    const end = at + (masked ? 4 : 0) + length;
    if (total < end) return wait(end);
    let payload = buffer.subarray(at + (masked ? 4 : 0), end);
    if (masked) {
      const mask = buffer.subarray(at, at + 4);
      payload = Buffer.from(payload);
      for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i & 3]!;
    }
    const rest = buffer.subarray(end);
    chunks = rest.length ? [rest] : [];
    total = rest.length;
    needed = 2;
    frame((b0 & 0x80) !== 0, b0 & 0x0f, payload);
    return true;
  };
  const frame = (fin: boolean, opcode: number, payload: Buffer) => {
    if (opcode === 0x8) {
      const code = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
      closing ??= { code, reason: payload.subarray(2).toString("utf8") };
      if (!closeSent) sendClose(code === 1005 ? 1000 : code);
      socket.end();
      return;
    }
    if (opcode === 0x9) return void write(encode(0xa, payload)).catch(() => {}); // ping → pong
    if (opcode === 0xa) return;
    if (opcode !== 0) fragmentOpcode = opcode;
    // Payloads are views into the receive buffer: copied once, when kept.
    fragments.push(Buffer.from(payload));
    if (!fin) return;
    const whole = fragments.length === 1 ? fragments[0]! : Buffer.concat(fragments);
    fragments = [];
    const bytes = new Uint8Array(whole.buffer, whole.byteOffset, whole.byteLength);
    deliver(fragmentOpcode === 0x1 ? whole.toString("utf8") : bytes);
  };
  socket.on("data", (chunk: Buffer) => {
    chunks.push(chunk);
    total += chunk.length;
    while (parse()) {}
  });
  socket.on("error", (error) => {
    if (!closeSent && !closing) broken ??= fail(`websocket connection failed: ${error.message}`);
  });
  socket.on("close", () => {
    ended = true;
    signal?.removeEventListener("abort", onAbort);
    const result = closing ?? { code: 1006, reason: "" };
    note?.(`websocket closed ${shown} (${result.code}${result.reason ? ` ${result.reason}` : ""})`);
    resolveClosed(result);
    wake?.();
  });

  // ---- sending (client frames are masked, RFC 6455 5.3)
  const write = (bytes: Buffer): Promise<void> =>
    new Promise((resolve, reject) => {
      if (ended || socket.destroyed || socket.writableEnded) return reject(fail("the websocket is closed"));
      if (socket.write(bytes)) return resolve();
      // Congested: wait for room, unless the connection closes first (then no drain ever comes).
      const settle = () => {
        socket.off("drain", settle);
        socket.off("close", settle);
        if (ended || socket.destroyed) reject(fail("the websocket is closed"));
        else resolve();
      };
      socket.on("drain", settle);
      socket.on("close", settle);
    });
  const sendClose = (code: number, reason = "") => {
    closeSent = true;
    const body = Buffer.alloc(2 + Buffer.byteLength(reason));
    body.writeUInt16BE(code, 0);
    body.write(reason, 2);
    write(encode(0x8, body)).catch(() => {});
  };
  const close = (code = 1000, reason?: string) => {
    if (closeSent || ended) return;
    sendClose(code, reason);
    // The server answers with its close frame and ends the connection; don't wait forever for it.
    setTimeout(() => socket.destroy(), 2000).unref();
  };
  const onAbort = () => {
    failure ??= signal?.reason;
    close(1000);
    wake?.();
  };
  if (signal?.aborted) onAbort();
  else signal?.addEventListener("abort", onAbort, { once: true });

  const connection: WebSocketConnection = {
    closed,
    send(data) {
      const payload = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      return write(encode(typeof data === "string" ? 0x1 : 0x2, payload));
    },
    close,
    async *[Symbol.asyncIterator]() {
      try {
        for (;;) {
          if (failure) throw failure;
          const next = queue.shift();
          if (next !== undefined) {
            queued -= typeof next === "string" ? next.length : next.byteLength;
            if (queued < HIGH_WATER / 4 && socket.isPaused()) socket.resume();
            yield next;
            continue;
          }
          if (ended) {
            if (broken) throw broken;
            return;
          }
          await new Promise<void>((r) => {
            wake = r;
          });
          wake = undefined;
        }
      } finally {
        // `break` out of the loop, or an error in it: the socket is not needed any more.
        close();
      }
    },
  };
  return connection;
}

/** One masked frame. */
function encode(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const size = length < 126 ? 0 : length < 65536 ? 2 : 8;
  const frame = Buffer.allocUnsafe(2 + size + 4 + length);
  frame[0] = 0x80 | opcode;
  frame[1] = 0x80 | (size === 0 ? length : size === 2 ? 126 : 127);
  if (size === 2) frame.writeUInt16BE(length, 2);
  else if (size === 8) frame.writeBigUInt64BE(BigInt(length), 2);
  const maskAt = 2 + size;
  crypto().randomBytes(4).copy(frame, maskAt);
  const mask = frame.subarray(maskAt, maskAt + 4);
  const body = maskAt + 4;
  for (let i = 0; i < length; i++) frame[body + i] = payload[i]! ^ mask[i & 3]!;
  return frame;
}

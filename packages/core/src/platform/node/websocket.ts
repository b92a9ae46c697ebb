// Websockets over the same connection settings as HTTP (unix socket, client certificate, pinned
// server certificate): undici's WebSocket given a dispatcher built by the transport's own
// `createDispatcher`, so a websocket can reach nothing an HTTP request could not.

import { WebSocket, type Dispatcher } from "undici";
import { ConnectionError } from "../../core/errors.js";
import type { TransportOptions } from "../../core/transport.js";
import { redactUrl } from "../../internal/redact.js";
import { createDispatcher } from "./transport.js";

/** How one websocket is opened. */
export interface WebSocketOpenOptions {
  /** Extra handshake headers. */
  headers?: Record<string, string>;
  /** Subprotocols offered in the handshake. */
  protocols?: string[];
  /** Aborts the handshake, or closes an open socket. */
  signal?: AbortSignal;
}

/** How a websocket ended: its close code (1006 when the peer dropped the connection) and reason. */
export interface WebSocketClose {
  code: number;
  reason: string;
}

/**
 * An open websocket: its messages as an async iterator (bytes for binary frames, strings for
 * text frames), `send` that waits while too much is buffered, and `close`.
 */
export interface WebSocketConnection extends AsyncIterable<Uint8Array | string> {
  /** Sends one frame (binary for bytes, text for a string); resolves once the send buffer has room again. */
  send(data: Uint8Array | string): Promise<void>;
  /** Closes the socket (default code 1000). Idempotent. */
  close(code?: number, reason?: string): void;
  /** Settles when the socket is closed, whoever closed it. */
  readonly closed: Promise<WebSocketClose>;
}

/** Opens websockets to `http(s)://` or `ws(s)://` URLs with one client's connection settings. */
export type WebSocketConnector = (url: string, options?: WebSocketOpenOptions) => Promise<WebSocketConnection>;

/** Bytes buffered by `send` before it waits for the socket to drain. */
const HIGH_WATER = 1 << 20;
/** Whether a debug hook was given to see opens and closes (URLs with secrets removed). */
type Note = (text: string) => void;

/**
 * A connector opening websockets with `options`' transport settings: a unix socket path (the URL's
 * host is then ignored), TLS client certificates and a pinned server certificate. One dispatcher
 * serves every websocket of the connector. `note` receives one line per open and close, secrets
 * removed from the URL.
 */
export function createWebSocketConnector(options: TransportOptions = {}, note?: Note): WebSocketConnector {
  let dispatcher: Dispatcher | undefined;
  return (url, open = {}) => {
    dispatcher ??= createDispatcher(options);
    return openWebSocket(wsUrl(url, options.socketPath !== undefined), dispatcher, open, note);
  };
}

/** `http(s)` becomes `ws(s)`; over a unix socket the host is a placeholder. */
function wsUrl(url: string, socket: boolean): string {
  const parsed = new URL(url);
  if (parsed.protocol === "http:") parsed.protocol = "ws:";
  else if (parsed.protocol === "https:") parsed.protocol = "wss:";
  if (parsed.protocol !== "ws:" && parsed.protocol !== "wss:") throw new TypeError(`not a websocket URL: ${redactUrl(url)}`);
  if (socket) parsed.host = "localhost";
  return parsed.href;
}

function openWebSocket(
  url: string,
  dispatcher: Dispatcher,
  options: WebSocketOpenOptions,
  note: Note | undefined,
): Promise<WebSocketConnection> {
  const shown = redactUrl(url);
  const { signal } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const ws = new WebSocket(url, {
      dispatcher,
      ...(options.protocols ? { protocols: options.protocols } : {}),
      ...(options.headers ? { headers: options.headers } : {}),
    });
    ws.binaryType = "arraybuffer";
    const queue: Array<Uint8Array | string> = [];
    let wake: (() => void) | undefined;
    let ended: WebSocketClose | undefined;
    let failure: unknown;
    let opened = false;
    let resolveClosed!: (close: WebSocketClose) => void;
    const closed = new Promise<WebSocketClose>((r) => {
      resolveClosed = r;
    });
    const onAbort = () => {
      failure ??= signal?.reason;
      ws.close(1000);
      if (!opened) reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });

    ws.onmessage = (event) => {
      const data = event.data as ArrayBuffer | string;
      queue.push(typeof data === "string" ? data : new Uint8Array(data));
      wake?.();
    };
    ws.onerror = (event) => {
      if (opened) return; // a close event follows
      const cause = (event as unknown as { error?: unknown }).error;
      signal?.removeEventListener("abort", onAbort);
      reject(
        new ConnectionError({
          method: "GET",
          url: shown,
          host: new URL(url).host,
          cause,
          detail: `websocket handshake failed${cause instanceof Error ? `: ${cause.message}` : ""}`,
        }),
      );
    };
    ws.onclose = (event) => {
      signal?.removeEventListener("abort", onAbort);
      ended = { code: event.code, reason: event.reason };
      note?.(`websocket closed ${shown} (${event.code}${event.reason ? ` ${event.reason}` : ""})`);
      resolveClosed(ended);
      wake?.();
    };
    ws.onopen = () => {
      opened = true;
      note?.(`websocket open ${shown}`);
      resolve(connection);
    };

    const connection: WebSocketConnection = {
      closed,
      async send(data) {
        if (ended) throw new ConnectionError({ method: "SEND", url: shown, host: new URL(url).host, detail: "the websocket is closed" });
        ws.send(data);
        // WHATWG websockets buffer without limit: wait for room so a large stdin stays in constant memory.
        for (let i = 0; ws.bufferedAmount > HIGH_WATER && !ended && i < 1e7; i++) await new Promise((r) => setTimeout(r, 1));
      },
      close(code = 1000, reason) {
        if (ws.readyState === WebSocket.CLOSING || ws.readyState === WebSocket.CLOSED) return;
        ws.close(code, reason);
      },
      async *[Symbol.asyncIterator]() {
        try {
          for (;;) {
            const next = queue.shift();
            if (next !== undefined) {
              yield next;
              continue;
            }
            if (ended) {
              if (failure) throw failure;
              return;
            }
            await new Promise<void>((r) => {
              wake = r;
            });
            wake = undefined;
          }
        } finally {
          // `break` out of the loop, or an error in it: the socket is not needed any more.
          connection.close();
        }
      },
    };
  });
}

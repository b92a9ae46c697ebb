// One scriptable, misbehaving HTTP server for every test in the repository: a real `node:http`
// server on 127.0.0.1 (or a unix socket) whose answers are scripted one request at a time, from
// well-behaved statuses to the faults real networks produce (resets, stalls, truncated or corrupt
// bodies, proxy error pages, redirect loops). It counts requests per method and destroys every
// socket on close. The package tests use the thin adapters at the bottom, which keep the shapes
// their suites were written against.

import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** A request as the server saw it. */
export interface Received {
  method: string;
  /** Path and query, as sent (percent-encoding intact). */
  url: string;
  headers: IncomingHttpHeaders;
  /** The raw body (at most `keepBodyBytes` of it). */
  body: Buffer;
  /** The body as UTF-8 text. */
  text: string;
  /** The body parsed as JSON, or `undefined` when empty or not JSON. */
  json: unknown;
}

/** The named faults, each a way real servers, proxies and networks misbehave. */
export const FAULTS = [
  "reset-before-headers",
  "reset-mid-body",
  "stall-headers",
  "stall-body",
  "truncated-json",
  "html-502",
  "empty-200",
  "corrupt-gzip",
  "redirect-loop",
  "short-content-length",
] as const;
export type FaultName = (typeof FAULTS)[number];

/** A plain answer: status, headers, and a body (`json` serialized, `text`/`body` sent as is). */
export interface StatusAnswer {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  text?: string;
  body?: string | Buffer;
}

/** What the server does with one request. Functions get the request, the response and what was received. */
export type Behaviour = StatusAnswer | FaultName | ((req: IncomingMessage, res: ServerResponse, received: Received) => void);

export interface ScriptedServerOptions {
  /** Listen on this unix socket instead of 127.0.0.1 (the file is removed first and on close). */
  socketPath?: string;
  /** Bytes of each request body kept in `received` (the rest is read and dropped); default 16 MiB. */
  keepBodyBytes?: number;
  /** The answer when the script is empty; default 200 `{"ok":true}`. */
  fallback?: Behaviour;
  /** Called with each request once its body has been read. */
  onReceived?: (received: Received) => void;
}

export interface ScriptedServer {
  /** `http://127.0.0.1:<port>` (or `http://localhost` for a unix socket). */
  url: string;
  port: number | undefined;
  socketPath: string | undefined;
  /** Requests whose body was read, in order. */
  received: Received[];
  /** Requests whose headers arrived: all of them, or those of one method. */
  count(method?: string): number;
  /** Requests per method, e.g. `{ GET: 3 }`. */
  counts(): Record<string, number>;
  /** Behaviours for the next requests, in order. */
  script(...behaviours: Behaviour[]): void;
  /** The behaviour once the script is empty (every request, when nothing is scripted). */
  always(behaviour: Behaviour): void;
  /** Forgets the script, the fallback, received requests and counts. */
  reset(): void;
  /** Stops listening and destroys every socket, stalled ones included. */
  close(): Promise<void>;
}

const OK: Behaviour = { status: 200, json: { ok: true } };

/** Starts a scripted server. Every wait it creates ends when it is closed. */
export async function startScriptedServer(options: ScriptedServerOptions = {}): Promise<ScriptedServer> {
  const keep = options.keepBodyBytes ?? 16 << 20;
  const queue: Behaviour[] = [];
  let fallback: Behaviour = options.fallback ?? OK;
  const received: Received[] = [];
  const perMethod = new Map<string, number>();
  const sockets = new Set<Socket>();
  let closed = false;

  const server: Server = createServer(async (req, res) => {
    perMethod.set(req.method!, (perMethod.get(req.method!) ?? 0) + 1);
    const behaviour = queue.length ? queue.shift()! : fallback;
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of req) {
        const piece = chunk as Buffer;
        if (size < keep) chunks.push(piece.subarray(0, keep - size));
        size += piece.length;
      }
    } catch {
      return; // the client went away while sending
    }
    const body = Buffer.concat(chunks);
    const text = body.toString("utf8");
    let json: unknown;
    try {
      json = body.length ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    const entry: Received = { method: req.method!, url: req.url!, headers: req.headers, body, text, json };
    received.push(entry);
    options.onReceived?.(entry);
    if (closed) return void req.socket.destroy();
    try {
      act(behaviour, req, res, entry);
    } catch {
      req.socket.destroy();
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
  });
  server.on("clientError", (_error, socket) => socket.destroy());

  const socketPath = options.socketPath;
  if (socketPath) rmSync(socketPath, { force: true });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    if (socketPath) server.listen(socketPath, resolve);
    else server.listen(0, "127.0.0.1", resolve);
  });
  const port = socketPath ? undefined : (server.address() as AddressInfo).port;

  return {
    url: socketPath ? "http://localhost" : `http://127.0.0.1:${port}`,
    port,
    socketPath,
    received,
    count: (method) => (method ? (perMethod.get(method.toUpperCase()) ?? 0) : [...perMethod.values()].reduce((a, b) => a + b, 0)),
    counts: () => Object.fromEntries(perMethod),
    script: (...behaviours) => void queue.push(...behaviours),
    always: (behaviour) => void (fallback = behaviour),
    reset: () => {
      queue.length = 0;
      received.length = 0;
      perMethod.clear();
      fallback = options.fallback ?? OK;
    },
    close: () =>
      new Promise<void>((resolve) => {
        closed = true;
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          if (socketPath) rmSync(socketPath, { force: true });
          resolve();
        });
        server.closeAllConnections?.();
      }),
  };
}

/** Sends a TCP reset (RST), not a polite FIN, where the platform can. */
function reset(socket: Socket): void {
  if (typeof (socket as Socket & { resetAndDestroy?: () => void }).resetAndDestroy === "function") socket.resetAndDestroy();
  else socket.destroy();
}

/** Writes raw bytes: for answers `node:http` would refuse or fix (a body shorter than its length). */
function raw(socket: Socket, head: string[], body: Buffer | string): void {
  socket.write(`${head.join("\r\n")}\r\n\r\n`);
  socket.end(body);
}

function act(behaviour: Behaviour, req: IncomingMessage, res: ServerResponse, entry: Received): void {
  if (typeof behaviour === "function") {
    behaviour(req, res, entry);
    return;
  }
  if (typeof behaviour === "object") {
    const { status, headers = {}, json, text, body } = behaviour;
    const payload = json !== undefined ? JSON.stringify(json) : (text ?? body ?? "");
    const type =
      json !== undefined
        ? "application/json"
        : text !== undefined
          ? "text/plain"
          : body !== undefined
            ? "application/octet-stream"
            : "application/json";
    res.writeHead(status, { "content-type": type, ...headers });
    res.end(payload);
    return;
  }
  const socket = req.socket;
  switch (behaviour) {
    case "reset-before-headers":
      reset(socket);
      return;
    case "reset-mid-body":
      res.writeHead(200, { "content-type": "application/json", "content-length": "64" });
      res.write('{"items":[1,2,');
      setTimeout(() => reset(socket), 20).unref();
      return;
    case "stall-headers":
      return; // never answers; the socket is destroyed on close
    case "stall-body":
      res.writeHead(200, { "content-type": "application/json", "content-length": "64" });
      res.write('{"items":[1,2,');
      return;
    case "truncated-json": {
      const cut = '{"items":[{"id":1},{"id":';
      res.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(cut)) });
      res.end(cut);
      return;
    }
    case "html-502": {
      const page =
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
      res.writeHead(502, { "content-type": "text/html", server: "nginx", "content-length": String(Buffer.byteLength(page)) });
      res.end(page);
      return;
    }
    case "empty-200":
      res.writeHead(200, { "content-type": "application/json", "content-length": "0" });
      res.end();
      return;
    case "corrupt-gzip": {
      // A gzip magic number and header, then bytes that are no deflate stream.
      const bytes = Buffer.concat([
        Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03]),
        Buffer.from([0xff, 0xff, 0xff]),
        randomBytes(29),
      ]);
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": String(bytes.length) });
      res.end(bytes);
      return;
    }
    case "redirect-loop": {
      // `/x` → `/x?redirected=1` → `/x` → …, as a misconfigured login or proxy does.
      const back = entry.url.replace(/[?&]redirected=1$/, "");
      const location = back !== entry.url ? back : `${entry.url}${entry.url.includes("?") ? "&" : "?"}redirected=1`;
      res.writeHead(302, { location, "content-length": "0" });
      res.end();
      return;
    }
    case "short-content-length":
      raw(socket, ["HTTP/1.1 200 OK", "Content-Type: application/json", "Content-Length: 100", "Connection: close"], '{"items":[1,2,3]');
      return;
  }
}

/** A URL of 127.0.0.1 where nothing listens: connecting is refused. */
export async function closedPort(): Promise<string> {
  return `http://127.0.0.1:${await unusedPort()}`;
}

/** A local port with nothing listening on it. */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// ---- adapters with the shapes the package suites use -------------------------------------------

/** @clientele/core's suites: `script()` behaviours, `received` with raw bodies. */
export type CoreBehaviour =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | "reset" // destroy the socket before any header
  | "stall-headers" // never answer
  | "stall-body" // send headers and part of the body, then hang
  | ((req: IncomingMessage, res: ServerResponse, body: Buffer) => void);

export interface TestServer {
  url: string;
  received: Array<Pick<Received, "method" | "url" | "headers" | "body">>;
  /** Behaviours for the next requests; when empty, answers 200 `{"ok":true}`. */
  script(...behaviours: CoreBehaviour[]): void;
  /** Forgets scripted behaviours and received requests. */
  reset(): void;
  close(): Promise<void>;
}

export async function startServer(options: { keepBodyBytes?: number } = {}): Promise<TestServer> {
  const server = await startScriptedServer({ keepBodyBytes: options.keepBodyBytes });
  const toBehaviour = (b: CoreBehaviour): Behaviour => {
    if (b === "reset") return (req) => req.socket.destroy();
    if (b === "stall-headers" || b === "stall-body") return b;
    if (typeof b === "function") return (req, res, r) => b(req, res, r.body);
    const body = b.body;
    return (_req, res) => {
      const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
      res.writeHead(b.status, { "content-type": typeof body === "string" ? "text/plain" : "application/json", ...b.headers });
      res.end(text);
    };
  };
  return {
    url: server.url,
    received: server.received,
    script: (...behaviours) => server.script(...behaviours.map(toBehaviour)),
    reset: () => server.reset(),
    close: () => server.close(),
  };
}

/** @clientele/abeja's suites: `reply()` answers, `requests` with raw and parsed bodies. */
export type Reply =
  | { status?: number; json?: unknown; text?: string; headers?: Record<string, string> }
  | { hang: true }
  | ((res: ServerResponse, req: Recorded) => void);
export type Recorded = Pick<Received, "method" | "url" | "headers" | "body" | "json">;

export interface RecordingServer {
  url: string;
  requests: Recorded[];
  reply(...replies: Reply[]): void;
  clear(): void;
  close(): Promise<void>;
}

export async function recordingServer(): Promise<RecordingServer> {
  const server = await startScriptedServer();
  const toBehaviour = (r: Reply): Behaviour => {
    if (typeof r === "function") return (_req, res, received) => r(res, received);
    if ("hang" in r) return "stall-headers";
    const status = r.status ?? 200;
    if (r.text !== undefined) return { status, text: r.text, headers: r.headers };
    return r.json !== undefined ? { status, json: r.json, headers: r.headers } : { status, headers: r.headers };
  };
  return {
    url: server.url,
    requests: server.received,
    reply: (...replies) => server.script(...replies.map(toBehaviour)),
    clear: () => server.reset(),
    close: () => server.close(),
  };
}

/** @clientele/nextmv's suites: `answer()`s, `seen` with text bodies. */
export interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}
export type Answer =
  | { status: number; json?: unknown; text?: string; headers?: Record<string, string> }
  | "hang"
  | ((req: IncomingMessage, res: ServerResponse, body: string) => void);

export interface ScriptedServerCompat {
  url: string;
  seen: Seen[];
  /** Answers for the next requests, in order; afterwards every request gets 200 `{"ok":true}`. */
  answer(...answers: Answer[]): void;
  close(): Promise<void>;
}

export async function scriptedServer(): Promise<ScriptedServerCompat> {
  const seen: Seen[] = [];
  const server = await startScriptedServer({
    onReceived: (r) => seen.push({ method: r.method, url: r.url, headers: r.headers, body: r.text }),
  });
  const toBehaviour = (a: Answer): Behaviour => {
    if (a === "hang") return "stall-headers";
    if (typeof a === "function") return (req, res, r) => a(req, res, r.text);
    return a.json !== undefined
      ? { status: a.status, json: a.json, headers: a.headers }
      : { status: a.status, text: a.text ?? "", headers: a.headers };
  };
  return {
    url: server.url,
    seen,
    answer: (...answers) => server.script(...answers.map(toBehaviour)),
    close: () => server.close(),
  };
}

/** Every variable the ABEJA client reads, emptied by its suites so the developer's environment cannot leak in. */
export const ABEJA_ENV = [
  "PLATFORM_AUTH_TOKEN",
  "ABEJA_PLATFORM_USER_ID",
  "ABEJA_PLATFORM_PERSONAL_ACCESS_TOKEN",
  "ABEJA_PLATFORM_DATASOURCE_ID",
  "ABEJA_PLATFORM_DATASOURCE_SECRET",
  "ABEJA_API_URL",
  "ABEJA_SDK_CONNECTION_TIMEOUT",
  "ABEJA_SDK_MAX_RETRY_COUNT",
  "DEBUG",
] as const;

// A scriptable HTTP server on 127.0.0.1 for tests: each request takes the next behaviour.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

export type Behaviour =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | "reset" // destroy the socket before any header
  | "stall-headers" // never answer
  | "stall-body" // send headers and part of the body, then hang
  | ((req: IncomingMessage, res: ServerResponse, body: Buffer) => void);

export interface TestServer {
  url: string;
  received: Received[];
  /** Behaviours for the next requests; when empty, answers 200 `{"ok":true}`. */
  script(...behaviours: Behaviour[]): void;
  /** Forgets scripted behaviours and received requests. */
  reset(): void;
  close(): Promise<void>;
}

export async function startServer(options: { drainBody?: boolean } = {}): Promise<TestServer> {
  const queue: Behaviour[] = [];
  const received: Received[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (options.drainBody === false || size < 16 << 20) chunks.push(chunk as Buffer);
    }
    received.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) });
    const next = queue.shift() ?? { status: 200, body: { ok: true } };
    if (typeof next === "function") return next(req, res, Buffer.concat(chunks));
    if (next === "reset") return req.socket.destroy();
    if (next === "stall-headers") return;
    if (next === "stall-body") {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"partial":');
      return;
    }
    const text = next.body === undefined ? "" : typeof next.body === "string" ? next.body : JSON.stringify(next.body);
    res.writeHead(next.status, { "content-type": typeof next.body === "string" ? "text/plain" : "application/json", ...next.headers });
    res.end(text);
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    script: (...b) => queue.push(...b),
    reset: () => {
      queue.length = 0;
      received.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on. */
export async function closedPort(): Promise<string> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return `http://127.0.0.1:${port}`;
}

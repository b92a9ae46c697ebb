// A real HTTP server on 127.0.0.1 whose answers are scripted one request at a time.

import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

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

export interface ScriptedServer {
  url: string;
  seen: Seen[];
  /** Answers for the next requests, in order; afterwards every request gets 200 `{"ok":true}`. */
  answer(...answers: Answer[]): void;
  close(): Promise<void>;
}

export async function scriptedServer(): Promise<ScriptedServer> {
  const queue: Answer[] = [];
  const seen: Seen[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
    const next = queue.shift() ?? { status: 200, json: { ok: true } };
    if (next === "hang") return;
    if (typeof next === "function") return next(req, res, body);
    const text = next.json !== undefined ? JSON.stringify(next.json) : (next.text ?? "");
    res.writeHead(next.status, { "content-type": next.json !== undefined ? "application/json" : "text/plain", ...next.headers });
    res.end(text);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    answer: (...answers) => queue.push(...answers),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A local port with nothing listening on it. */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

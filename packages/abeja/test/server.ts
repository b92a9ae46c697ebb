// A recording HTTP server on 127.0.0.1: every request is kept (method, url, headers, raw body)
// and answered by the next scripted reply, or 200 `{"ok":true}` when none is left.

import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface Recorded {
  method: string;
  /** Path and query, as sent (percent-encoding intact). */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The body parsed as JSON, or `undefined` when empty or not JSON. */
  json: unknown;
}

export type Reply =
  | { status?: number; json?: unknown; text?: string; headers?: Record<string, string> }
  | { hang: true }
  | ((res: ServerResponse, req: Recorded) => void);

export interface RecordingServer {
  url: string;
  requests: Recorded[];
  reply(...replies: Reply[]): void;
  clear(): void;
  close(): Promise<void>;
}

export async function recordingServer(): Promise<RecordingServer> {
  const replies: Reply[] = [];
  const requests: Recorded[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    let json: unknown;
    try {
      json = body.length ? JSON.parse(body.toString("utf8")) : undefined;
    } catch {
      json = undefined;
    }
    const recorded: Recorded = { method: req.method!, url: req.url!, headers: req.headers, body, json };
    requests.push(recorded);
    const next = replies.shift() ?? { json: { ok: true } };
    if (typeof next === "function") return next(res, recorded);
    if ("hang" in next) return;
    const text = next.text ?? (next.json === undefined ? "" : JSON.stringify(next.json));
    const type = next.text !== undefined ? "text/plain" : "application/json";
    res.writeHead(next.status ?? 200, { "content-type": type, ...next.headers });
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
    requests,
    reply: (...r) => replies.push(...r),
    clear: () => {
      replies.length = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Empties every variable the client reads, so the developer's own environment cannot leak in. */
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

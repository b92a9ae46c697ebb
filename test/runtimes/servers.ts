// The servers every runtime's smoke suite talks to, started once in the vitest (Node) process:
// @clientele/testing's mock servers for Nextmv, LXD and ABEJA (with their `cors` option, so a
// browser page on another origin can call them), a scripted server for what a mock cannot do (a 404
// with a reason, a 429 then 200, a slow answer, a presigned PUT sink), a unix socket for LXD, and a
// forward proxy for the runs with `HTTP_PROXY` set.
import { rmSync } from "node:fs";
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo, createConnection, createServer as createNetServer, type Server as NetServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startMockServer, type MockServer } from "@clientele/testing";
import { startScriptedServer, type Received } from "../support/scripted-server.js";

/** What `smoke(env)` (test/runtimes/smoke.mjs) takes. */
export interface SmokeEnv {
  runtime: string;
  servers: { nextmv: string; lxd: string; abeja: string; scripted: string };
  /** LXD's mock behind a unix socket; absent where the runtime has no sockets (browsers). */
  lxdSocket?: string;
  /** The Nextmv API key the suite uses: it must never appear in an error. */
  apiKey: string;
}

export interface RuntimeServers {
  /** The env for one runtime (`runtime` is filled in by the caller). */
  env: Omit<SmokeEnv, "runtime">;
  /** A forward HTTP proxy to every server, for runs with `HTTP_PROXY` set, and the origins (`host:port`) it carried traffic to. */
  proxy: { url: string; origins: Set<string> };
  /** Bytes received by the presigned PUT sink, by key (the path after `/upload/`). */
  uploads: Map<string, number>;
  close(): Promise<void>;
}

/** Headers that let any origin call, with any method and header, and read every response header. */
export const CORS_HEADERS: Record<string, string> = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS",
  "access-control-allow-headers": "*",
  "access-control-expose-headers": "*",
  "access-control-max-age": "600",
};

/** A fake API key: recognisable, so a leak is easy to spot in the output. */
export const SMOKE_API_KEY = "smoke-secret-key-3f9c2a";

/** How long the slow route waits before answering (the suite's timeout is far shorter). */
const SLOW_ANSWER_MS = 5_000;

/**
 * Starts every server the smoke suite needs.
 * @param options.lxdSocket - false to skip the unix socket (a browser cannot use it anyway).
 */
export async function startRuntimeServers(options: { lxdSocket?: boolean } = {}): Promise<RuntimeServers> {
  const closers: Array<() => Promise<void>> = [];
  try {
    const mocks = {} as Record<"nextmv" | "lxd" | "abeja", MockServer>;
    const mockUrls: Record<"nextmv" | "lxd" | "abeja", string> = { nextmv: "", lxd: "", abeja: "" };
    for (const api of ["nextmv", "lxd", "abeja"] as const) {
      // cors: preflights answered (not recorded), Allow-Origin and Expose-Headers on every answer.
      const mock = await startMockServer(api, { cors: true });
      mocks[api] = mock;
      closers.push(() => mock.close());
      mockUrls[api] = mock.url;
    }
    const uploads = new Map<string, number>();
    const scripted = await startScriptedRoutes(uploads);
    closers.push(scripted.close);
    const proxy = await startForwardProxy();
    closers.push(proxy.close);
    let lxdSocket: string | undefined;
    if (options.lxdSocket !== false) {
      const socket = await startSocketPipe(mocks.lxd.port);
      closers.push(socket.close);
      lxdSocket = socket.path;
    }
    return {
      env: { servers: { ...mockUrls, scripted: scripted.url }, lxdSocket, apiKey: SMOKE_API_KEY },
      uploads,
      proxy: { url: proxy.url, origins: proxy.origins },
      close: () => closeAll(closers),
    };
  } catch (error) {
    await closeAll(closers);
    throw error;
  }
}

async function closeAll(closers: Array<() => Promise<void>>): Promise<void> {
  await Promise.all(closers.reverse().map((close) => close().catch(() => {})));
}

function withCors(res: ServerResponse): void {
  for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
}

/**
 * A forward proxy as `HTTP_PROXY` names one: absolute-form requests (`GET http://host/path`) are
 * forwarded, and CONNECT opens a tunnel (undici's proxy agent tunnels even plain http). It records
 * the origins (`host:port`) it carried traffic to.
 */
async function startForwardProxy(): Promise<{ url: string; origins: Set<string>; close(): Promise<void> }> {
  const origins = new Set<string>();
  const tunnels = new Set<Socket>();
  const server = createHttpServer((req, res) => {
    let target: URL;
    try {
      target = new URL(req.url ?? "");
    } catch {
      res.writeHead(400, { "content-type": "text/plain" }).end("a proxy needs an absolute URL");
      return;
    }
    origins.add(target.host);
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: target.pathname + target.search, headers: req.headers },
      (answer: IncomingMessage) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    res.on("close", () => upstream.destroy());
    req.pipe(upstream);
  });
  server.on("connect", (req: IncomingMessage, client: Socket, head: Buffer) => {
    const [host, port] = (req.url ?? "").split(":");
    origins.add(req.url ?? "");
    const upstream = createConnection({ host, port: Number(port) }, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      if (head.length) upstream.write(head);
      client.pipe(upstream).pipe(client);
    });
    track(tunnels, client, upstream);
  });
  const { url, close } = await listen(server);
  return {
    url,
    origins,
    close: async () => {
      for (const s of tunnels) s.destroy();
      await close();
    },
  };
}

async function listen(server: ReturnType<typeof createHttpServer>): Promise<{ url: string; close(): Promise<void> }> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * The scripted routes (every answer with CORS headers; any preflight gets 204):
 * - `/not-found/…`: 404 with a reason in the shapes of all three APIs (`error`, `error_description`, `message`);
 * - `/retry/<key>/…`: 429 with `Retry-After: 1` the first time a key is seen, then 200 `{ id: <key> }`;
 * - `/slow/…`: 200 after 5 s (the suite's timeout is shorter);
 * - `PUT /upload/<key>?X-Amz-Signature=…`: a presigned PUT sink counting bytes (GET `/uploaded/<key>` tells them);
 * - `/denied/…`: 403, for a presigned URL whose signature must stay out of the error.
 */
async function startScriptedRoutes(uploads: Map<string, number>): Promise<{ url: string; close(): Promise<void> }> {
  const retried = new Set<string>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };
  const route = (req: IncomingMessage, res: ServerResponse, received: Received) => {
    withCors(res);
    const url = new URL(received.url, "http://x");
    const [first, key = ""] = url.pathname.split("/").filter(Boolean);
    if (req.method === "OPTIONS") return void res.writeHead(204).end();
    switch (first) {
      case "not-found": {
        const reason = "no such thing: smoke-missing";
        return json(res, 404, { type: "error", error: reason, error_code: 404, error_description: "smoke-missing", message: reason });
      }
      case "retry":
        if (!retried.has(key)) {
          retried.add(key);
          return json(res, 429, { error: "slow down" }, { "retry-after": "1" });
        }
        return json(res, 200, { id: key, ok: true });
      case "slow": {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) json(res, 200, { id: "slow", ok: true });
        }, SLOW_ANSWER_MS);
        timers.add(timer);
        return;
      }
      case "upload":
        if (req.method !== "PUT") return json(res, 405, { error: "PUT only" });
        uploads.set(key, (uploads.get(key) ?? 0) + received.body.length);
        return void res.writeHead(200).end();
      case "uploaded":
        return json(res, 200, { bytes: uploads.get(key) ?? 0 });
      case "denied":
        return json(res, 403, { error: "signature does not match" });
      default:
        return json(res, 404, { error: `no route ${url.pathname}` });
    }
  };
  const server = await startScriptedServer({ fallback: route });
  return {
    url: server.url,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      await server.close();
    },
  };
}

/** Keeps both ends of a piped connection in `open` until closed; an error on either end closes both. */
function track(open: Set<Socket>, client: Socket, upstream: Socket): void {
  for (const s of [client, upstream]) {
    open.add(s);
    s.on("close", () => open.delete(s));
    s.on("error", () => {
      client.destroy();
      upstream.destroy();
    });
  }
}

/** A unix socket whose connections are piped to a TCP port on 127.0.0.1 (LXD's mock), as LXD's own socket would serve. */
async function startSocketPipe(targetPort: number): Promise<{ path: string; close(): Promise<void> }> {
  const path = join(tmpdir(), `clientele-runtimes-lxd-${process.pid}-${Date.now()}.socket`);
  rmSync(path, { force: true });
  const sockets = new Set<Socket>();
  const server: NetServer = createNetServer((client) => {
    const upstream = createConnection({ host: "127.0.0.1", port: targetPort });
    track(sockets, client, upstream);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, resolve);
  });
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => {
          rmSync(path, { force: true });
          resolve();
        });
      }),
  };
}

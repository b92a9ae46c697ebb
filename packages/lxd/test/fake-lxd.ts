// A small LXD look-alike: a real node:http server on a unix socket in a temporary directory,
// answering with LXD 5.0.2-shaped envelopes (sync, async, error) and recording what it received.

import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export interface FakeLxd {
  dir: string;
  socketPath: string;
  received: Received[];
  close(): Promise<void>;
}

const sync = (metadata: unknown, status_code = 200) => ({
  type: "sync",
  status: "Success",
  status_code,
  operation: "",
  error_code: 0,
  error: "",
  metadata,
});
const failure = (code: number, error: string) => ({
  type: "error",
  status: "",
  status_code: 0,
  operation: "",
  error_code: code,
  error,
  metadata: null,
});

export function operation(id: string, status: string, status_code: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    class: "task",
    description: "Creating instance",
    created_at: "2026-11-22T14:05:40.41Z",
    updated_at: "2026-11-22T14:05:40.41Z",
    status,
    status_code,
    resources: { instances: ["/1.0/instances/c1"] },
    metadata: null,
    may_cancel: false,
    err: "",
    location: "none",
    ...extra,
  };
}

const async = (op: ReturnType<typeof operation>) => ({
  type: "async",
  status: "Operation created",
  status_code: 100,
  operation: `/1.0/operations/${op.id}`,
  error_code: 0,
  error: "",
  metadata: op,
});

export const INSTANCE = {
  architecture: "x86_64",
  config: {},
  devices: {},
  ephemeral: false,
  profiles: ["default"],
  stateful: false,
  description: "",
  created_at: "2026-11-22T14:05:40.41Z",
  expanded_config: {},
  expanded_devices: {},
  name: "c1",
  status: "Stopped",
  status_code: 102,
  last_used_at: "1970-01-01T00:00:00Z",
  location: "none",
  type: "container",
  project: "default",
};
export const ETAG = "2566a1f0c0ffee";
export const START_ERROR = 'Failed to handle idmapped storage: No such file or directory: "/var/lib/lxd/containers/c1/rootfs"';

export async function startFakeLxd(): Promise<FakeLxd> {
  const dir = mkdtempSync(join(tmpdir(), "clientele-fake-lxd-"));
  const socketPath = join(dir, "unix.socket");
  const received: Received[] = [];

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "Content-Type": "application/json", ...headers });
    // LXD ends its JSON with a newline (two for errors).
    res.end(`${JSON.stringify(body)}\n${status >= 400 ? "\n" : ""}`);
  };

  const handle = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const url = new URL(req.url ?? "/", "http://lxd");
    const path = url.pathname;
    const method = req.method ?? "GET";
    const wait = /^\/1\.0\/operations\/([^/]+)\/wait$/.exec(path);

    if (method === "GET" && path === "/1.0")
      return send(res, 200, sync({ api_version: "1.0", auth: "trusted", environment: { server_version: "5.0.2" } }), { ETag: `"${ETAG}"` });
    if (method === "GET" && path === "/1.0/instances") {
      return send(res, 200, sync(url.searchParams.get("recursion") === "1" ? [INSTANCE] : ["/1.0/instances/c1"]));
    }
    if (path === "/1.0/instances/c1" && method === "GET") return send(res, 200, sync(INSTANCE), { ETag: `"${ETAG}"` });
    if (path === "/1.0/instances/c1" && method === "PUT") {
      const match = (req.headers["if-match"] ?? "").replace(/"/g, "");
      if (match && match !== ETAG) return send(res, 412, failure(412, `ETag doesn't match: ${ETAG} vs ${match}`));
      return send(res, 202, async(operation("ok-op", "Running", 103)), { Location: "/1.0/operations/ok-op" });
    }
    if (path === "/1.0/instances" && method === "POST") {
      const name = (JSON.parse(body || "{}") as { name?: string }).name;
      if (name === "bogus") return send(res, 400, failure(400, "Unknown source type bogus"));
      return send(res, 202, async(operation("ok-op", "Running", 103)), { Location: "/1.0/operations/ok-op" });
    }
    if (path === "/1.0/instances/c1/state" && method === "PUT") return send(res, 202, async(operation("fail-op", "Running", 103)));
    if (path === "/1.0/instances/c1/exec" && method === "POST") {
      return send(
        res,
        202,
        async(operation("ws-op", "Running", 103, { class: "websocket", metadata: { fds: { "0": "s3cr3t-fd0", control: "s3cr3t-ctl" } } })),
      );
    }
    if (path === "/1.0/profiles" && method === "POST") {
      return send(res, 201, sync(null), { Location: "/1.0/profiles/p1" });
    }
    if (path === "/1.0/profiles/dup" && method === "GET") return send(res, 500, failure(500, "The profile already exists"));
    if (path === "/1.0/certificates" && method === "POST") return send(res, 201, sync(null));
    if (path === "/1.0/metrics") {
      res.writeHead(200, { "Content-Type": "text/plain" });
      return res.end("lxd_uptime_seconds 42\n");
    }
    if (path === "/1.0/hang") return; // never answers
    if (path === "/1.0/html") {
      // What a captive portal or a misconfigured proxy answers: 200, but not LXD's JSON.
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      return res.end("<html><body>Please log in</body></html>");
    }
    if (wait) {
      const id = wait[1];
      if (id === "ok-op" || id === "ws-op") return send(res, 200, sync(operation(id, "Success", 200)));
      if (id === "fail-op") return send(res, 200, sync(operation(id, "Failure", 400, { err: START_ERROR })));
      if (id === "cancel-op") return send(res, 200, sync(operation(id, "Cancelled", 401, { err: "" })));
      if (id === "err-op") return send(res, 200, failure(500, "context deadline exceeded"));
      if (id === "slow-op") return send(res, 200, sync(operation(id, "Running", 103)));
      if (id === "odd-op") return send(res, 200, sync(null)); // no operation in the answer
      return send(res, 404, failure(404, "Operation not found"));
    }
    if (path.startsWith("/1.0/operations/") && method === "GET") return send(res, 404, failure(404, "Operation not found"));
    if (path === "/1.0/instances/missing" || path.startsWith("/1.0/instances/")) return send(res, 404, failure(404, "Instance not found"));
    return send(res, 404, failure(404, "not found"));
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      handle(req, res, body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, resolve);
  });
  return {
    dir,
    socketPath,
    received,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

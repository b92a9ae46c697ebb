// exec, files and events against a fake LXD on 127.0.0.1 (node:http, websockets framed by hand),
// so their argument handling is proven without the daemon: the exec request's body and the exit
// code as a result, file paths encoded and `..` refused before anything is sent, the X-LXD-*
// headers of uid/gid/mode/type, and the event filters in the websocket's query.

import { createHash } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { ClienteleError, ConfigurationError, ConnectionError } from "@clientele/core";
import { API } from "@clientele/lxd";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

type Route = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void;
type Upgrade = (socket: Duplex, req: IncomingMessage) => void;

const seen: Seen[] = [];
const upgrades: string[] = [];
let route: Route = (_req, res) => json(res, 404, { type: "error", error_code: 404, error: "not found" });
let onUpgrade: Upgrade = (socket) => socket.destroy();
const sockets = new Set<Duplex>();
let server: Server;
let api: API;

const sync = (metadata: unknown) => ({
  type: "sync",
  status: "Success",
  status_code: 200,
  operation: "",
  error_code: 0,
  error: "",
  metadata,
});

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(`${JSON.stringify(body)}\n`);
}

/** LXD's operation for `id`, with `metadata` (fds while running, return code when done). */
function op(id: string, status_code: number, metadata: unknown) {
  return {
    id,
    class: "websocket",
    description: "Executing command",
    created_at: "2026-11-27T04:00:00Z",
    updated_at: "2026-11-27T04:00:00Z",
    status: status_code === 200 ? "Success" : "Running",
    status_code,
    resources: { instances: ["/1.0/instances/c1"] },
    metadata,
    may_cancel: false,
    err: "",
    location: "none",
  };
}

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

function accept(socket: Duplex, req: IncomingMessage): void {
  const digest = createHash("sha1").update(`${req.headers["sec-websocket-key"]}${GUID}`).digest("base64");
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${digest}\r\n\r\n`);
}

/** A server frame (unmasked, payloads < 64 KiB here). */
function frame(opcode: number, payload: Buffer | string): Buffer {
  const data = typeof payload === "string" ? Buffer.from(payload) : payload;
  const head =
    data.length < 126 ? Buffer.from([0x80 | opcode, data.length]) : Buffer.from([0x80 | opcode, 126, data.length >> 8, data.length & 255]);
  return Buffer.concat([head, data]);
}

const closeFrame = (code: number) => frame(8, Buffer.from([code >> 8, code & 255]));

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      route(req, res, body);
    });
  });
  server.on("upgrade", (req: IncomingMessage, socket: Duplex) => {
    sockets.add(socket);
    socket.on("error", () => {});
    upgrades.push(req.url ?? "");
    onUpgrade(socket, req);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  api = API.factory({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen.length = 0;
  upgrades.length = 0;
});

describe("files: paths and headers", () => {
  beforeEach(() => {
    route = (req, res) => {
      const url = new URL(req.url ?? "/", "http://x");
      const path = url.searchParams.get("path");
      if (req.method === "GET" && path === "/srv") {
        return json(res, 200, sync(["a.txt", "b"]), {
          "X-LXD-type": "directory",
          "X-LXD-uid": "0",
          "X-LXD-gid": "0",
          "X-LXD-mode": "0755",
        });
      }
      if (req.method === "GET") {
        res.writeHead(200, {
          "Content-Type": "application/octet-stream",
          "X-LXD-type": "file",
          "X-LXD-uid": "1000",
          "X-LXD-gid": "100",
          "X-LXD-mode": "0640",
        });
        return res.end("content of a file");
      }
      json(res, 200, sync({}));
    };
  });

  it("push: the path in the query (encoded), the instance name in the path, X-LXD-* headers, the body as is", async () => {
    await api.files.push("c 1", "/srv/a b&c=?.txt", "hello", { uid: 1000, gid: 100, mode: 0o640, write: "append" });
    expect(seen).toHaveLength(1);
    const [{ method, url, headers, body }] = seen as [Seen];
    expect(method).toBe("POST");
    const sent = new URL(url, "http://x");
    expect(sent.pathname).toBe("/1.0/instances/c%201/files");
    expect(sent.searchParams.get("path")).toBe("/srv/a b&c=?.txt");
    expect(headers).toMatchObject({
      "x-lxd-type": "file",
      "x-lxd-uid": "1000",
      "x-lxd-gid": "100",
      "x-lxd-mode": "0640",
      "x-lxd-write": "append",
    });
    expect(body.toString()).toBe("hello");
  });

  it("push without ownership sends only the type: LXD's defaults apply", async () => {
    await api.files.push("c1", "/srv/x", new Uint8Array([1, 2, 3]));
    const headers = seen[0]!.headers;
    expect(headers["x-lxd-type"]).toBe("file");
    expect(Object.keys(headers).filter((h) => h.startsWith("x-lxd-"))).toEqual(["x-lxd-type"]);
    expect([...seen[0]!.body]).toEqual([1, 2, 3]);
  });

  it("push streams a ReadableStream's chunks in order", async () => {
    const parts = ["one ", "two ", "three"];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = parts.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    await api.files.push("c1", "/srv/s", stream);
    expect(seen[0]!.body.toString()).toBe("one two three");
  });

  it("pushFile streams a local file (several read chunks) with its permission bits, unless mode says otherwise", async () => {
    const dir = mkdtempSync(join(tmpdir(), "clientele-pushfile-"));
    try {
      const local = join(dir, "data.bin");
      const content = Buffer.alloc(9 * 1024 * 1024 + 7);
      for (let i = 0; i < content.length; i++) content[i] = (i * 7 + (i >> 16)) & 255;
      writeFileSync(local, content);
      chmodSync(local, 0o604);
      await api.files.pushFile("c1", "/srv/data.bin", local, { uid: 1000 });
      expect(seen[0]!.headers).toMatchObject({ "x-lxd-type": "file", "x-lxd-mode": "0604", "x-lxd-uid": "1000" });
      expect(seen[0]!.body.equals(content)).toBe(true);
      await api.files.pushFile("c1", "/srv/data.bin", local, { mode: 0o600 });
      expect(seen[1]!.headers["x-lxd-mode"]).toBe("0600");
      await expect(api.files.pushFile("c1", "/srv/x", join(dir, "missing"))).rejects.toThrow(/local file ".*missing" does not exist/);
      await expect(api.files.pushFile("c1", "/srv/x", dir)).rejects.toThrow(/is not a regular file/);
      expect(seen).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("mkdir and symlink: X-LXD-type directory (mode in octal) and symlink (the target as the body)", async () => {
    await api.files.mkdir("c1", "/srv/app", { mode: 0o750, uid: 0 });
    await api.files.symlink("c1", "/srv/current", "/srv/app");
    expect(seen[0]!.headers).toMatchObject({ "x-lxd-type": "directory", "x-lxd-mode": "0750", "x-lxd-uid": "0" });
    expect(seen[0]!.body.length).toBe(0);
    expect(seen[1]!.headers["x-lxd-type"]).toBe("symlink");
    expect(seen[1]!.body.toString()).toBe("/srv/app");
  });

  it("refuses relative paths, `..` and NUL before anything is sent", async () => {
    for (const path of ["srv/a", "/srv/../etc/shadow", "/..", "/srv/a\0b", "", "../x"]) {
      await expect(api.files.push("c1", path, "x")).rejects.toThrow(ConfigurationError);
      await expect(api.files.pull("c1", path)).rejects.toThrow(/must be absolute, without "\.\." or NUL/);
      await expect(api.files.delete("c1", path)).rejects.toThrow(ConfigurationError);
      await expect(api.files.list("c1", path)).rejects.toThrow(ConfigurationError);
    }
    // A name that merely contains dots is a name.
    await api.files.push("c1", "/srv/..hidden/a..b", "x");
    expect(seen.map((s) => new URL(s.url, "http://x").searchParams.get("path"))).toEqual(["/srv/..hidden/a..b"]);
  });

  it("refuses a `..` instance name (core's path parameter check) and bad uid/gid/mode/write, by name", async () => {
    await expect(api.files.push("..", "/a", "x")).rejects.toThrow(TypeError);
    await expect(api.files.push("c1", "/a", "x", { uid: -1 })).rejects.toThrow(/`uid` must be a whole number/);
    await expect(api.files.push("c1", "/a", "x", { gid: 1.5 })).rejects.toThrow(/`gid` must be a whole number/);
    await expect(api.files.push("c1", "/a", "x", { mode: 0o10000 })).rejects.toThrow(/`mode` must be permission bits/);
    await expect(api.files.push("c1", "/a", "x", { write: "truncate" as "append" })).rejects.toThrow(/`write` must be/);
    await expect(api.files.symlink("c1", "/a", "")).rejects.toThrow(/`target` must be a non-empty path/);
    expect(seen).toHaveLength(0);
  });

  it("pull: metadata from the headers, the content streamed", async () => {
    const file = await api.files.pull("c1", "/srv/a.txt");
    expect(file).toMatchObject({ type: "file", uid: 1000, gid: 100, mode: 0o640 });
    expect(await new Response(file.body).text()).toBe("content of a file");
    expect(new URL(seen[0]!.url, "http://x").searchParams.get("path")).toBe("/srv/a.txt");
  });

  it("pull of a directory is refused (pointing to list()); list of a file is refused; list gives the names", async () => {
    await expect(api.files.pull("c1", "/srv")).rejects.toThrow(/is a directory; list it with files.list\(\)/);
    await expect(api.files.list("c1", "/srv/a.txt")).rejects.toThrow(ClienteleError);
    expect(await api.files.list("c1", "/srv")).toEqual(["a.txt", "b"]);
  });

  it("delete: DELETE with the path in the query", async () => {
    await api.files.delete("c1", "/srv/old file");
    expect(seen[0]!.method).toBe("DELETE");
    expect(new URL(seen[0]!.url, "http://x").searchParams.get("path")).toBe("/srv/old file");
  });
});

describe("events: filters in the websocket's query", () => {
  const EVENT = {
    type: "lifecycle",
    timestamp: "2026-11-27T04:00:00Z",
    metadata: { action: "instance-created", source: "/1.0/instances/c1" },
  };

  beforeEach(() => {
    // One event, then the daemon closes the stream (as when it shuts down).
    onUpgrade = (socket, req) => {
      accept(socket, req);
      socket.write(frame(1, JSON.stringify(EVENT)));
      socket.write(closeFrame(1001));
      socket.end();
    };
  });

  it("types, project: in the query; the event typed; the daemon closing the stream ends the loop with ConnectionError", async () => {
    const events = await api.events({ types: ["operation", "lifecycle"], project: "p 1" });
    const got: unknown[] = [];
    await expect(
      (async () => {
        for await (const event of events) {
          got.push(event);
          if (got.length > 5) break;
        }
      })(),
    ).rejects.toThrow(ConnectionError);
    expect(got).toEqual([EVENT]);
    const url = new URL(upgrades[0]!, "http://x");
    expect(url.pathname).toBe("/1.0/events");
    expect(url.searchParams.get("type")).toBe("operation,lifecycle");
    expect(url.searchParams.get("project")).toBe("p 1");
    expect(url.searchParams.has("all-projects")).toBe(false);
  });

  it("allProjects: all-projects=true and no project; no types: no type filter", async () => {
    const events = await api.events({ allProjects: true });
    for await (const _ of events) break; // break closes the websocket
    const url = new URL(upgrades[0]!, "http://x");
    expect(url.searchParams.get("all-projects")).toBe("true");
    expect(url.searchParams.has("project")).toBe(false);
    expect(url.searchParams.has("type")).toBe(false);
  });

  it("refuses unknown types and project with allProjects, before connecting", async () => {
    await expect(api.events({ types: ["operation", "bogus" as "logging"] })).rejects.toThrow(/`types` must list some of/);
    await expect(api.events({ project: "p", allProjects: true })).rejects.toThrow(/not both/);
    expect(upgrades).toHaveLength(0);
  });
});

describe("exec: the request, the streams and the exit code", () => {
  const FDS = { "0": "sec-0", "1": "sec-1", "2": "sec-2", control: "sec-ctl" };
  let stdinSeen: Buffer;

  beforeEach(() => {
    stdinSeen = Buffer.alloc(0);
    route = (req, res) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      if (req.method === "POST" && path === "/1.0/instances/c1/exec") {
        const running = op("ex-op", 103, { fds: FDS });
        return json(res, 202, {
          type: "async",
          status: "Operation created",
          status_code: 100,
          operation: "/1.0/operations/ex-op",
          error_code: 0,
          error: "",
          metadata: running,
        });
      }
      if (path === "/1.0/operations/ex-op/wait") return json(res, 200, sync(op("ex-op", 200, { return: 3 })));
      json(res, 404, { type: "error", error_code: 404, error: "not found" });
    };
    onUpgrade = (socket, req) => {
      const secret = new URL(req.url ?? "/", "http://x").searchParams.get("secret");
      accept(socket, req);
      if (secret === "sec-1") socket.write(Buffer.concat([frame(2, "out\n"), frame(1, "")]));
      if (secret === "sec-2") socket.write(Buffer.concat([frame(2, "err\n"), frame(1, "")]));
      if (secret === "sec-0") socket.on("data", (d: Buffer) => (stdinSeen = Buffer.concat([stdinSeen, d])));
    };
  });

  it("posts the command, environment, cwd, user and group; connects every fd by its secret; a non-zero exit is a result", async () => {
    const result = await api.exec("c1", ["/bin/sh", "-c", "exit 3"], { env: { A: "1" }, cwd: "/srv", user: 1000, group: 100, stdin: "in" });
    expect(result.exitCode).toBe(3);
    expect(result.stdoutText).toBe("out\n");
    expect(result.stderrText).toBe("err\n");
    const post = seen.find((s) => s.method === "POST")!;
    expect(JSON.parse(post.body.toString())).toEqual({
      command: ["/bin/sh", "-c", "exit 3"],
      environment: { A: "1" },
      cwd: "/srv",
      user: 1000,
      group: 100,
      interactive: false,
      "wait-for-websocket": true,
      "record-output": false,
    });
    const secrets = upgrades.map((u) => new URL(u, "http://x"));
    expect(secrets.every((u) => u.pathname === "/1.0/operations/ex-op/websocket")).toBe(true);
    expect(secrets.map((u) => u.searchParams.get("secret")).sort()).toEqual(["sec-0", "sec-1", "sec-2", "sec-ctl"]);
    // stdin went out masked; its length (2 bytes "in", then the empty end-of-file frame) shows in the frame headers.
    expect(stdinSeen[0]).toBe(0x82);
    expect(stdinSeen[1]! & 0x7f).toBe(2);
  });

  it("under DEBUG=clientele:lxd, stderr shows each websocket's open and close with the operation's secrets redacted", async () => {
    const previous = process.env.DEBUG;
    const printed: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((text: unknown) => {
      printed.push(String(text));
    });
    try {
      process.env.DEBUG = "clientele:lxd";
      // This time the fake answers the client's close frame by ending the connection, as LXD does.
      const upgraded = onUpgrade;
      onUpgrade = (socket, req) => {
        upgraded(socket, req);
        let buffered = Buffer.alloc(0);
        socket.on("data", (d: Buffer) => {
          buffered = Buffer.concat([buffered, d]);
          // Client frames here are short and masked: 2 header bytes, 4 mask bytes, the payload.
          while (buffered.length >= 6 && buffered.length >= 6 + (buffered[1]! & 0x7f)) {
            if ((buffered[0]! & 0x0f) === 8) return void socket.end(closeFrame(1000));
            buffered = buffered.subarray(6 + (buffered[1]! & 0x7f));
          }
        });
      };
      const debugged = API.factory({ endpoint: api.endpoint });
      expect((await debugged.exec("c1", ["/bin/true"])).exitCode).toBe(3);
      // A close is noted when the connection ends, a moment after exec() returns (bounded wait).
      for (let i = 0; i < 100 && printed.filter((t) => t.startsWith("websocket closed")).length < 4; i++)
        await new Promise((r) => setTimeout(r, 10));
    } finally {
      spy.mockRestore();
      if (previous === undefined) delete process.env.DEBUG;
      else process.env.DEBUG = previous;
    }
    const text = printed.join("\n");
    const url = /ws:\/\/127\.0\.0\.1:\d+\/1\.0\/operations\/ex-op\/websocket\?secret=\[REDACTED\]/;
    expect(printed.filter((t) => t.startsWith("websocket open ") && url.test(t))).toHaveLength(4);
    expect(printed.filter((t) => t.startsWith("websocket closed ") && url.test(t))).toHaveLength(4);
    // Neither the URLs nor the operation's metadata (its fds) show a secret.
    for (const secret of Object.values(FDS)) expect(text).not.toContain(secret);
    expect(text).toMatch(/"fds": \{\s*"0": "\[REDACTED\]"/);
  });

  it("leaves out what the caller did not set", async () => {
    await api.exec("c1", ["/bin/true"]);
    expect(JSON.parse(seen.find((s) => s.method === "POST")!.body.toString())).toEqual({
      command: ["/bin/true"],
      interactive: false,
      "wait-for-websocket": true,
      "record-output": false,
    });
  });

  it("refuses a bad command, timeout, user or group, and stdin with recordOutput, before sending anything", async () => {
    await expect(api.exec("c1", [])).rejects.toThrow(/`command` must be a non-empty array of strings/);
    await expect(api.exec("c1", ["/bin/echo", 1 as unknown as string])).rejects.toThrow(ConfigurationError);
    await expect(api.exec("c1", "ls" as unknown as string[])).rejects.toThrow(ConfigurationError);
    await expect(api.exec("c1", ["ls"], { timeout: -1 })).rejects.toThrow(/`timeout` must be a number of ms/);
    await expect(api.exec("c1", ["ls"], { user: -1 })).rejects.toThrow(/`user` must be a whole number/);
    await expect(api.exec("c1", ["ls"], { group: 0.5 })).rejects.toThrow(/`group` must be a whole number/);
    await expect(api.exec("c1", ["ls"], { recordOutput: true, stdin: "x" })).rejects.toThrow(/`stdin` needs the websockets/);
    await expect(api.exec("..", ["ls"])).rejects.toThrow(TypeError);
    expect(seen).toHaveLength(0);
  });
});

// @clientele/lxd against a real HTTP server on a unix socket that answers like LXD 5.0.2.

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  APIException as CoreAPIException,
  ConfigurationError,
  InternalServerError,
  NotFound,
  PreconditionFailed,
  BadRequest,
  TimeoutError,
} from "@clientele/core";
import { API, APIException, APINotFoundException, APIResult, findSocket, socketCandidates, socketUrl } from "@clientele/lxd";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ETAG, INSTANCE, START_ERROR, startFakeLxd, type FakeLxd } from "./fake-lxd.js";

let lxd: FakeLxd;
let api: API;
let display: string;
const savedEnv = { LXD_DIR: process.env.LXD_DIR, DEBUG: process.env.DEBUG };

beforeAll(async () => {
  lxd = await startFakeLxd();
  api = API.factory({ endpoint: lxd.socketPath, debug: false });
  display = `http+unix://${lxd.socketPath.split("/").join("%2F")}`;
});
afterAll(async () => {
  await lxd?.close();
});
afterEach(() => {
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  vi.restoreAllMocks();
});

const last = () => lxd.received[lxd.received.length - 1]!;

describe("factory: finding the daemon", () => {
  it("uses $LXD_DIR/unix.socket first", async () => {
    process.env.LXD_DIR = lxd.dir;
    const found = API.factory({ debug: false });
    expect(found.socketPath).toBe(lxd.socketPath);
    expect(found.endpoint).toBe(display);
    expect((await found.get("")).data.metadata.api_version).toBe("1.0");
  });

  it("tries $LXD_DIR, the snap socket, then /var/lib/lxd, in that order", () => {
    expect(socketCandidates({ LXD_DIR: "/srv/lxd" })).toEqual(["/srv/lxd/unix.socket", "/var/snap/lxd/common/lxd/unix.socket", "/var/lib/lxd/unix.socket"]);
    expect(socketCandidates({})).toEqual(["/var/snap/lxd/common/lxd/unix.socket", "/var/lib/lxd/unix.socket"]);
    expect(findSocket(["/nonexistent/a.socket", lxd.socketPath])).toBe(lxd.socketPath);
  });

  it("lists every place it tried when no socket exists", () => {
    const empty = mkdtempSync(join(tmpdir(), "clientele-no-lxd-"));
    try {
      expect(() => findSocket([join(empty, "unix.socket"), "/nonexistent/unix.socket"])).toThrow(
        new RegExp(`tried ${join(empty, "unix.socket")}, /nonexistent/unix.socket`),
      );
      const systemSocket = socketCandidates({}).some((p) => existsSync(p));
      if (!systemSocket) {
        process.env.LXD_DIR = empty;
        let error: unknown;
        try {
          API.factory();
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(ConfigurationError);
        const message = (error as Error).message;
        for (const p of [join(empty, "unix.socket"), "/var/snap/lxd/common/lxd/unix.socket", "/var/lib/lxd/unix.socket"]) expect(message).toContain(p);
      }
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("refuses a socket path that does not exist, and a non-URL endpoint", () => {
    expect(() => API.factory({ endpoint: "/nonexistent/lxd/unix.socket" })).toThrow(/\/nonexistent\/lxd\/unix\.socket does not exist/);
    expect(() => API.factory({ endpoint: "ftp://example.com" })).toThrow(ConfigurationError);
  });

  it("accepts the http+unix:// form and https URLs", () => {
    expect(API.factory({ endpoint: socketUrl(lxd.socketPath), debug: false }).socketPath).toBe(lxd.socketPath);
    const remote = API.factory({ endpoint: "https://127.0.0.1:8443/", debug: false });
    expect(remote.endpoint).toBe("https://127.0.0.1:8443");
    expect(remote.socketPath).toBeUndefined();
  });
});

describe("URLs", () => {
  it("formats sockets as lxdapi does", () => {
    expect(socketUrl("/var/lib/lxd/unix.socket")).toBe("http+unix://%2Fvar%2Flib%2Flxd%2Funix.socket");
    expect(api.endpoint).toBe(display);
  });

  it("puts relative URLs under the default version and keeps absolute paths", async () => {
    expect(api.formatUrl("instances")).toBe(`${display}/1.0/instances`);
    expect(api.formatUrl("/1.0/operations/x/wait?timeout=5")).toBe(`${display}/1.0/operations/x/wait?timeout=5`);
    expect(API.factory({ endpoint: lxd.socketPath, defaultVersion: "2.0", debug: false }).formatUrl("instances")).toBe(`${display}/2.0/instances`);
    await api.get("instances", { query: { recursion: 1, filter: "name eq c1" } });
    expect(last().url).toBe("/1.0/instances?recursion=1&filter=name+eq+c1");
    await api.get("instances?recursion=1");
    expect(last().url).toBe("/1.0/instances?recursion=1");
  });

  it("adds the client's project to every request that names none", async () => {
    const scoped = API.factory({ endpoint: lxd.socketPath, project: "research", debug: false });
    await scoped.get("instances");
    expect(last().url).toBe("/1.0/instances?project=research");
    await scoped.get("instances", { query: { project: "other" } });
    expect(last().url).toBe("/1.0/instances?project=other");
  });
});

describe("APIResult", () => {
  it("keeps the api, the data, the request and the response", async () => {
    const result = await api.post("instances", { json: { name: "c1", source: { type: "none" } } });
    expect(result).toBeInstanceOf(APIResult);
    expect(result.api).toBe(api);
    expect(result.data.type).toBe("async");
    expect(result.operation).toBe("/1.0/operations/ok-op");
    expect(result.metadata.id).toBe("ok-op");
    expect(result.request).toMatchObject({ method: "POST", url: `${display}/1.0/instances`, json: { name: "c1", source: { type: "none" } } });
    expect(result.response.status).toBe(202);
    expect(result.response.headers.get("location")).toBe("/1.0/operations/ok-op");
    expect(last().headers["content-type"]).toBe("application/json");
    expect(JSON.parse(last().body)).toEqual({ name: "c1", source: { type: "none" } });

    expect(result.requestSummary()).toBe(`POST ${display}/1.0/instances\n${JSON.stringify({ name: "c1", source: { type: "none" } }, null, 4)}`);
    expect(result.responseSummary()).toBe(`HTTP/202\n${JSON.stringify(result.data, null, 4)}`);
  });

  it("exposes the ETag and sends If-Match", async () => {
    const got = await api.get("instances/c1");
    expect(got.etag).toBe(`"${ETAG}"`);
    expect(got.metadata).toEqual(INSTANCE);
    await api.put("instances/c1", { json: INSTANCE, headers: { "If-Match": got.etag! } });
    expect(last().headers["if-match"]).toBe(`"${ETAG}"`);
  });

  it("reads text answers as text", async () => {
    const metrics = await api.get("metrics");
    expect(metrics.data).toBe("lxd_uptime_seconds 42\n");
    expect(metrics.validate()).toBe(metrics);
  });
});

describe("errors", () => {
  it("404 → APINotFoundException, which is core's NotFound and this package's APIException", async () => {
    const error = await api.get("instances/missing").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APINotFoundException);
    expect(error).toBeInstanceOf(APIException);
    expect(error).toBeInstanceOf(NotFound);
    expect(error).toBeInstanceOf(CoreAPIException);
    const e = error as APINotFoundException;
    expect(e.name).toBe("APINotFoundException");
    expect(e.status).toBe(404);
    expect(e.error).toBe("Instance not found");
    expect(e.message).toBe(`GET ${display}/1.0/instances/missing: Instance not found`);
    expect(e.result).toBeInstanceOf(APIResult);
    expect(e.result.data).toMatchObject({ type: "error", error_code: 404 });
    expect(e.result.response.status).toBe(404);
    expect(e.result.request.url).toBe(`${display}/1.0/instances/missing`);
  });

  it("a stale If-Match → PreconditionFailed (412) carrying the result", async () => {
    const error = await api.put("instances/c1", { json: INSTANCE, headers: { "If-Match": '"stale"' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreconditionFailed);
    expect(error).toBeInstanceOf(APIException);
    expect(error).not.toBeInstanceOf(APINotFoundException);
    expect((error as APIException).status).toBe(412);
    expect((error as APIException).error).toBe(`ETag doesn't match: ${ETAG} vs stale`);
  });

  it("400 → BadRequest, 500 → InternalServerError, both APIException", async () => {
    const bad = await api.post("instances", { json: { name: "bogus" } }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(BadRequest);
    expect(bad).toBeInstanceOf(APIException);
    expect((bad as APIException).error).toBe("Unknown source type bogus");
    const dup = await api.get("profiles/dup").catch((e: unknown) => e);
    expect(dup).toBeInstanceOf(InternalServerError);
    expect(dup).toBeInstanceOf(APIException);
  });

  it("core errors that are not LXD answers are not this package's APIException", () => {
    const plain = new NotFound({ status: 404, method: "GET", url: "https://example.com/x" });
    expect(plain).not.toBeInstanceOf(APIException);
    expect(plain).toBeInstanceOf(CoreAPIException);
  });

  it("a call slower than its timeout → TimeoutError", async () => {
    const started = Date.now();
    await expect(api.get("hang", { timeout: 200 })).rejects.toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("wait()", () => {
  const asyncResult = (id: string) =>
    new APIResult(api, { type: "async", status: "Operation created", status_code: 100, operation: `/1.0/operations/${id}`, error_code: 0, error: "", metadata: {} }, { method: "POST", url: "x", headers: {} }, new Response(null, { status: 202 }));

  it("waits on the operation and returns its final state", async () => {
    const created = await api.post("instances", { json: { name: "c1", source: { type: "none" } } });
    const done = await created.wait({ timeout: 5 });
    expect(last().url).toBe("/1.0/operations/ok-op/wait?timeout=5");
    expect(done.data.metadata.status).toBe("Success");
    expect(done.data.metadata.status_code).toBe(200);
  });

  it("defaults to the client's timeout in seconds (30)", async () => {
    await (await api.post("instances", { json: { name: "c1" } })).wait();
    expect(last().url).toBe("/1.0/operations/ok-op/wait?timeout=30");
  });

  it("a failed operation (200 sync, status_code 400) raises APIException with the operation's err", async () => {
    const start = await api.put("instances/c1/state", { json: { action: "start" } });
    const error = await start.wait({ timeout: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIException);
    expect(error).not.toBeInstanceOf(NotFound);
    const e = error as APIException;
    expect(e.error).toBe(START_ERROR);
    expect(e.message).toBe(`GET ${display}/1.0/operations/fail-op/wait?timeout=5: ${START_ERROR}`);
    expect(e.status).toBe(200);
    expect(e.result.data.metadata.status).toBe("Failure");
  });

  it("a cancelled operation (status_code 401) raises", async () => {
    await expect(asyncResult("cancel-op").wait()).rejects.toBeInstanceOf(APIException);
  });

  it("200 with an error envelope (LXD ≥ 5.0.3) raises with its error", async () => {
    const error = (await asyncResult("err-op").wait().catch((e: unknown) => e)) as APIException;
    expect(error).toBeInstanceOf(APIException);
    expect(error.error).toBe("context deadline exceeded");
  });

  it("an operation that is gone (404) raises APINotFoundException", async () => {
    const error = (await asyncResult("gone-op").wait().catch((e: unknown) => e)) as APIException;
    expect(error).toBeInstanceOf(APINotFoundException);
    expect(error.error).toBe("Operation not found");
  });

  it("returns a still-running operation at the deadline, or raises TimeoutError when asked", async () => {
    const running = await asyncResult("slow-op").wait({ timeout: 1 });
    expect(running.data.metadata.status_code).toBe(103);
    await expect(asyncResult("slow-op").wait({ timeout: 1, raiseOnTimeout: true })).rejects.toBeInstanceOf(TimeoutError);
  });

  it("returns a sync result itself", async () => {
    const created = await api.post("profiles", { json: { name: "p1" } });
    expect(created.status).toBe(201);
    expect(await created.wait()).toBe(created);
  });

  it("validate() raises for any metadata.status_code ≥ 400 along the chain", () => {
    const nested = new APIResult(api, { type: "sync", error: "", metadata: { status_code: 200, metadata: { status_code: 400, err: "inner failure" } } }, { method: "GET", url: "u", headers: {} }, new Response(null));
    expect(() => nested.validate()).toThrow(/inner failure/);
    const stopped = new APIResult(api, { type: "sync", error: "", metadata: { status_code: 102 } }, { method: "GET", url: "u", headers: {} }, new Response(null));
    expect(stopped.validate()).toBe(stopped);
  });
});

describe("typed surface", () => {
  it("fills path parameters, query, headers and the JSON body", async () => {
    const got = await api.GET("/1.0/instances/{name}", { params: { path: { name: "c1" }, query: { recursion: 0 } } });
    expect(last().url).toBe("/1.0/instances/c1?recursion=0");
    expect(got.data.metadata?.name).toBe("c1");
    expect(got).toBeInstanceOf(APIResult);

    await api.PUT("/1.0/instances/{name}", {
      params: { path: { name: "c1" }, header: { "If-Match": ETAG } },
      body: { config: {}, devices: {}, profiles: ["default"] },
    });
    expect(last().method).toBe("PUT");
    expect(last().headers["if-match"]).toBe(ETAG);
    expect(JSON.parse(last().body)).toEqual({ config: {}, devices: {}, profiles: ["default"] });
  });

  it("encodes path parameters and refuses . and ..", async () => {
    await expect(api.GET("/1.0/instances/{name}", { params: { path: { name: "a b/c" } } })).rejects.toBeInstanceOf(APINotFoundException);
    expect(last().url).toBe("/1.0/instances/a%20b%2Fc");
    await expect(api.GET("/1.0/instances/{name}", { params: { path: { name: ".." } } })).rejects.toThrow(/cannot be "\.\."/);
  });

  it("raises the same errors", async () => {
    const error = await api.GET("/1.0/instances/{name}", { params: { path: { name: "missing" } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APINotFoundException);
  });
});

describe("DEBUG transcripts", () => {
  it("prints each transaction as lxdapi does: http+unix URL, JSON bodies, HTTP/<status>, a line of =", async () => {
    const lines: string[] = [];
    const debugged = API.factory({ endpoint: lxd.socketPath, debug: (text) => lines.push(text) });
    expect(debugged.debug).toBe(true);
    await debugged.put("instances/c1/state", { json: { action: "stop", timeout: 30 } });
    expect(lines[0]).toBe(`PUT ${display}/1.0/instances/c1/state\n{\n    "action": "stop",\n    "timeout": 30\n}`);
    expect(lines[1]).toMatch(/^HTTP\/202\n\{\n    "type": "async",\n    "status": "Operation created",/);
    expect(lines[1]).toMatch(/\n={24}$/);
  });

  it("redacts passwords, tokens and operation websocket secrets", async () => {
    const lines: string[] = [];
    const debugged = API.factory({ endpoint: lxd.socketPath, debug: (text) => lines.push(text) });
    await debugged.post("certificates", { json: { type: "client", password: "hunter2-trust", certificate: "MIIB" } });
    await debugged.post("instances/c1/exec", { json: { command: ["true"], "wait-for-websocket": true } });
    const text = lines.join("\n");
    expect(text).toContain('"password": "[REDACTED]"');
    expect(text).not.toContain("hunter2-trust");
    expect(text).not.toContain("s3cr3t-fd0");
    expect(text).not.toContain("s3cr3t-ctl");
    expect(text).toContain(`POST ${display}/1.0/certificates`);
  });

  it("follows the DEBUG environment variable, printing to stderr", async () => {
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    process.env.DEBUG = "1";
    const debugged = API.factory({ endpoint: lxd.socketPath });
    expect(debugged.debug).toBe(true);
    await debugged.get("instances");
    expect(printed.mock.calls.map((c) => String(c[0]))).toEqual([`GET ${display}/1.0/instances`, expect.stringMatching(/^HTTP\/200\n/)]);
    delete process.env.DEBUG;
    expect(API.factory({ endpoint: lxd.socketPath }).debug).toBe(false);
  });
});

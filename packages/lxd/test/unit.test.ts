// @clientele/lxd against a real HTTP server on a unix socket that answers like LXD 5.0.2.

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { APIException as CoreAPIException, NotFound as CoreNotFound } from "@clientele/core";
import {
  API,
  APIException,
  APINotFoundException,
  APIResult,
  BadRequest,
  ClienteleError,
  ConfigurationError,
  InternalServerError,
  NotFound,
  PreconditionFailed,
  TimeoutError,
  findSocket,
  socketCandidates,
  socketUrl,
  type Envelope,
  type LxdErrorFields,
  type OperationEnvelope,
} from "@clientele/lxd";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startScriptedServer, type ScriptedServer } from "../../../test/support/scripted-server.js";
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
const failure = async (promise: Promise<unknown>): Promise<APIException & LxdErrorFields> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error("expected the call to fail");
  return error as APIException & LxdErrorFields;
};

describe("factory: finding the daemon", () => {
  it("uses $LXD_DIR/unix.socket first", async () => {
    process.env.LXD_DIR = lxd.dir;
    const found = API.factory({ debug: false });
    expect(found.socketPath).toBe(lxd.socketPath);
    expect(found.endpoint).toBe(display);
    expect((await found.get<Envelope<{ api_version: string }>>("")).data.metadata.api_version).toBe("1.0");
  });

  it("tries $LXD_DIR, the snap socket, then /var/lib/lxd, in that order", () => {
    expect(socketCandidates({ LXD_DIR: "/srv/lxd" })).toEqual([
      "/srv/lxd/unix.socket",
      "/var/snap/lxd/common/lxd/unix.socket",
      "/var/lib/lxd/unix.socket",
    ]);
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
        for (const p of [join(empty, "unix.socket"), "/var/snap/lxd/common/lxd/unix.socket", "/var/lib/lxd/unix.socket"])
          expect(message).toContain(p);
      }
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("accepts the socket as `baseUrl` too, the http+unix:// form, and https URLs", () => {
    expect(API.factory({ baseUrl: lxd.socketPath, debug: false }).socketPath).toBe(lxd.socketPath);
    expect(API.factory({ endpoint: socketUrl(lxd.socketPath), debug: false }).socketPath).toBe(lxd.socketPath);
    expect(API.factory({ endpoint: `unix:${lxd.socketPath}`, debug: false }).socketPath).toBe(lxd.socketPath);
    const remote = API.factory({ endpoint: "https://127.0.0.1:8443/", debug: false });
    expect(remote.endpoint).toBe("https://127.0.0.1:8443");
    expect(remote.socketPath).toBeUndefined();
  });
});

describe("options: every one checked at construction, by name", () => {
  const refused = (options: Record<string, unknown>): ConfigurationError => {
    try {
      API.factory({ endpoint: lxd.socketPath, ...options });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      return error as ConfigurationError;
    }
    throw new Error(`accepted ${JSON.stringify(options)}`);
  };

  it("a bad endpoint: not a URL, not http(s), a missing socket, not a string", () => {
    const ftp = refused({ endpoint: "ftp://example.com" });
    expect(ftp.message).toMatch(/`endpoint`.*ftp:\/\/example\.com/);
    expect(ftp.source).toBe("endpoint");
    expect(refused({ endpoint: "not a url" }).message).toMatch(/`endpoint`.*not a url/);
    expect(refused({ endpoint: "/nonexistent/lxd/unix.socket" }).message).toMatch(
      /`endpoint`.*\/nonexistent\/lxd\/unix\.socket does not exist/,
    );
    expect(refused({ endpoint: 8443 }).source).toBe("endpoint");
    expect(refused({ endpoint: undefined, baseUrl: "ftp://example.com" }).message).toMatch(/`baseUrl`.*ftp:\/\/example\.com/);
  });

  it("endpoint and baseUrl are one setting: both with different values is refused, naming both", () => {
    expect(refused({ baseUrl: "https://127.0.0.1:8443" }).message).toMatch(/`endpoint` and `baseUrl`/);
    expect(API.factory({ endpoint: lxd.socketPath, baseUrl: lxd.socketPath, debug: false }).socketPath).toBe(lxd.socketPath);
  });

  it("a bad timeout or retry policy, named with its value", () => {
    expect(refused({ timeout: -5 }).message).toMatch(/`timeout`.*-5/);
    expect(refused({ timeout: "30s" }).message).toMatch(/`timeout`.*"30s"/);
    expect(refused({ retry: { maxRetries: Number.NaN } }).message).toMatch(/`retry\.maxRetries`.*NaN/);
    expect(refused({ retry: { statuses: [999] } }).message).toMatch(/`retry\.statuses`.*999/);
    expect(refused({ retry: { maxRetrys: 1 } }).message).toMatch(/`retry\.maxRetrys` is not a retry setting/);
    expect(refused({ retry: 3 }).message).toMatch(/`retry`.*3/);
  });

  it("the top-level retry options of earlier versions point to `retry`", () => {
    expect(refused({ maxRetries: 0 }).message).toBe("option `maxRetries` is not an LXD option: pass it as `retry: { maxRetries }`");
    expect(refused({ statusForcelist: [503] }).message).toMatch(/`retry: \{ statuses \}`/);
  });

  it("LXD's own: defaultVersion, project, certificates, headers, debug", () => {
    expect(refused({ defaultVersion: "1.0/../x" }).source).toBe("defaultVersion");
    expect(refused({ defaultVersion: 1 }).source).toBe("defaultVersion");
    expect(refused({ project: "" }).source).toBe("project");
    expect(refused({ endpoint: "https://127.0.0.1:8443", cert: "-----BEGIN CERTIFICATE-----" }).message).toMatch(/`key` is missing/);
    expect(
      refused({ endpoint: "https://127.0.0.1:8443", cert: "/nonexistent/client.crt", key: "/nonexistent/client.key" }).message,
    ).toMatch(/`cert`: cannot read \/nonexistent\/client\.crt \(ENOENT\)/);
    expect(refused({ serverCert: 42 }).source).toBe("serverCert");
    expect(refused({ headers: { "X-N": 1 } }).source).toBe("headers.X-N");
    expect(refused({ debug: "yes" }).source).toBe("debug");
  });

  it("timeout defaults to 30 s per attempt", () => {
    expect(api.timeout).toBe(30_000);
    expect(API.factory({ endpoint: lxd.socketPath, timeout: 0, debug: false }).timeout).toBe(0);
  });
});

describe("URLs", () => {
  it("formats sockets as lxdapi does", () => {
    expect(socketUrl("/var/lib/lxd/unix.socket")).toBe("http+unix://%2Fvar%2Flib%2Flxd%2Funix.socket");
    expect(api.endpoint).toBe(display);
  });

  it("puts relative URLs under the default version and keeps absolute paths and queries", async () => {
    expect(api.formatUrl("instances")).toBe(`${display}/1.0/instances`);
    expect(api.formatUrl("/1.0/operations/x/wait?timeout=5")).toBe(`${display}/1.0/operations/x/wait?timeout=5`);
    expect(api.formatUrl(`${display}/1.0/instances`)).toBe(`${display}/1.0/instances`);
    expect(API.factory({ endpoint: lxd.socketPath, defaultVersion: "2.0", debug: false }).formatUrl("instances")).toBe(
      `${display}/2.0/instances`,
    );
    await api.get("instances", { query: { recursion: 1, filter: "name eq c1" } });
    expect(last().url).toBe("/1.0/instances?recursion=1&filter=name%20eq%20c1");
    await api.get("instances?recursion=1");
    expect(last().url).toBe("/1.0/instances?recursion=1");
    await api.get("instances?recursion=1&x=a&x=b", { query: { recursion: 2, y: ["c", "d"], skipped: undefined } });
    expect(last().url).toBe("/1.0/instances?recursion=2&x=a&x=b&y=c&y=d");
  });

  it("adds the client's project to every request that names none", async () => {
    const scoped = API.factory({ endpoint: lxd.socketPath, project: "research", debug: false });
    await scoped.get("instances");
    expect(last().url).toBe("/1.0/instances?project=research");
    await scoped.get("instances", { query: { project: "other" } });
    expect(last().url).toBe("/1.0/instances?project=other");
    await scoped.GET("/1.0/instances/{name}", { params: { path: { name: "c1" } } });
    expect(last().url).toBe("/1.0/instances/c1?project=research");
  });
});

describe("APIResult", () => {
  it("keeps the api, the data, the request (as sent) and the response", async () => {
    const result = await api.post<OperationEnvelope>("instances", { json: { name: "c1", source: { type: "none" } } });
    expect(result).toBeInstanceOf(APIResult);
    expect(result.api).toBe(api);
    expect(result.data.type).toBe("async");
    expect(result.operation).toBe("/1.0/operations/ok-op");
    expect(result.metadata.id).toBe("ok-op");
    expect(result.request).toMatchObject({
      method: "POST",
      url: `${display}/1.0/instances`,
      json: { name: "c1", source: { type: "none" } },
    });
    expect(result.response.status).toBe(202);
    expect(result.response.headers.get("location")).toBe("/1.0/operations/ok-op");
    expect(last().headers["content-type"]).toBe("application/json");
    expect(JSON.parse(last().body)).toEqual({ name: "c1", source: { type: "none" } });

    expect(result.requestSummary()).toBe(
      `POST ${display}/1.0/instances\n${JSON.stringify({ name: "c1", source: { type: "none" } }, null, 4)}`,
    );
    expect(result.responseSummary()).toBe(`HTTP/202\n${JSON.stringify(result.data, null, 4)}`);
    const withQuery = await api.get("instances", { query: { recursion: 1 } });
    expect(withQuery.request.url).toBe(`${display}/1.0/instances?recursion=1`);
  });

  it("exposes the ETag and sends If-Match", async () => {
    const got = await api.get("instances/c1");
    expect(got.etag).toBe(`"${ETAG}"`);
    expect(got.metadata).toEqual(INSTANCE);
    await api.put("instances/c1", { json: INSTANCE, headers: { "If-Match": got.etag! } });
    expect(last().headers["if-match"]).toBe(`"${ETAG}"`);
  });

  it("responseSummary() hides the websocket secrets of operations", async () => {
    const exec = await api.post("instances/c1/exec", { json: { command: ["true"], "wait-for-websocket": true } });
    expect(exec.responseSummary()).not.toContain("s3cr3t");
    expect(JSON.stringify(exec.data)).toContain("s3cr3t-fd0"); // the data itself is the daemon's
  });
});

describe("parsing: core's parseAs", () => {
  it("a 200 text/html answer to api.get() is a ResponseParseError, not an APIResult", async () => {
    const error = await failure(api.get("html"));
    expect(error.name).toBe("ResponseParseError");
    expect(error).toBeInstanceOf(ClienteleError);
    expect(error.message).toBe(`GET ${display}/1.0/html: HTTP 200 with an unreadable body (expected JSON, got text/html)`);
  });

  it("untyped calls read text when asked; typed calls read text/* answers as text (auto)", async () => {
    expect((await failure(api.get("metrics"))).name).toBe("ResponseParseError");
    const asked = await api.get<string>("metrics", { parseAs: "text" });
    expect(asked.data).toBe("lxd_uptime_seconds 42\n");
    const typed = await api.GET("/1.0/metrics");
    expect(typed.data).toBe("lxd_uptime_seconds 42\n");
    expect(typed.validate()).toBe(typed);
    const bytes = await api.GET("/1.0/metrics", { parseAs: "bytes" });
    expect(bytes.data).toEqual(new TextEncoder().encode("lxd_uptime_seconds 42\n"));
  });
});

describe("errors: core's classes, lxdapi's names", () => {
  it("APIException and APINotFoundException are core's APIException and NotFound", () => {
    expect(APIException).toBe(CoreAPIException);
    expect(APINotFoundException).toBe(CoreNotFound);
    expect(NotFound).toBe(CoreNotFound);
    // So an error core built anywhere is one of lxdapi's.
    const plain = new CoreNotFound({ status: 404, method: "GET", url: "https://example.com/x" });
    expect(plain).toBeInstanceOf(APINotFoundException);
    expect(plain).toBeInstanceOf(APIException);
  });

  it("404 → APINotFoundException (core's NotFound), with the daemon's error as reason and field", async () => {
    const error = await failure(api.get("instances/missing"));
    expect(error).toBeInstanceOf(APINotFoundException);
    expect(error).toBeInstanceOf(CoreNotFound);
    expect(error).toBeInstanceOf(CoreAPIException);
    expect(error.name).toBe("NotFound");
    expect(error.status).toBe(404);
    expect(error.error).toBe("Instance not found");
    // The socket as lxdapi shows it, not the placeholder origin the transport is given.
    expect(error.message).toBe(`GET ${display}/1.0/instances/missing → 404 Not Found: Instance not found`);
    expect(error.body).toMatchObject({ type: "error", error_code: 404 });
    expect(error.attempts).toBe(1);
  });

  it("a stale If-Match → PreconditionFailed (412)", async () => {
    const error = await failure(api.put("instances/c1", { json: INSTANCE, headers: { "If-Match": '"stale"' } }));
    expect(error).toBeInstanceOf(PreconditionFailed);
    expect(error).toBeInstanceOf(APIException);
    expect(error).not.toBeInstanceOf(APINotFoundException);
    expect(error.status).toBe(412);
    expect(error.error).toBe(`ETag doesn't match: ${ETAG} vs stale`);
  });

  it("400 → BadRequest, 500 → InternalServerError, both APIException", async () => {
    const bad = await failure(api.post("instances", { json: { name: "bogus" } }));
    expect(bad).toBeInstanceOf(BadRequest);
    expect(bad).toBeInstanceOf(APIException);
    expect(bad.error).toBe("Unknown source type bogus");
    const dup = await failure(api.get("profiles/dup"));
    expect(dup).toBeInstanceOf(InternalServerError);
    expect(dup).toBeInstanceOf(APIException);
  });

  it("a call slower than its timeout → TimeoutError, after LXD's retries of a GET", async () => {
    const started = Date.now();
    const error = await failure(api.get("hang", { timeout: 200 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as unknown as TimeoutError).attempts).toBe(3);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("a daemon that went away → ConnectionError naming its socket", async () => {
    const gone = await startFakeLxd();
    const client = API.factory({ endpoint: gone.socketPath, retry: { maxRetries: 0 }, debug: false });
    await gone.close();
    const error = await failure(client.get("instances"));
    expect(error.name).toBe("ConnectionError");
    expect(error).toBeInstanceOf(ClienteleError);
    expect(error.message).toContain(`GET ${socketUrl(gone.socketPath)}/1.0/instances: could not connect to `);
  });

  it("typed calls raise the same errors, and refuse . and .. as path parameters", async () => {
    expect(await failure(api.GET("/1.0/instances/{name}", { params: { path: { name: "missing" } } }))).toBeInstanceOf(APINotFoundException);
    await expect(api.GET("/1.0/instances/{name}", { params: { path: { name: ".." } } })).rejects.toThrow(/cannot be "\.\."/);
  });
});

describe("timeout: per attempt, against a slow real server on 127.0.0.1", () => {
  let slow: ScriptedServer;
  beforeAll(async () => {
    slow = await startScriptedServer({
      fallback: { status: 200, json: { type: "sync", status: "Success", status_code: 200, metadata: { ok: true } } },
    });
  });
  afterAll(() => slow.close());

  const client = () => API.factory({ endpoint: slow.url, timeout: 300, retry: { backoffFactor: 1, backoffJitter: 0 }, debug: false });

  it("bounds each attempt, not the whole call: two stalled attempts, then an answer", async () => {
    slow.reset();
    slow.script("stall-headers", "stall-headers");
    const started = Date.now();
    const result = await client().get<Envelope<{ ok: boolean }>>("instances");
    const elapsed = Date.now() - started;
    expect(result.data.metadata.ok).toBe(true);
    expect(slow.count("GET")).toBe(3);
    // Two attempts of 300 ms ran out: the call took longer than one timeout, and was not cut short by it.
    expect(elapsed).toBeGreaterThanOrEqual(550);
    expect(elapsed).toBeLessThan(5_000);
  });

  it("every attempt stalled: TimeoutError naming the per-attempt timeout, after LXD's 2 retries", async () => {
    slow.reset();
    slow.script("stall-headers", "stall-headers", "stall-headers");
    const started = Date.now();
    const error = (await failure(client().get("instances"))) as unknown as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.timeout).toBe(300);
    expect(error.attempts).toBe(3);
    expect(slow.count("GET")).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(850);
  });

  it("a POST is not retried (LXD's default methods): one attempt, one TimeoutError", async () => {
    slow.reset();
    slow.script("stall-headers");
    expect(await failure(client().post("instances", { json: { name: "c1" } }))).toBeInstanceOf(TimeoutError);
    expect(slow.count("POST")).toBe(1);
  });
});

describe("wait(): core's poll over LXD's /wait", () => {
  const asyncResult = (operation: string) =>
    new APIResult(
      api,
      {
        data: { type: "async", status: "Operation created", status_code: 100, operation, error_code: 0, error: "", metadata: {} },
        response: new Response(null, { status: 202 }),
      },
      { method: "POST", url: "x", headers: {} },
    );

  it("waits on the operation and returns its final state", async () => {
    const created = await api.post("instances", { json: { name: "c1", source: { type: "none" } } });
    const done = await created.wait({ serverWaitSeconds: 5 });
    expect(last().url).toBe("/1.0/operations/ok-op/wait?timeout=5");
    expect(done.data.metadata.status).toBe("Success");
    expect(done.data.metadata.status_code).toBe(200);
  });

  it("holds each check open 30 s on the daemon by default, capped by what is left of maxDuration", async () => {
    await (await api.post("instances", { json: { name: "c1" } })).wait();
    expect(last().url).toBe("/1.0/operations/ok-op/wait?timeout=30");
    await (await api.post("instances", { json: { name: "c1" } })).wait({ maxDuration: 4_500 });
    expect(last().url).toBe("/1.0/operations/ok-op/wait?timeout=5");
  });

  it("keeps the operation URL's own query (project)", async () => {
    await asyncResult("/1.0/operations/ok-op?project=p1").wait();
    expect(last().url).toBe("/1.0/operations/ok-op/wait?project=p1&timeout=30");
  });

  it("a failed operation (200 sync, status_code 400) raises APIException with the operation's err", async () => {
    const start = await api.put("instances/c1/state", { json: { action: "start" } });
    const error = await failure(start.wait({ serverWaitSeconds: 5 }));
    expect(error).toBeInstanceOf(APIException);
    expect(error).not.toBeInstanceOf(NotFound);
    expect(error.error).toBe(START_ERROR);
    expect(error.message).toBe(`GET ${display}/1.0/operations/fail-op/wait?timeout=5 → 200 OK: ${START_ERROR}`);
    expect(error.status).toBe(200);
    expect((error.body as OperationEnvelope).metadata.status).toBe("Failure");
  });

  it("a cancelled operation (status_code 401) raises", async () => {
    await expect(asyncResult("/1.0/operations/cancel-op").wait()).rejects.toBeInstanceOf(APIException);
  });

  it("200 with an error envelope (LXD ≥ 5.0.3) raises with its error", async () => {
    const error = await failure(asyncResult("/1.0/operations/err-op").wait());
    expect(error).toBeInstanceOf(APIException);
    expect(error.error).toBe("context deadline exceeded");
  });

  it("an operation that is gone (404) raises APINotFoundException", async () => {
    const error = await failure(asyncResult("/1.0/operations/gone-op").wait());
    expect(error).toBeInstanceOf(APINotFoundException);
    expect(error.error).toBe("Operation not found");
  });

  it("an answer without the operation's status is a ClienteleError naming the field, not a TypeError", async () => {
    const error = await failure(asyncResult("/1.0/operations/odd-op").wait());
    expect(error).toBeInstanceOf(ClienteleError);
    expect(error.message).toMatch(/^GET .*\/1\.0\/operations\/odd-op\/wait\?timeout=30: the answer has no `metadata\.status_code`/);
  });

  it("polls until maxDuration, then returns the still-running operation, or raises TimeoutError when asked", async () => {
    const before = lxd.received.length;
    const started = Date.now();
    const running = await asyncResult("/1.0/operations/slow-op").wait({ maxDuration: 1_000, delay: 200 });
    const elapsed = Date.now() - started;
    expect(running.data.metadata.status_code).toBe(103);
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(3_000);
    const checks = lxd.received.slice(before);
    expect(checks.length).toBeGreaterThanOrEqual(3);
    expect(checks.length).toBeLessThanOrEqual(7);
    for (const check of checks) expect(check.url).toBe("/1.0/operations/slow-op/wait?timeout=1");

    const error = await failure(asyncResult("/1.0/operations/slow-op").wait({ maxDuration: 300, delay: 100, raiseOnTimeout: true }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toMatch(/LXD operation \/1\.0\/operations\/slow-op: not done within maxDuration 300 ms/);
  });

  it("stops at maxTries and on the caller's signal", async () => {
    await expect(asyncResult("/1.0/operations/slow-op").wait({ maxTries: 2, delay: 10 })).rejects.toThrow(/not done after 2 checks/);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("gave up")), 150);
    await expect(asyncResult("/1.0/operations/slow-op").wait({ delay: 50, signal: controller.signal })).rejects.toThrow("gave up");
  });

  it("refuses lxdapi's `timeout` (seconds) and bad serverWaitSeconds, by name", async () => {
    const stale = await failure(asyncResult("/1.0/operations/ok-op").wait({ timeout: 5 } as never));
    expect(stale).toBeInstanceOf(ConfigurationError);
    expect(stale.message).toMatch(/`maxDuration` \(ms\).*`serverWaitSeconds` \(s\)/);
    expect(await failure(asyncResult("/1.0/operations/ok-op").wait({ serverWaitSeconds: 0.5 }))).toBeInstanceOf(ConfigurationError);
    expect(await failure(asyncResult("/1.0/operations/ok-op").wait({ maxDuration: Number.NaN }))).toBeInstanceOf(ConfigurationError);
  });

  it("returns a sync result itself", async () => {
    const created = await api.post("profiles", { json: { name: "p1" } });
    expect(created.status).toBe(201);
    expect(await created.wait()).toBe(created);
  });

  it("validate() raises core's APIException for any metadata.status_code ≥ 400 along the chain", () => {
    const result = (data: unknown) =>
      new APIResult(api, { data, response: new Response(null) }, { method: "GET", url: "http://lxd/u", headers: {} });
    const nested = result({
      type: "sync",
      error: "",
      metadata: { status_code: 200, metadata: { status_code: 400, err: "inner failure" } },
    });
    expect(() => nested.validate()).toThrow(CoreAPIException);
    expect(() => nested.validate()).toThrow("GET http://lxd/u → 200 OK: inner failure");
    const stopped = result({ type: "sync", error: "", metadata: { status_code: 102 } });
    expect(stopped.validate()).toBe(stopped);
  });
});

describe("typed surface: core's typed methods", () => {
  it("fills path parameters, query, headers and the JSON body", async () => {
    const got = await api.GET("/1.0/instances/{name}", { params: { path: { name: "c1" }, query: { recursion: 0 } } });
    expect(last().url).toBe("/1.0/instances/c1?recursion=0");
    expect(got.data.metadata?.name).toBe("c1");
    expect(got).toBeInstanceOf(APIResult);
    expect(got.request.url).toBe(`${display}/1.0/instances/c1?recursion=0`);

    const put = await api.PUT("/1.0/instances/{name}", {
      params: { path: { name: "c1" }, header: { "If-Match": ETAG } },
      body: { config: {}, devices: {}, profiles: ["default"] },
    });
    expect(last().method).toBe("PUT");
    expect(last().headers["if-match"]).toBe(ETAG);
    expect(JSON.parse(last().body)).toEqual({ config: {}, devices: {}, profiles: ["default"] });
    expect(put.request).toMatchObject({
      method: "PUT",
      headers: { "If-Match": ETAG },
      json: { config: {}, devices: {}, profiles: ["default"] },
    });
  });

  it("encodes path parameters", async () => {
    await expect(api.GET("/1.0/instances/{name}", { params: { path: { name: "a b/c" } } })).rejects.toBeInstanceOf(APINotFoundException);
    expect(last().url).toBe("/1.0/instances/a%20b%2Fc");
  });

  it("takes per-call timeout, headers and retry", async () => {
    const before = lxd.received.length;
    await expect(
      api.GET("/1.0/instances/{name}", { params: { path: { name: "c1" } }, headers: { "X-Call": "1" }, timeout: 1_000 }),
    ).resolves.toBeInstanceOf(APIResult);
    expect(last().headers["x-call"]).toBe("1");
    const error = await failure(api.get("hang", { timeout: 100, retry: { maxRetries: 0 } }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(lxd.received.length - before).toBe(2);
  });
});

describe("DEBUG transcripts (core's, in lxdapi's layout)", () => {
  it("prints each transaction as lxdapi does: http+unix URL, JSON bodies indented by 4, HTTP/<status>, a line of =", async () => {
    const lines: string[] = [];
    const debugged = API.factory({ endpoint: lxd.socketPath, debug: (text) => lines.push(text) });
    expect(debugged.debug).toBe(true);
    await debugged.put("instances/c1/state", { json: { action: "stop", timeout: 30 } });
    expect(lines[0]).toBe(`PUT ${display}/1.0/instances/c1/state\n{\n    "action": "stop",\n    "timeout": 30\n}`);
    expect(lines[1]).toMatch(/^HTTP\/202\n\{\n {4}"type": "async",\n {4}"status": "Operation created",/);
    expect(lines[1]).toMatch(/\n={24}$/);
    expect(lines).toHaveLength(2);
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

  it("follows DEBUG as the debug package reads it: clientele:lxd, clientele:*, * and 1 on; express and exclusions off", async () => {
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    const cases: Array<[string, boolean]> = [
      ["clientele:lxd", true],
      ["clientele:*", true],
      ["*", true],
      ["1", true],
      ["express", false],
      ["clientele:nextmv", false],
      ["*,-clientele:*", false],
      ["clientele:*,-clientele:lxd", false],
    ];
    for (const [value, on] of cases) {
      process.env.DEBUG = value;
      printed.mockClear();
      const debugged = API.factory({ endpoint: lxd.socketPath });
      expect(debugged.debug, `DEBUG=${value}`).toBe(on);
      await debugged.get("instances");
      expect(printed.mock.calls.length, `DEBUG=${value}`).toBe(on ? 2 : 0);
    }
    process.env.DEBUG = "clientele:lxd";
    printed.mockClear();
    await API.factory({ endpoint: lxd.socketPath }).get("instances");
    expect(printed.mock.calls.map((c) => String(c[0]))).toEqual([
      `GET ${display}/1.0/instances`,
      expect.stringMatching(/^HTTP\/200\n[\s\S]*\n={24}$/),
    ]);
    // The option wins over the variable.
    expect(API.factory({ endpoint: lxd.socketPath, debug: false }).debug).toBe(false);
    delete process.env.DEBUG;
    expect(API.factory({ endpoint: lxd.socketPath }).debug).toBe(false);
  });
});

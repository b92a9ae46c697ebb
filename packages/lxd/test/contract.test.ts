// Contract tests: the client's typed and untyped calls, APIResult and wait() against
// `startMockServer("lxd")` over plain http (the client accepts an http:// endpoint). Every request and
// every answer is validated against specs/lxd.openapi.yaml; each test ends with `assertNoViolations()`.

import { readFileSync } from "node:fs";
import {
  API,
  APIException,
  APINotFoundException,
  NotFound,
  PreconditionFailed,
  TimeoutError,
  type LxdErrorFields,
  type OperationEnvelope,
} from "@clientele/lxd";
import { defaultResponse, findOperation, startMockServer, type MockServer, type ServerHandler } from "@clientele/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const UUID = /^\/1\.0\/operations\/[0-9a-f-]{36}$/;
let mock: MockServer;
/** A mock server with some handlers, closed after the test. */
let custom: MockServer | undefined;

beforeAll(async () => {
  mock = await startMockServer("lxd");
});
afterAll(() => mock.close());
afterEach(async () => {
  try {
    mock.assertNoViolations();
    custom?.assertNoViolations();
  } finally {
    mock.reset();
    await custom?.close();
    custom = undefined;
  }
});

const api = (server: MockServer = mock) => API.factory({ endpoint: server.url, retry: { maxRetries: 0 }, timeout: 5_000 });
const ops = (server: MockServer = mock) => server.calls.all.map((c) => c.operationId ?? c.operation);
const withHandlers = async (handlers: Record<string, ServerHandler>) => {
  custom = await startMockServer(mock.spec, { handlers });
  return api(custom);
};
/** The spec's example answer of an operation, to vary in handlers. */
const example = <T>(operationId: string) => structuredClone(defaultResponse(mock.spec, findOperation(mock.spec, operationId)!).body) as T;

describe("typed calls against the mock server's defaults", () => {
  it("GET /1.0: a sync result, validated, whose wait() is itself", async () => {
    const lxd = api();
    expect(lxd.endpoint).toBe(mock.url);
    const result = await lxd.GET("/1.0");
    expect(result.status).toBe(200);
    expect(result.data.type).toBe("sync");
    expect(result.metadata?.api_version).toBe("1.0");
    expect(result.operation).toBeUndefined();
    expect(result.request).toMatchObject({ method: "GET", url: `${mock.url}/1.0` });
    expect(await result.wait()).toBe(result);
    expect(ops()).toEqual(["getServer"]);
  });

  it("POST /1.0/instances → 202 with an operation; wait() long-polls /wait?timeout=<serverWaitSeconds> and returns the finished operation", async () => {
    const lxd = api();
    const created = await lxd.POST("/1.0/instances", { body: { name: "c1", source: { type: "none" } } });
    expect(created.status).toBe(202);
    expect(created.operation).toMatch(UUID);
    const done = await created.wait({ serverWaitSeconds: 7 });
    expect(done.data.metadata.status).toBe("Success");
    expect(done.data.metadata.status_code).toBe(200);
    expect(ops()).toEqual(["createInstance", "waitOperation"]);
    expect(mock.calls.last("createInstance")!.body).toEqual({ name: "c1", source: { type: "none" } });
    const wait = mock.calls.last("waitOperation")!;
    expect(`/1.0/operations/${wait.params.id}`).toBe(created.operation);
    expect(wait.query).toEqual({ timeout: "7" });
  });

  it("typed path and query parameters, project, and a state change waited on", async () => {
    const lxd = API.factory({ endpoint: mock.url, retry: { maxRetries: 0 }, timeout: 5_000, project: "research" });
    const state = await lxd.GET("/1.0/instances/{name}/state", { params: { path: { name: "c1" } } });
    expect(state.metadata?.status).toBe("Stopped");
    const changed = await lxd.PUT("/1.0/instances/{name}/state", {
      params: { path: { name: "c1" } },
      body: { action: "start", timeout: 30 },
    });
    await changed.wait({ serverWaitSeconds: 1 });
    const deleted = await lxd.DELETE("/1.0/instances/{name}", { params: { path: { name: "c1" } } });
    await deleted.wait({ serverWaitSeconds: 1 });
    expect(ops()).toEqual(["getInstanceState", "updateInstanceState", "waitOperation", "deleteInstance", "waitOperation"]);
    expect(mock.calls.to("getInstanceState")[0]!.query).toEqual({ project: "research" });
    expect(mock.calls.last("updateInstanceState")!.body).toEqual({ action: "start", timeout: 30 });
    // `project` rides along on every call, /wait included (the spec does not declare it there; undeclared query parameters pass).
    expect(mock.calls.last("waitOperation")!.query).toEqual({ timeout: "1", project: "research" });
  });

  it("untyped calls (lxdapi style): relative URLs under /1.0, query merged, json body", async () => {
    const lxd = api();
    const list = await lxd.get("instances", { query: { recursion: 1, filter: "status eq running" } });
    expect(Array.isArray(list.data.metadata)).toBe(true);
    expect(mock.calls.last("listInstances")!.query).toEqual({ recursion: "1", filter: "status eq running" });
    const op = await lxd.post("instances", { json: { name: "c2", source: { type: "none" } } });
    await op.wait({ serverWaitSeconds: 2 });
    expect(ops()).toEqual(["listInstances", "createInstance", "waitOperation"]);
    expect(mock.calls.last("createInstance")!.headers["content-type"]).toBe("application/json");
    expect(op.requestSummary()).toContain(`POST ${mock.url}/1.0/instances`);
    expect(op.responseSummary()).toMatch(/^HTTP\/202\n/);
  });

  it("a failed operation in the answer raises APIException carrying the daemon's err", async () => {
    // The spec's example of GET /1.0/operations/{id} is a failed start.
    const failure = example<OperationEnvelope>("getOperation");
    expect(failure.metadata.status_code).toBeGreaterThanOrEqual(400);
    const call = api().get(`/1.0/operations/${"f307bb1c-297f-4635-9840-2022870cd387"}`);
    await expect(call).rejects.toBeInstanceOf(APIException);
    await expect(api().get("/1.0/operations/f307bb1c-297f-4635-9840-2022870cd387")).rejects.toThrow(failure.metadata.err!);
  });
});

describe("flows the defaults cannot express: handlers", () => {
  const running = (): OperationEnvelope => {
    const op = example<OperationEnvelope>("waitOperation");
    return { ...op, metadata: { ...op.metadata, status: "Running", status_code: 103 } };
  };

  it("wait() past maxDuration returns the running operation, or raises TimeoutError with raiseOnTimeout", async () => {
    const lxd = await withHandlers({ waitOperation: () => ({ body: running() }) });
    const op = await lxd.POST("/1.0/instances", { body: { name: "c1", source: { type: "none" } } });
    // maxDuration 0: one long poll, then whatever the operation is.
    const still = await op.wait({ maxDuration: 0 });
    expect(still.data.metadata.status_code).toBe(103);
    await expect(op.wait({ maxDuration: 0, raiseOnTimeout: true })).rejects.toBeInstanceOf(TimeoutError);
    expect(ops(custom)).toEqual(["createInstance", "waitOperation", "waitOperation"]);
    expect(custom!.calls.last("waitOperation")!.query).toEqual({ timeout: "1" });
  });

  it("wait() on an operation that failed raises APIException with its err", async () => {
    const lxd = await withHandlers({
      waitOperation: () => {
        const op = example<OperationEnvelope>("waitOperation");
        return { body: { ...op, metadata: { ...op.metadata, status: "Failure", status_code: 400, err: "Failed to start: no rootfs" } } };
      },
    });
    const op = await lxd.PUT("/1.0/instances/{name}/state", { params: { path: { name: "c1" } }, body: { action: "start", timeout: 30 } });
    const error = await op.wait().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIException);
    expect((error as APIException & LxdErrorFields).error).toBe("Failed to start: no rootfs");
    expect((error as APIException).message).toMatch(/→ 200 OK: Failed to start: no rootfs$/);
  });

  it("an operation that succeeds after a few checks: one wait() polls until it does (stateful handler, bounded by maxTries)", async () => {
    let waits = 0;
    const lxd = await withHandlers({
      waitOperation: () => ({ body: ++waits < 3 ? running() : example<OperationEnvelope>("waitOperation") }),
    });
    const op = await lxd.POST("/1.0/instances", { body: { name: "c1", source: { type: "none" } } });
    const result = await op.wait({ delay: 10, maxTries: 10 });
    expect(result.data.metadata.status).toBe("Success");
    expect(custom!.calls.count("waitOperation")).toBe(3);
  });

  it("404 → APINotFoundException (also core's NotFound); 412 on a stale If-Match → PreconditionFailed", async () => {
    const notFound = {
      type: "error",
      status: "",
      status_code: 0,
      operation: "",
      error_code: 404,
      error: "Instance not found",
      metadata: null,
    };
    const lxd = await withHandlers({
      getInstance: ({ params }) =>
        params.name === "ghost" ? { status: 404, body: notFound } : { headers: { etag: '"abc123"' }, body: example<object>("getInstance") },
      updateInstance: ({ headers }) =>
        headers["if-match"] === '"abc123"'
          ? undefined
          : { status: 412, body: { ...notFound, error_code: 412, error: "ETag doesn't match" } },
    });
    const error = await lxd.GET("/1.0/instances/{name}", { params: { path: { name: "ghost" } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APINotFoundException);
    expect(error).toBeInstanceOf(NotFound);
    expect((error as APIException & LxdErrorFields).error).toBe("Instance not found");

    const got = await lxd.GET("/1.0/instances/{name}", { params: { path: { name: "c1" } } });
    expect(got.etag).toBe('"abc123"');
    const instance = got.data.metadata!;
    const put = await lxd.PUT("/1.0/instances/{name}", {
      params: { path: { name: "c1" }, header: { "If-Match": got.etag! } },
      body: { ...instance, description: "web" },
    });
    expect(put.status).toBe(202);
    expect(custom!.calls.last("updateInstance")!.headers["if-match"]).toBe('"abc123"');
    expect(custom!.calls.last("updateInstance")!.body).toMatchObject({ description: "web" });
    await expect(
      lxd.PUT("/1.0/instances/{name}", {
        params: { path: { name: "c1" }, header: { "If-Match": '"stale"' } },
        body: { ...instance, description: "web" },
      }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
  });

  it("a request outside the spec is answered 501 and recorded, never passed through", async () => {
    const error = await api()
      .get("nope")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIException);
    expect((error as APIException).status).toBe(501);
    expect(mock.violations.map((v) => v.message)).toEqual(["GET /1.0/nope is not in the spec (no path template matches)"]);
    mock.reset(); // the violation was the point of this test
  });
});

describe("README: Contract testing", () => {
  it("is run verbatim by @clientele/testing's test/readme-lxd.test.ts (msw's setupServer, no client option)", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const code = /## Contract testing[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const runner = readFileSync(new URL("../../testing/test/readme-lxd.test.ts", import.meta.url), "utf8");
    expect(code.length).toBeGreaterThan(200);
    expect(runner.slice(runner.indexOf("\n") + 1)).toBe(code);
  });
});

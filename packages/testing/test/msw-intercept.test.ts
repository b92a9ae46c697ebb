// msw's own `setupServer`, used as msw documents it, sees every request of every clientele client built
// with no `fetch` option (core's Node transport sends through the global fetch while a mock replaced it),
// and with `onUnhandledRequest: "error"` nothing it does not handle reaches the network.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { paths as AbejaPaths } from "@clientele/abeja-types";
import type { paths as LxdPaths } from "@clientele/lxd-types";
import type { paths as NextmvPaths } from "@clientele/nextmv-types";
import { APIClient } from "@clientele/abeja";
import { createApiClient } from "@clientele/core";
import { API } from "@clientele/lxd";
import { Client } from "@clientele/nextmv";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createMockApi } from "@clientele/testing";

const nextmv = createMockApi<NextmvPaths>("nextmv");
const abeja = createMockApi<AbejaPaths>("abeja");
const lxd = createMockApi<LxdPaths>("lxd", { baseUrl: "https://lxd.test:8443" });
const server = setupServer(...nextmv.handlers, ...abeja.handlers, ...lxd.handlers);

/** A real server on 127.0.0.1 counting the requests that reach it: none may while msw listens. */
let network: Server;
let networkUrl: string;
let reached = 0;

beforeAll(async () => {
  network = createServer((_req, res) => {
    reached++;
    res.writeHead(200, { "content-type": "application/json" }).end('{"reached":true}');
  });
  await new Promise<void>((resolve) => network.listen(0, "127.0.0.1", resolve));
  networkUrl = `http://127.0.0.1:${(network.address() as AddressInfo).port}`;
  server.listen({ onUnhandledRequest: "error" });
});
afterEach(() => {
  server.resetHandlers();
  for (const mock of [nextmv, abeja, lxd]) mock.reset();
  reached = 0;
});
afterAll(async () => {
  server.close();
  await new Promise((resolve) => network.close(resolve));
});

describe("msw's setupServer intercepts clients built with no fetch option", () => {
  it("Nextmv: a run from input upload to result, all answered by the spec's defaults", async () => {
    const app = new Client({ apiKey: "test-key" }).application("routing-app");
    const result = await app.newRunWithResult({ input: { stops: [] } }, { initialDelay: 0, delay: 0, jitter: 0 });
    expect(result.metadata.status_v2).toBe("succeeded");
    expect(nextmv.calls.last("createRun")?.body).toMatchObject({ input: { stops: [] } });
    expect(nextmv.calls.last("createRun")?.headers.authorization).toBe("Bearer test-key");
    nextmv.assertNoViolations();
  });

  it("ABEJA: a typed handler answers createDeployment", async () => {
    server.use(
      abeja.post("/organizations/{organization_id}/deployments", ({ body, response }) =>
        response(200).json({ deployment_id: "42", name: body.name }),
      ),
    );
    const client = new APIClient({ credential: { userId: "1122334455667", personalAccessToken: "secret" } });
    expect((await client.createDeployment("1122334455660", "demo")).deployment_id).toBe("42");
    expect(abeja.calls.last("createDeployment")?.body).toEqual({ name: "demo", description: "" });
    abeja.assertNoViolations();
  });

  it("LXD: an https endpoint, an operation created and waited on", async () => {
    const client = API.factory({ endpoint: "https://lxd.test:8443", retry: { maxRetries: 0 } });
    const created = await client.POST("/1.0/instances", { body: { name: "c1", source: { type: "none" } } });
    expect(created.status).toBe(202);
    expect((await created.wait({ maxDuration: 5_000 })).data.metadata.status).toBe("Success");
    expect(lxd.calls.all.map((c) => c.operationId)).toEqual(["createInstance", "waitOperation"]);
    lxd.assertNoViolations();
  });

  it('a request msw does not handle fails at once with onUnhandledRequest: "error" (no retries), and never reaches the network', async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      // Nextmv's default retry policy: 10 retries with backoff, which a connection error would go through.
      const client = new Client({ apiKey: "test-key", url: networkUrl });
      const started = Date.now();
      const error = await client
        .application("routing-app")
        .runMetadata("run-1")
        .catch((e: Error) => e);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(error).toMatchObject({ status: 501, attempts: 1 });
      expect((error as Error).message).toBe(
        `GET ${networkUrl}/v1/applications/routing-app/runs/run-1/metadata → 501 Not Implemented: ` +
          `GET ${networkUrl}/v1/applications/routing-app/runs/run-1/metadata: no msw handler took this request, nothing was sent ` +
          '(Cannot bypass a request when using the "error" strategy for the "onUnhandledRequest" option.)',
      );
      expect(reached).toBe(0);
      expect(errors.mock.calls.flat().join(" ")).toMatch(/without a matching request handler/);
    } finally {
      errors.mockRestore();
    }
  });

  it("a handler that never answers is cut by the client's timeout", async () => {
    const { delay, http } = await import("msw");
    server.use(http.get(`${networkUrl}/slow`, () => delay("infinite")));
    const client = createApiClient({ baseUrl: networkUrl, timeout: 600 });
    await expect(client.request("GET", "/slow")).rejects.toThrow(/timed out|timeout/i);
    expect(reached).toBe(0);
  });

  it("once msw is closed, the client talks to the network again (through its own transport)", async () => {
    server.close();
    try {
      const client = createApiClient({ baseUrl: networkUrl, retry: { maxRetries: 0 } });
      expect((await client.request("GET", "/anything")).data).toEqual({ reached: true });
      expect(reached).toBe(1);
    } finally {
      server.listen({ onUnhandledRequest: "error" });
    }
  });
});

describe("msw listening before core is loaded", () => {
  it("still intercepts (checked per request), and stops when msw is closed", async () => {
    vi.resetModules();
    const { interceptedFetch } = await import("../../core/src/platform/node/fetch-interception.js");
    expect(interceptedFetch()).toBeTypeOf("function");
    server.close();
    try {
      expect(interceptedFetch()).toBeUndefined();
      const { createApiClient: freshClient } = await import("@clientele/core");
      const client = freshClient({ baseUrl: networkUrl, retry: { maxRetries: 0 } });
      expect((await client.request("GET", "/x")).data).toEqual({ reached: true });
      expect(reached).toBe(1);
    } finally {
      server.listen({ onUnhandledRequest: "error" });
    }
    expect(interceptedFetch()).toBeTypeOf("function");
  });
});

describe("other replacements of the global fetch", () => {
  it("a test framework's mock function is used (vi.stubGlobal)", async () => {
    server.close();
    try {
      const stub = vi.fn(async () => new Response('{"stubbed":true}', { headers: { "content-type": "application/json" } }));
      vi.stubGlobal("fetch", stub);
      const client = createApiClient({ baseUrl: networkUrl, retry: { maxRetries: 0 } });
      expect((await client.request("GET", "/stubbed")).data).toEqual({ stubbed: true });
      expect(stub).toHaveBeenCalledTimes(1);
      expect(reached).toBe(0);
    } finally {
      vi.unstubAllGlobals();
      server.listen({ onUnhandledRequest: "error" });
    }
  });

  it("a production wrapper (tracing, caching) is not: the transport keeps its own connection settings", async () => {
    server.close();
    const original = globalThis.fetch;
    let wrapped = 0;
    globalThis.fetch = (input, init) => {
      wrapped++;
      return original(input, init);
    };
    try {
      const client = createApiClient({ baseUrl: networkUrl, retry: { maxRetries: 0 } });
      expect((await client.request("GET", "/wrapped")).data).toEqual({ reached: true });
      expect(wrapped).toBe(0);
      expect(reached).toBe(1);
    } finally {
      globalThis.fetch = original;
      server.listen({ onUnhandledRequest: "error" });
    }
  });
});

// Edge shapes: default answers with nulls where the spec allows them, optional fields left out, empty
// lists and the longest enum values, all still valid, and the clients' helpers run against them without
// a TypeError (the kind of bug only real servers' answers used to show).
import type { paths as AbejaPaths } from "@clientele/abeja-types";
import type { paths as LxdPaths } from "@clientele/lxd-types";
import type { paths as NextmvPaths } from "@clientele/nextmv-types";
import { APIClient, entriesOf } from "@clientele/abeja";
import { API } from "@clientele/lxd";
import { Client } from "@clientele/nextmv";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMockApi, defaultResponse, edgeShape, INSTANT_POLLING, loadSpec, type OpenAPIDocument } from "@clientele/testing";

const nextmv = createMockApi<NextmvPaths>("nextmv", { shapes: "edge" });
const abeja = createMockApi<AbejaPaths>("abeja", { shapes: "edge" });
const lxd = createMockApi<LxdPaths>("lxd", { baseUrl: "https://lxd.test:8443", shapes: "edge" });
const server = setupServer(...nextmv.handlers, ...abeja.handlers, ...lxd.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  // Edge answers are spec-valid by construction: any violation here is a bug of the mock.
  nextmv.verifyAndReset(server);
  abeja.verifyAndReset();
  lxd.verifyAndReset();
});
afterAll(() => server.close());

/** Runs a helper; only a client error (ClienteleError and its kind) may come out, never a TypeError. */
async function survives(what: string, run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return `${what}: ok`;
  } catch (error) {
    if (error instanceof TypeError || error instanceof ReferenceError) throw new Error(`${what}: ${(error as Error).stack}`);
    return `${what}: ${(error as Error).name}`;
  }
}

async function drain<T>(items: AsyncIterable<T>, max = 50): Promise<number> {
  let n = 0;
  for await (const _ of items) if (++n >= max) break;
  return n;
}

describe("edgeShape()", () => {
  it("nulls what may be null, drops optional properties, empties arrays, takes the longest enum value", () => {
    const doc = { openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {} } as unknown as OpenAPIDocument;
    const schema = {
      type: "object",
      required: ["id", "tags", "state", "next", "inner"],
      properties: {
        id: { type: "string" },
        note: { type: "string" },
        tags: { type: "array", items: { type: "string" } },
        state: { enum: ["ok", "succeeded"] },
        next: { type: ["string", "null"] },
        inner: { type: "object", required: ["a"], properties: { a: { type: "integer" }, b: { type: "integer" } } },
      },
    };
    const example = { id: "x", note: "n", tags: ["a"], state: "ok", next: "t", inner: { a: 1, b: 2 } };
    expect(edgeShape(doc, schema, example)).toEqual({ id: "x", tags: [], state: "succeeded", next: null, inner: { a: 1 } });
    expect(example.tags).toEqual(["a"]);
  });

  it("the mock's edge answers differ from the examples and stay valid", async () => {
    const spec = loadSpec("nextmv");
    const res = await fetch("https://api.cloud.nextmv.io/v1/applications/routing-app/runs/run-1/metadata", {
      headers: { authorization: "Bearer k" },
    });
    const edge = (await res.json()) as Record<string, unknown>;
    const op = spec.operations.find((o) => o.operationId === "getRunMetadata")!;
    const example = defaultResponse(spec, op).body as Record<string, unknown>;
    expect(res.status).toBe(200);
    expect(Object.keys(edge).length).toBeLessThanOrEqual(Object.keys(example).length);
    expect(edge).not.toEqual(example);
    expect(nextmv.violations).toEqual([]);
  });
});

describe("every client's helpers against edge shapes", () => {
  it("Nextmv", async () => {
    const client = new Client({ apiKey: "k", maxRetries: 0 });
    const app = client.application("routing-app");
    const outcomes = [
      await survives("listApplications", () => drain(client.listApplications())),
      await survives("listRuns", () => drain(app.listRuns())),
      await survives("listInstances", () => drain(app.listInstances())),
      await survives("listVersions", () => drain(app.listVersions())),
      await survives("runMetadata", () => app.runMetadata("run-1")),
      await survives("runResult", () => app.runResult("run-1")),
      await survives("runResultWithPolling", () => app.runResultWithPolling("run-1", { ...INSTANT_POLLING, maxTries: 5 })),
      await survives("runLogs", () => app.runLogs("run-1")),
      await survives("newRunWithResult", () => app.newRunWithResult({ input: { stops: [] } }, { ...INSTANT_POLLING, maxTries: 5 })),
    ];
    expect(outcomes).toHaveLength(9);
  });

  it("ABEJA", async () => {
    const client = new APIClient({ credential: { authToken: "t" }, maxRetryCount: 0 });
    const [org, dep] = ["1122334455660", "1111111111111"];
    const outcomes = [
      await survives("getDeployments", async () => entriesOf(await client.getDeployments(org))),
      await survives("getDeployment", () => client.getDeployment(org, dep)),
      await survives("getServices", async () => entriesOf(await client.getServices(org, dep))),
      await survives("getService", () => client.getService(org, dep, "ser-1")),
      await survives("waitForService", () => client.waitForService(org, dep, "ser-1", { ...INSTANT_POLLING, maxTries: 3 })),
      await survives("iterRuns", () => drain(client.iterRuns(org, dep))),
      await survives("iterRunLogs", () => drain(client.iterRunLogs(org, dep, "run-1"))),
      await survives("getTriggers", async () => entriesOf(await client.getTriggers(org, dep))),
    ];
    expect(outcomes).toHaveLength(8);
  });

  it("LXD", async () => {
    const api = API.factory({ endpoint: "https://lxd.test:8443", retry: { maxRetries: 0 } });
    const outcomes = [
      await survives("GET /1.0", () => api.GET("/1.0")),
      await survives("GET /1.0/instances", () => api.GET("/1.0/instances")),
      await survives("create + wait", async () => {
        const op = await api.POST("/1.0/instances", { body: { name: "c1", source: { type: "none" } } });
        return op.wait({ ...INSTANT_POLLING, maxDuration: 2_000 });
      }),
    ];
    expect(outcomes).toHaveLength(3);
  });
});

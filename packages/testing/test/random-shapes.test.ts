// Property test: every client's helpers against 200 random spec-valid answers per operation
// (`shapes: "random"`, seeded): nulls where allowed, optional fields left out, lists of other lengths,
// other enum values. A helper may refuse an answer with a ClienteleError, never with a TypeError.
import type { paths as AbejaPaths } from "@clientele/abeja-types";
import type { paths as LxdPaths } from "@clientele/lxd-types";
import type { paths as NextmvPaths } from "@clientele/nextmv-types";
import { APIClient, entriesOf } from "@clientele/abeja";
import { ClienteleError } from "@clientele/core";
import { API } from "@clientele/lxd";
import { Client } from "@clientele/nextmv";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMockApi, INSTANT_POLLING } from "@clientele/testing";

const RUNS = 200;
const nextmv = createMockApi<NextmvPaths>("nextmv", { shapes: "random", seed: 16 });
const abeja = createMockApi<AbejaPaths>("abeja", { shapes: "random", seed: 17 });
const lxd = createMockApi<LxdPaths>("lxd", { baseUrl: "https://lxd.test:8443", shapes: "random", seed: 14 });
const server = setupServer(...nextmv.handlers, ...abeja.handlers, ...lxd.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  // Random answers are validated before they are sent: a violation would be the mock's bug.
  nextmv.verifyAndReset(server);
  abeja.verifyAndReset();
  lxd.verifyAndReset();
});
afterAll(() => server.close());

/** Runs each helper `RUNS` times; returns how often each ended in a client error. A TypeError fails the test. */
async function property(helpers: Record<string, () => Promise<unknown>>): Promise<Record<string, number>> {
  const refused: Record<string, number> = {};
  for (let run = 0; run < RUNS; run++) {
    for (const [name, helper] of Object.entries(helpers)) {
      try {
        await helper();
      } catch (error) {
        if (!(error instanceof ClienteleError)) throw new Error(`${name}, run ${run}: ${(error as Error).stack}`);
        refused[name] = (refused[name] ?? 0) + 1;
      }
    }
  }
  return refused;
}

async function drain<T>(items: AsyncIterable<T>, max = 20): Promise<number> {
  let n = 0;
  for await (const _ of items) if (++n >= max) break;
  return n;
}

const polling = { ...INSTANT_POLLING, maxTries: 3 };

describe(`every helper against ${RUNS} random spec-valid answers per operation`, () => {
  it("Nextmv: lists, metadata, result, polling, upload flow", async () => {
    const client = new Client({ apiKey: "k", maxRetries: 0 });
    const app = client.application("routing-app");
    const shapes = new Set<string>();
    const refused = await property({
      listApplications: () => drain(client.listApplications()),
      listRuns: () => drain(app.listRuns()),
      runMetadata: async () => shapes.add(JSON.stringify(await app.runMetadata("run-1"))),
      runResult: () => app.runResult("run-1"),
      runResultWithPolling: () => app.runResultWithPolling("run-1", polling),
      newRunWithResult: () => app.newRunWithResult({ input: { stops: [] } }, polling),
    });
    expect(shapes.size).toBeGreaterThan(RUNS / 2);
    expect(nextmv.calls.count("getRunMetadata")).toBeGreaterThanOrEqual(RUNS * 3);
    expect(Object.keys(refused).every((name) => name !== "runMetadata")).toBe(true);
  }, 120_000);

  it("ABEJA: lists, iterators, service wait", async () => {
    const client = new APIClient({ credential: { authToken: "t" }, maxRetryCount: 0 });
    const [org, dep] = ["1122334455660", "1111111111111"];
    await property({
      getDeployments: async () => entriesOf(await client.getDeployments(org)),
      getServices: async () => entriesOf(await client.getServices(org, dep)),
      iterRuns: () => drain(client.iterRuns(org, dep)),
      iterRunLogs: () => drain(client.iterRunLogs(org, dep, "run-1")),
      waitForService: () => client.waitForService(org, dep, "ser-1", polling),
    });
    expect(abeja.calls.count("getService")).toBeGreaterThanOrEqual(RUNS);
  }, 120_000);

  it("LXD: reads and operation waits", async () => {
    const api = API.factory({ endpoint: "https://lxd.test:8443", retry: { maxRetries: 0 } });
    await property({
      server: () => api.GET("/1.0"),
      instances: () => api.GET("/1.0/instances"),
      createAndWait: async () => (await api.POST("/1.0/instances", { body: { name: "c1", source: { type: "none" } } })).wait(polling),
    });
    expect(lxd.calls.count("createInstance")).toBe(RUNS);
  }, 120_000);
});

// Stateful scenarios: one scripted state answers every operation about a resource, and clients' polling
// runs at zero delay, so a run from queued to failed takes milliseconds.
import type { paths as AbejaPaths } from "@clientele/abeja-types";
import type { paths as LxdPaths } from "@clientele/lxd-types";
import type { paths as NextmvPaths } from "@clientele/nextmv-types";
import { APIClient } from "@clientele/abeja";
import { API } from "@clientele/lxd";
import { Client } from "@clientele/nextmv";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMockApi, INSTANT_POLLING, lifecycle } from "@clientele/testing";

const nextmv = createMockApi<NextmvPaths>("nextmv");
const abeja = createMockApi<AbejaPaths>("abeja");
const lxd = createMockApi<LxdPaths>("lxd", { baseUrl: "https://lxd.test:8443" });
const server = setupServer(...nextmv.handlers, ...abeja.handlers, ...lxd.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  nextmv.verifyAndReset(server);
  abeja.verifyAndReset();
  lxd.verifyAndReset();
});
afterAll(() => server.close());

const fast = INSTANT_POLLING;
const METADATA = "/v1/applications/{application_id}/runs/{run_id}/metadata" as const;
const RESULT = "/v1/applications/{application_id}/runs/{run_id}" as const;

/** A Nextmv run whose metadata and result tell the same story. */
function scriptRun(run: ReturnType<typeof lifecycle<"queued" | "running" | "succeeded" | "failed">>) {
  server.use(
    nextmv.get(METADATA, ({ response }) => response(200).merge({ metadata: { status_v2: run.next() } })),
    nextmv.get(RESULT, ({ response }) =>
      response(200).merge({ metadata: { status_v2: run.current, error: run.current === "failed" ? "out of memory" : "" } }),
    ),
  );
}

describe("lifecycle()", () => {
  it("Nextmv: queued → running → failed, the same in the metadata and the result, polled at zero delay", async () => {
    const run = lifecycle(["queued", "running", "failed"]);
    scriptRun(run);
    const app = new Client({ apiKey: "k", maxRetries: 0 }).application("routing-app");
    const started = Date.now();
    const result = await app.runResultWithPolling("run-1", fast);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(run.history).toEqual(["queued", "running", "failed"]);
    expect(result.metadata.status_v2).toBe("failed");
    expect(result.metadata.error).toBe("out of memory");
    expect((await app.runMetadata("run-1")).metadata.status_v2).toBe("failed");
    expect(nextmv.calls.count("getRunMetadata")).toBe(4);
  });

  it("Nextmv: queued → running → succeeded, and reset() starts over", async () => {
    const run = lifecycle(["queued", "running", "succeeded"]);
    scriptRun(run);
    const app = new Client({ apiKey: "k", maxRetries: 0 }).application("routing-app");
    expect((await app.runResultWithPolling("run-1", fast)).metadata.status_v2).toBe("succeeded");
    run.reset();
    expect(run.current).toBe("queued");
    run.set("running");
    expect((await app.runMetadata("run-1")).metadata.status_v2).toBe("running");
    expect(run.current).toBe("succeeded");
  });

  it("ABEJA: a service IN_PROGRESS → READY, waited for", async () => {
    const service = lifecycle(["IN_PROGRESS", "IN_PROGRESS", "READY"]);
    server.use(
      abeja.get("/organizations/{organization_id}/deployments/{deployment_id}/services/{service_id}", ({ response }) =>
        response(200).merge({ status: service.next() }),
      ),
    );
    const client = new APIClient({ credential: { authToken: "t" }, maxRetryCount: 0 });
    const ready = await client.waitForService("1122334455660", "1111111111111", "ser-abc1111111111111", fast);
    expect(ready.status).toBe("READY");
    expect(service.history).toEqual(["IN_PROGRESS", "IN_PROGRESS", "READY"]);
  });

  it("LXD: an operation Running → Success, waited on", async () => {
    const op = lifecycle(["Running", "Success"]);
    server.use(
      lxd.get("/1.0/operations/{id}/wait", ({ response }) => {
        const status = op.next();
        return response(200).merge({ metadata: { status, status_code: status === "Success" ? 200 : 103 } });
      }),
    );
    const api = API.factory({ endpoint: "https://lxd.test:8443", retry: { maxRetries: 0 } });
    const created = await api.POST("/1.0/instances", { body: { name: "c1", source: { type: "none" } } });
    const done = await created.wait({ ...fast, maxDuration: 5_000 });
    expect(done.data.metadata.status).toBe("Success");
    expect(op.history).toEqual(["Running", "Success"]);
  });

  it("refuses a state it does not have", () => {
    const run = lifecycle(["queued", "succeeded"]);
    expect(() => run.set("failed" as never)).toThrowError(/"failed" is not one of queued, succeeded/);
  });
});

// The testing README's "A run from queued to failed" example, as biome formats it: it must run and pass as a user copies it.
import type { paths } from "@clientele/nextmv-types";
import { Client } from "@clientele/nextmv";
import { createMockApi, INSTANT_POLLING, lifecycle } from "@clientele/testing";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";

const nextmv = createMockApi<paths>("nextmv");
const server = setupServer(...nextmv.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => nextmv.verifyAndReset(server));
afterAll(() => server.close());

test("a run that fails", async () => {
  const run = lifecycle(["queued", "running", "failed"]);
  server.use(
    nextmv.get("/v1/applications/{application_id}/runs/{run_id}/metadata", ({ response }) =>
      response(200).merge({ metadata: { status_v2: run.next() } }),
    ),
    nextmv.get("/v1/applications/{application_id}/runs/{run_id}", ({ response }) =>
      response(200).merge({ metadata: { status_v2: run.current, error: "out of memory" } }),
    ),
  );
  const app = new Client({ apiKey: "test-key" }).application("routing-app");
  const result = await app.runResultWithPolling("run-1", INSTANT_POLLING);
  expect(result.metadata).toMatchObject({ status_v2: "failed", error: "out of memory" });
  expect(run.history).toEqual(["queued", "running", "failed"]);
});

// packages/nextmv/README.md's contract-testing example, verbatim: it must run and pass as a new user copies it.
import type { paths } from "@clientele/nextmv-types";
import { Client } from "@clientele/nextmv";
import { createMockApi, INSTANT_POLLING } from "@clientele/testing";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";

const nextmv = createMockApi<paths>("nextmv"); // https://api.cloud.nextmv.io, answering from the spec's examples
const server = setupServer(...nextmv.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => nextmv.verifyAndReset(server)); // resets msw and the mock, then throws any spec violation
afterAll(() => server.close());

it("runs my app against the spec", async () => {
  const app = new Client({ apiKey: "test-key" }).application("routing-app");
  const result = await app.newRunWithResult({ input: { stops: [] } }, INSTANT_POLLING);
  expect(result.metadata.status_v2).toBe("succeeded");
  expect(nextmv.calls.last("createRun")?.body).toMatchObject({ input: { stops: [] } });
});

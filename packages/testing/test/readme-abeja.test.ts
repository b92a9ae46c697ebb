// packages/abeja/README.md's contract-testing example, verbatim: it must run and pass as a new user copies it.
import type { paths } from "@clientele/abeja-types";
import { APIClient } from "@clientele/abeja";
import { createMockApi } from "@clientele/testing";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";

const abeja = createMockApi<paths>("abeja"); // https://api.abeja.io and the inference hosts
const server = setupServer(...abeja.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => abeja.verifyAndReset(server)); // resets msw and the mock, then throws any spec violation
afterAll(() => server.close());

it("deploys and calls a service as the spec says", async () => {
  const client = new APIClient({ credential: { authToken: "t" } });
  const service = await client.createService("1122334455660", "1111111111111", "ver-abc1111111111111");
  const answer = await client.requestService("1122334455660", "1111111111111", service.service_id, { json: { foo: "bar" } });
  expect(answer.ok).toBe(true);
  expect(abeja.calls.last("createService")?.body).toEqual({
    version_id: "ver-abc1111111111111",
    instance_type: "cpu-0.25",
    instance_number: 1,
  });
});

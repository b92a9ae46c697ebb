// The testing README's headline example, as biome formats it: it must run and pass as a new user copies it.
import type { paths } from "@clientele/abeja-types";
import { APIClient } from "@clientele/abeja";
import { createMockApi } from "@clientele/testing";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";

const abeja = createMockApi<paths>("abeja"); // https://api.abeja.io and the inference hosts
const server = setupServer(...abeja.handlers); // every operation answers with the spec's example
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => abeja.verifyAndReset(server)); // resets everything, then throws any violation
afterAll(() => server.close());

test("creates a deployment", async () => {
  server.use(
    abeja.post("/organizations/{organization_id}/deployments", ({ body, response }) =>
      response(200).json({ deployment_id: "42", name: body.name }),
    ),
  ); // path, body and response checked by tsc
  const client = new APIClient({ credential: { authToken: "t" } }); // no option: msw sees its requests
  expect((await client.createDeployment("1122334455660", "demo")).deployment_id).toBe("42");
  expect(abeja.calls.last("createDeployment")?.body).toEqual({ name: "demo", description: "" }); // as the SDK sends it
});

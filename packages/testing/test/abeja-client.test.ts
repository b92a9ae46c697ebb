// A user's contract test, as the README shows it: the real @clientele/abeja client against the mocks.
import type { paths } from "@clientele/abeja-types";
import { APIClient } from "@clientele/abeja";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMockApi, startMockServer } from "@clientele/testing";

const credential = { userId: "1122334455667", personalAccessToken: "secret" };

describe("@clientele/abeja against createMockApi (msw)", () => {
  const abeja = createMockApi<paths>("abeja", { baseUrl: "https://api.abeja.io" });
  const server = setupServer(...abeja.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => abeja.verifyAndReset(server));
  afterAll(() => server.close());
  // No fetch option: msw replaced the global fetch, and core's Node transport sends through it.
  const client = new APIClient({ credential, maxRetryCount: 0 });

  it("creates a deployment and sends what the spec expects", async () => {
    server.use(
      abeja.post("/organizations/{organization_id}/deployments", ({ body, response }) =>
        response(200).json({ deployment_id: "42", name: body.name }),
      ),
    );
    const created = await client.createDeployment("1122334455660", "demo");
    expect(created.deployment_id).toBe("42");
    expect(abeja.calls.last("createDeployment")?.body).toEqual({ name: "demo", description: "" });
    expect(abeja.calls.last("createDeployment")?.headers.authorization).toMatch(/^Basic /);
  });

  it("gets a deployment from the spec's example when nothing is mocked", async () => {
    expect((await client.getDeployment("1122334455660", "1111111111111")).name).toBe("image-classifier");
  });
});

describe("@clientele/abeja against startMockServer (real HTTP)", () => {
  it("lists services and calls a service on the inference host", async () => {
    const mock = await startMockServer("abeja");
    try {
      const client = new APIClient({ credential, baseUrl: mock.url, serviceUrl: mock.url, maxRetryCount: 0 });
      await client.getServices("1122334455660", "1111111111111");
      const answer = await client.requestService("1122334455660", "1111111111111", "ser-abc1111111111111", { json: { foo: "bar" } });
      expect(await answer.json()).toEqual({ message: "ok" });
      expect(mock.calls.all.map((c) => c.operationId)).toEqual(["listServices", "requestService"]);
      mock.assertNoViolations();
    } finally {
      await mock.close();
    }
  });
});

// Mocks answer 401, as the API would, when a request lacks the credentials the spec's `security` asks for.
import type { paths as AbejaPaths } from "@clientele/abeja-types";
import type { paths as NextmvPaths } from "@clientele/nextmv-types";
import { Client, Unauthorized } from "@clientele/nextmv";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMockApi, startMockServer } from "@clientele/testing";

const nextmv = createMockApi<NextmvPaths>("nextmv");
const abeja = createMockApi<AbejaPaths>("abeja");
const server = setupServer(...nextmv.handlers, ...abeja.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  nextmv.verifyAndReset(server);
  abeja.reset();
});
afterAll(() => server.close());

const DEPLOYMENT = "https://api.abeja.io/organizations/1122334455660/deployments/1111111111111";

describe("security", () => {
  it("no Authorization: 401 with the spec's error shape, saying what to send; not a violation", async () => {
    const res = await fetch(DEPLOYMENT);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Basic/);
    expect(await res.json()).toEqual({
      error: "unauthorized",
      error_description:
        "getDeployment (GET /organizations/{organization_id}/deployments/{deployment_id}): no credentials the spec accepts; send Authorization: Basic … (basicAuth) or Authorization: Bearer … (bearerAuth) (answered by the mock)",
    });
    expect(abeja.violations).toEqual([]);
    expect(abeja.calls.count("getDeployment")).toBe(1);
  });

  it("either scheme the spec allows is enough; the wrong scheme is not", async () => {
    expect((await fetch(DEPLOYMENT, { headers: { authorization: "Basic dXNlcjpwYXNz" } })).status).toBe(200);
    expect((await fetch(DEPLOYMENT, { headers: { authorization: "Bearer t" } })).status).toBe(200);
    expect((await fetch(DEPLOYMENT, { headers: { authorization: "Token t" } })).status).toBe(401);
    expect((await fetch(DEPLOYMENT, { headers: { authorization: "Bearer " } })).status).toBe(401);
  });

  it("typed handlers are not reached without credentials", async () => {
    let ran = false;
    server.use(
      nextmv.get("/v1/applications/{application_id}", ({ response }) => {
        ran = true;
        return response(200).merge({});
      }),
    );
    const client = new Client({ apiKey: "k", maxRetries: 0, headers: { authorization: "" } });
    const error = await client
      .GET("/v1/applications/{application_id}", { params: { path: { application_id: "a" } } })
      .catch((e: Error) => e);
    expect(error).toBeInstanceOf(Unauthorized);
    expect((error as Error).message).toContain("send Authorization: Bearer … (bearerAuth)");
    expect(ran).toBe(false);
  });

  it("security: false lets unauthenticated requests through; the mock server checks too", async () => {
    const open = createMockApi<AbejaPaths>("abeja", { baseUrl: "https://open.example", security: false });
    server.use(...open.handlers);
    expect((await fetch("https://open.example/organizations/1122334455660/deployments/1111111111111")).status).toBe(200);
    server.close();
    const mock = await startMockServer("nextmv");
    try {
      expect((await fetch(`${mock.url}/v1/applications/a`)).status).toBe(401);
      expect((await fetch(`${mock.url}/v1/applications/a`, { headers: { authorization: "Bearer k" } })).status).toBe(200);
    } finally {
      await mock.close();
      server.listen({ onUnhandledRequest: "error" });
    }
  });
});

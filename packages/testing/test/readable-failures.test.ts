// What a user sees when a test breaks the contract: the client's error lists every violation, the
// afterEach helper resets even when it throws, and a mistyped operation name is named, not ignored.
import { readFileSync } from "node:fs";
import type { paths as AbejaPaths } from "@clientele/abeja-types";
import type { paths as LxdPaths } from "@clientele/lxd-types";
import type { paths as NextmvPaths } from "@clientele/nextmv-types";
import { APIClient } from "@clientele/abeja";
import { API } from "@clientele/lxd";
import { Client } from "@clientele/nextmv";
import { HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMockApi, SpecViolationError, startMockServer } from "@clientele/testing";

const nextmv = createMockApi<NextmvPaths>("nextmv");
const abeja = createMockApi<AbejaPaths>("abeja");
const lxd = createMockApi<LxdPaths>("lxd", { baseUrl: "https://lxd.test:8443" });
const server = setupServer(...nextmv.handlers, ...abeja.handlers, ...lxd.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  for (const mock of [nextmv, abeja, lxd]) mock.reset();
});
afterAll(() => server.close());

const ORG = "1122334455660";
const AUTH = { authorization: "Bearer t" };

describe("a violation reaches the test as one error listing every violation", () => {
  it("Nextmv: a request body of the wrong type", async () => {
    const client = new Client({ apiKey: "k", maxRetries: 0 });
    const error = await client.POST("/v1/applications", { body: { id: 7, name: 8 } as never }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain("2 spec violations:");
    expect(message).toContain("createApplication (POST /v1/applications): request body /id: expected type string, got 7");
    expect(message).toContain("request body /name: expected type string, got 8");
    expect(message).not.toMatch(/: spec_violation$/);
  });

  it("reads exactly as the README shows it", async () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const shown = /```text\n([\s\S]*?)\n```/.exec(readme)?.[1];
    const client = new Client({ apiKey: "k", maxRetries: 0 });
    const error = await client.POST("/v1/applications", { body: { id: 7 } as never }).catch((e: Error) => e);
    expect((error as Error).message).toBe(shown);
  });

  it("ABEJA: a mocked answer that breaks the spec", async () => {
    server.use(
      abeja.get("/organizations/{organization_id}/deployments/{deployment_id}", () =>
        HttpResponse.json({ deployment_id: "1", name: 5 } as unknown as { deployment_id: string; name: string }),
      ),
    );
    const client = new APIClient({ credential: { userId: "1122334455667", personalAccessToken: "secret" }, maxRetryCount: 0 });
    await expect(client.getDeployment(ORG, "1111111111111")).rejects.toThrow(
      /1 spec violation:\ngetDeployment \(GET \/organizations\/\{organization_id\}\/deployments\/\{deployment_id\}\): response body \/name: expected type string, got 5/,
    );
  });

  it("LXD: a request body of the wrong type", async () => {
    const client = API.factory({ endpoint: "https://lxd.test:8443", retry: { maxRetries: 0 } });
    await expect(client.POST("/1.0/instances", { body: { name: 7, source: { type: "none" } } as never })).rejects.toThrow(
      /createInstance \(POST \/1\.0\/instances\): request body \/name: expected type string, got 7/,
    );
  });
});

describe("verifyAndReset()", () => {
  it("throws every violation, yet has already reset the mock and msw's handlers", async () => {
    server.use(
      abeja.get("/organizations/{organization_id}/deployments/{deployment_id}", ({ response }) => response(200).json({} as never)),
    );
    const res = await fetch(`https://api.abeja.io/organizations/${ORG}/deployments/1111111111111`, { headers: AUTH });
    expect(res.status).toBe(599);
    expect(() => abeja.verifyAndReset(server)).toThrowError(SpecViolationError);
    expect(abeja.violations).toHaveLength(0);
    expect(abeja.calls.all).toHaveLength(0);
    // The override is gone: the spec's example answers again.
    const again = await fetch(`https://api.abeja.io/organizations/${ORG}/deployments/1111111111111`, { headers: AUTH });
    expect(again.status).toBe(200);
    expect(() => abeja.verifyAndReset(server)).not.toThrow();
  });
});

describe("calls look-ups", () => {
  it("an unknown operation name throws, naming the closest ones", () => {
    expect(() => nextmv.calls.last("createrun")).toThrowError(/no operation "createrun" in the spec; did you mean "createRun"/);
    expect(() => abeja.calls.count("GET /organizations/{organization_id}/deployment")).toThrowError(
      /did you mean "GET \/organizations\/\{organization_id\}\/deployments"/,
    );
    expect(() => nextmv.calls.to("getRun")).toThrowError(/did you mean "getRunLogs", "getRunAsset", "getRunInput"\?/);
    expect(nextmv.calls.last("createRun")).toBeUndefined();
    expect(nextmv.calls.count("POST /v1/applications/{application_id}/runs")).toBe(0);
  });

  it("a mock server handler for an unknown operation is refused, naming the closest", async () => {
    await expect(startMockServer("nextmv", { handlers: { getRunMetdata: () => undefined } })).rejects.toThrow(
      /handler "getRunMetdata" names no operation of the nextmv spec; did you mean "getRunMetadata"/,
    );
  });
});

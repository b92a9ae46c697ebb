import { fileURLToPath } from "node:url";
import type { paths } from "@clientele/abeja-types";
import { HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMockApi, NOT_IN_SPEC_STATUS, SpecViolationError, VIOLATION_STATUS } from "@clientele/testing";

const API = "https://api.abeja.io";
const ORG = `${API}/organizations/1122334455660`;
// Raw fetches without credentials: the 401 for a missing Authorization is tested in security.test.ts.
const abeja = createMockApi<paths>("abeja", { baseUrl: API, security: false });
const server = setupServer(...abeja.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  abeja.reset();
});
afterAll(() => server.close());

const postJson = (url: string, body: unknown) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("createMockApi (msw)", () => {
  it("answers an unmocked operation with the spec's example and records the call", async () => {
    const res = await fetch(`${ORG}/deployments/1111111111111?x=1`, { headers: { authorization: "Bearer t" } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ deployment_id: "1111111111111", name: "image-classifier" });
    const call = abeja.calls.last("getDeployment");
    expect(call).toMatchObject({
      method: "GET",
      params: { organization_id: "1122334455660", deployment_id: "1111111111111" },
      query: { x: "1" },
    });
    expect(call!.headers.authorization).toBe("Bearer t");
    abeja.assertNoViolations();
  });

  it("serves a typed handler, with params and the parsed body", async () => {
    server.use(
      abeja.post("/organizations/{organization_id}/deployments", ({ params, body, response }) =>
        response(200).json({ deployment_id: `${params.organization_id}-new`, name: body.name }),
      ),
    );
    const res = await postJson(`${ORG}/deployments`, { name: "mine" });
    expect(await res.json()).toEqual({ deployment_id: "1122334455660-new", name: "mine" });
    expect(abeja.calls.count("POST /organizations/{organization_id}/deployments")).toBe(1);
    expect(abeja.calls.last("createDeployment")!.body).toEqual({ name: "mine" });
    abeja.assertNoViolations();
  });

  it("fails a request with a wrong body before the handler runs", async () => {
    let ran = false;
    server.use(
      abeja.post("/organizations/{organization_id}/deployments", () => {
        ran = true;
        return undefined;
      }),
    );
    const res = await postJson(`${ORG}/deployments`, { name: 7 });
    expect(ran).toBe(false);
    expect(res.status).toBe(VIOLATION_STATUS);
    const body = (await res.json()) as { message: string };
    expect(body.message).toContain(
      "createDeployment (POST /organizations/{organization_id}/deployments): request body /name: expected type string, got 7",
    );
    expect(() => abeja.assertNoViolations()).toThrowError(SpecViolationError);
    expect(() => abeja.assertNoViolations()).toThrowError(/request body \/name: expected type string, got 7/);
  });

  it("fails an invalid mocked response", async () => {
    server.use(
      abeja.get("/organizations/{organization_id}/deployments/{deployment_id}", () =>
        // A handler lying about the contract: wrong type for `name` (cast past tsc on purpose).
        HttpResponse.json({ deployment_id: "1", name: 5 } as unknown as { deployment_id: string; name: string }),
      ),
    );
    const res = await fetch(`${ORG}/deployments/1111111111111`);
    expect(res.status).toBe(VIOLATION_STATUS);
    expect(abeja.violations).toHaveLength(1);
    expect(abeja.violations[0]).toMatchObject({
      side: "response",
      operationId: "getDeployment",
      pointer: "/name",
      expected: "type string",
      actual: "5",
    });
  });

  it("fails a response with a status the spec does not define", async () => {
    // A fixture with no `default` response (the real specs define `default` for errors).
    const runs = createMockApi(fileURLToPath(new URL("./fixtures/runs.openapi.yaml", import.meta.url)));
    server.use(runs.get("/v1/applications/{application_id}/runs/uploadurl", () => new Response("{}", { status: 207 }) as never));
    const res = await fetch("https://api.example.test/v1/applications/a/runs/uploadurl");
    expect(res.status).toBe(VIOLATION_STATUS);
    expect(runs.violations[0]!.message).toContain("response status: expected one of 200");
  });

  it("answers paths not in the spec with 501 instead of passing through", async () => {
    const res = await fetch(`${API}/v9/unknown`, { method: "PATCH" });
    expect(res.status).toBe(NOT_IN_SPEC_STATUS);
    expect(await res.json()).toMatchObject({
      code: "not_in_spec",
      message: "PATCH /v9/unknown is not in the spec (no path template matches)",
    });
    expect(abeja.violations).toHaveLength(1);
  });

  it("calls onViolation", async () => {
    const seen: string[] = [];
    const strict = createMockApi<paths>("abeja", {
      baseUrl: "https://strict.example",
      onViolation: (vs) => seen.push(...vs.map((v) => v.message)),
    });
    server.use(...strict.handlers);
    await fetch("https://strict.example/organizations/1/deployments", { method: "POST" });
    expect(seen).toEqual([
      "createDeployment (POST /organizations/{organization_id}/deployments): request body: expected a request body (required), got missing",
    ]);
  });

  it("serves the organization's inference host too", async () => {
    const res = await postJson("https://1122334455660.api.abeja.io/deployments/1111111111111/services/ser-1", { foo: "bar" });
    expect(await res.json()).toEqual({ message: "ok" });
    expect(abeja.calls.last("requestService")!.params).toEqual({ deployment_id: "1111111111111", service_id: "ser-1" });
  });

  it("points upload URLs at the mock and keeps what was uploaded", async () => {
    const created = await postJson(`${ORG}/deployments/1111111111111/versions`, {
      version: "1",
      handler: "main:handler",
      image: "abeja-inc/all-cpu:18.10",
    });
    const { upload_url } = (await created.json()) as { upload_url: string };
    expect(upload_url).toBe(`${API}/__clientele/blobs/abeja-model-api-src.s3.amazonaws.com/1122334455660/ver-abc1111111111111/source.tgz`);
    expect((await fetch(upload_url, { method: "PUT", body: "tarball" })).status).toBe(200);
    const link = (await (await fetch(`${ORG}/deployments/1111111111111/versions/ver-abc1111111111111/download`)).json()) as {
      download_uri: string;
    };
    expect(await (await fetch(link.download_uri)).text()).toBe("tarball");
    abeja.assertNoViolations();
  });
});

import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@clientele/nextmv";
import { startMockServer, VIOLATION_STATUS, type MockServer } from "@clientele/testing";

const fixture = fileURLToPath(new URL("./fixtures/runs.openapi.yaml", import.meta.url));
const json = { "content-type": "application/json" };

describe("startMockServer (abeja, real HTTP on 127.0.0.1)", () => {
  let server: MockServer;
  beforeAll(async () => {
    // Raw fetches without credentials: the 401 for a missing Authorization is tested in security.test.ts.
    server = await startMockServer("abeja", {
      security: false,
      handlers: {
        getService: ({ params }) => ({ body: { service_id: params.service_id, deployment_id: params.deployment_id, status: "READY" } }),
        "GET /organizations/{organization_id}/deployments/{deployment_id}/runs/{run_id}": () => ({ body: { run_id: "r" } }),
      },
    });
  });
  afterAll(() => server.close());

  it("listens on 127.0.0.1 and answers defaults from the spec's examples", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/organizations/1122334455660/deployments`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toMatchObject({ entries: [{ deployment_id: "1111111111111" }] });
    expect(server.calls.count("listDeployments")).toBe(1);
  });

  it("serves handlers by operationId and by method + path, validating their answers", async () => {
    const ok = await fetch(`${server.url}/organizations/1/deployments/2/services/ser-9`);
    expect(await ok.json()).toEqual({ service_id: "ser-9", deployment_id: "2", status: "READY" });
    const bad = await fetch(`${server.url}/organizations/1/deployments/2/runs/run-1`);
    expect(bad.status).toBe(VIOLATION_STATUS);
    expect(((await bad.json()) as { message: string }).message).toContain(
      'getRun (GET /organizations/{organization_id}/deployments/{deployment_id}/runs/{run_id}): response body /deployment_id: expected required property "deployment_id", got missing',
    );
  });

  it("rejects a bad request and an unknown path", async () => {
    const bad = await fetch(`${server.url}/organizations/1/deployments`, { method: "POST", headers: json, body: '{"name":""}' });
    expect(bad.status).toBe(VIOLATION_STATUS);
    const unknown = await fetch(`${server.url}/nope`);
    expect(unknown.status).toBe(501);
    expect(await unknown.json()).toMatchObject({
      code: "not_in_spec",
      message: "GET /nope is not in the spec (no path template matches)",
    });
  });

  it("serves the inference host's paths (host ignored)", async () => {
    const res = await fetch(`${server.url}/deployments/1111111111111`, {
      method: "POST",
      headers: { "content-type": "application/octet-stream" },
      body: new Uint8Array([1, 2, 3]),
    });
    expect(await res.json()).toEqual({ message: "ok" });
  });

  it("runs the code upload flow: create version → PUT upload_url → download link → GET", async () => {
    const created = await fetch(`${server.url}/organizations/1/deployments/2/versions`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ version: "0.0.1", handler: "main:handler", image: "abeja-inc/all-cpu:18.10" }),
    });
    const { upload_url } = (await created.json()) as { upload_url: string };
    expect(upload_url.startsWith(`${server.url}/__clientele/blobs/`)).toBe(true);
    const archive = new Uint8Array(256 * 1024).fill(7);
    expect((await fetch(upload_url, { method: "PUT", headers: { "content-type": "application/gzip" }, body: archive })).status).toBe(200);
    expect(server.blobs.list()).toEqual([expect.objectContaining({ size: archive.byteLength, contentType: "application/gzip" })]);
    const { download_uri } = (await (
      await fetch(`${server.url}/organizations/1/deployments/2/versions/ver-abc1111111111111/download`)
    ).json()) as { download_uri: string };
    const downloaded = new Uint8Array(await (await fetch(download_uri)).arrayBuffer());
    expect(downloaded.byteLength).toBe(archive.byteLength);
  });
});

describe("startMockServer (a Nextmv-like run flow, defaults only)", () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer(fixture);
  });
  afterAll(() => server.close());

  it("get upload URL → PUT input → create run → poll metadata → get result", async () => {
    const app = `${server.url}/v1/applications/app-1`;
    const { upload_id, upload_url } = (await (await fetch(`${app}/runs/uploadurl`)).json()) as { upload_id: string; upload_url: string };
    expect(upload_url).toBe(`${server.url}/__clientele/blobs/bucket.s3.amazonaws.com/uploads/upl-123`);
    const input = JSON.stringify({ stops: Array.from({ length: 1000 }, (_, i) => ({ id: i })) });
    expect((await fetch(upload_url, { method: "PUT", body: input })).status).toBe(200);
    const run = await fetch(`${app}/runs`, { method: "POST", headers: json, body: JSON.stringify({ upload_id }) });
    expect(run.status).toBe(202);
    const { run_id } = (await run.json()) as { run_id: string };
    let status = "";
    for (let attempt = 0; attempt < 5 && status !== "succeeded"; attempt++) {
      status = ((await (await fetch(`${app}/runs/${run_id}/metadata`)).json()) as { metadata: { status_v2: string } }).metadata.status_v2;
    }
    expect(status).toBe("succeeded");
    const result = (await (await fetch(`${app}/runs/${run_id}`)).json()) as { output: { url: string } };
    expect(result.output.url).toBe(upload_url);
    expect(await (await fetch(result.output.url)).text()).toBe(input);
    expect(server.calls.all.map((c) => c.operationId)).toEqual(["getUploadUrl", "createRun", "getRunMetadata", "getRun"]);
    server.assertNoViolations();
  });

  it("synthesizes a valid answer from the schema when there is no example", async () => {
    const res = await fetch(`${server.url}/v1/items?limit=5`);
    expect(await res.json()).toEqual({
      items: [{ id: "00000000-0000-4000-8000-000000000000", created_at: "2024-01-01T00:00:00Z" }],
      total: 0,
    });
    server.assertNoViolations();
  });
});

describe("failures on the mock server read as the violations", () => {
  it("a client's error lists them", async () => {
    const mock = await startMockServer("nextmv");
    try {
      const client = new Client({ apiKey: "k", url: mock.url, maxRetries: 0 });
      await expect(client.POST("/v1/applications", { body: { id: 7 } as never })).rejects.toThrow(
        /spec violations:\n(.*\n)?createApplication \(POST \/v1\/applications\): request body \/id: expected type string, got 7/,
      );
    } finally {
      await mock.close();
    }
  });

  it("verifyAndReset() throws them, after forgetting calls and violations", async () => {
    const mock = await startMockServer("abeja", { security: false });
    try {
      await fetch(`${mock.url}/organizations/1/deployments`, { method: "POST", headers: json, body: "{}" });
      expect(() => mock.verifyAndReset()).toThrowError(/request body \/name: expected required property "name"/);
      expect(mock.violations).toHaveLength(0);
      expect(mock.calls.all).toHaveLength(0);
      expect(() => mock.verifyAndReset()).not.toThrow();
    } finally {
      await mock.close();
    }
  });
});

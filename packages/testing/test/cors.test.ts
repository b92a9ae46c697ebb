// CORS on the mock server (real HTTP on 127.0.0.1, node's fetch sending the headers a browser sends):
// preflights answered and never recorded, every answer readable cross-origin; off by default in the
// library, on by default in the CLI.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type MockServer, startMockServer, VIOLATION_STATUS } from "@clientele/testing";
import { main } from "../src/cli-main.js";

const origin = "http://127.0.0.1:5173";

function preflight(url: string, method: string, headers = "authorization, content-type"): Promise<Response> {
  return fetch(url, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": method, "access-control-request-headers": headers },
  });
}

describe("startMockServer({ cors: true })", () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer("abeja", {
      cors: true,
      security: false,
      handlers: {
        getService: ({ params }) => ({
          headers: { "X-Request-Id": "req-1" },
          body: { service_id: params.service_id, deployment_id: params.deployment_id, status: "READY" },
        }),
      },
    });
  });
  afterAll(() => server.close());
  afterEach(() => server.reset());

  it("answers a preflight with 204, echoing the origin and the headers asked for, and records nothing", async () => {
    const res = await preflight(`${server.url}/organizations/1/deployments`, "POST");
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(origin);
    expect(res.headers.get("access-control-allow-methods")).toBe("POST, GET, HEAD, PUT, PATCH, DELETE, OPTIONS");
    expect(res.headers.get("access-control-allow-headers")).toBe("authorization, content-type");
    expect(Number(res.headers.get("access-control-max-age"))).toBeGreaterThan(0);
    expect(res.headers.get("vary")).toBe("Origin");
    expect(await res.text()).toBe("");
    expect(server.calls.all).toEqual([]);
    expect(server.violations).toEqual([]);
  });

  it("answers a preflight for a path not in the spec too (the real request gets the 501)", async () => {
    const res = await preflight(`${server.url}/nope`, "GET", "x-anything");
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-headers")).toBe("x-anything");
    expect(server.violations).toEqual([]);
  });

  it("allows Chromium's private network access preflight", async () => {
    const res = await fetch(`${server.url}/organizations/1/deployments`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "GET", "access-control-request-private-network": "true" },
    });
    expect(res.headers.get("access-control-allow-private-network")).toBe("true");
  });

  it("a plain OPTIONS (no Access-Control-Request-Method) is a request like any other", async () => {
    const res = await fetch(`${server.url}/organizations/1/deployments`, { method: "OPTIONS", headers: { origin } });
    expect(res.status).not.toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(origin);
  });

  it("adds Allow-Origin and Expose-Headers (the answer's own, Retry-After, Location…) to an answer", async () => {
    const res = await fetch(`${server.url}/organizations/1/deployments/2/services/ser-9`, { headers: { origin } });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe(origin);
    expect(res.headers.get("access-control-allow-credentials")).toBe("true");
    const exposed = res.headers.get("access-control-expose-headers")?.split(/,\s*/) ?? [];
    expect(exposed).toEqual(expect.arrayContaining(["retry-after", "location", "x-request-id", "content-type"]));
    expect(res.headers.get("x-request-id")).toBe("req-1");
    expect(await res.json()).toMatchObject({ service_id: "ser-9" });
    expect(server.calls.count("getService")).toBe(1);
  });

  it("without an Origin allows any (`*`)", async () => {
    const res = await fetch(`${server.url}/organizations/1/deployments`);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("makes the 501 and 599 answers readable cross-origin too", async () => {
    const unknown = await fetch(`${server.url}/nope`, { headers: { origin } });
    expect(unknown.status).toBe(501);
    expect(unknown.headers.get("access-control-allow-origin")).toBe(origin);
    const bad = await fetch(`${server.url}/organizations/1/deployments`, {
      method: "POST",
      headers: { origin, "content-type": "application/json" },
      body: '{"name":""}',
    });
    expect(bad.status).toBe(VIOLATION_STATUS);
    expect(bad.headers.get("access-control-allow-origin")).toBe(origin);
  });

  it("serves uploads to its pre-signed URLs cross-origin (preflight, then PUT)", async () => {
    const created = await fetch(`${server.url}/organizations/1/deployments/2/versions`, {
      method: "POST",
      headers: { origin, "content-type": "application/json" },
      body: JSON.stringify({ version: "0.0.1", handler: "main:handler", image: "abeja-inc/all-cpu:18.10" }),
    });
    const { upload_url } = (await created.json()) as { upload_url: string };
    const pre = await preflight(upload_url, "PUT", "content-type");
    expect(pre.status).toBe(204);
    expect(server.blobs.list()).toEqual([]);
    const put = await fetch(upload_url, {
      method: "PUT",
      headers: { origin, "content-type": "application/gzip" },
      body: new Uint8Array(10),
    });
    expect(put.status).toBe(200);
    expect(put.headers.get("access-control-allow-origin")).toBe(origin);
    expect(put.headers.get("access-control-expose-headers")).toContain("etag");
    expect(server.blobs.list()).toEqual([expect.objectContaining({ size: 10 })]);
  });
});

describe("startMockServer without cors (the default)", () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer("abeja", { security: false });
  });
  afterAll(() => server.close());

  it("adds no CORS headers and lets a preflight reach the spec (no 204)", async () => {
    const res = await fetch(`${server.url}/organizations/1/deployments`, { headers: { origin } });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const pre = await preflight(`${server.url}/organizations/1/deployments`, "POST");
    expect(pre.status).not.toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("clientele-mock's CORS", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function cli(args: string[]): Promise<MockServer> {
    vi.spyOn(console, "log").mockImplementation(() => {});
    vi.spyOn(console, "error").mockImplementation(() => {}); // violations of the plain OPTIONS under --no-cors
    const server = await main(args);
    if (!server) throw new Error(`clientele-mock ${args.join(" ")} started no server`);
    return server;
  }

  it("is on by default, and says so", async () => {
    const server = await cli(["nextmv", "--port", "0"]);
    try {
      expect(vi.mocked(console.log).mock.calls.flat().join("\n")).toContain(`on ${server.url} (CORS on, --no-cors turns it off)`);
      const pre = await preflight(`${server.url}/v1/applications`, "GET");
      expect(pre.status).toBe(204);
      expect(pre.headers.get("access-control-allow-headers")).toBe("authorization, content-type");
      const res = await fetch(`${server.url}/v1/applications`, { headers: { origin } });
      expect(res.headers.get("access-control-allow-origin")).toBe(origin);
    } finally {
      await server.close();
    }
  });

  it("is off with --no-cors", async () => {
    const server = await cli(["nextmv", "--no-cors"]);
    try {
      expect(vi.mocked(console.log).mock.calls.flat().join("\n")).toContain(`on ${server.url} (CORS off)`);
      const pre = await preflight(`${server.url}/v1/applications`, "GET");
      expect(pre.status).not.toBe(204);
      expect(pre.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await server.close();
    }
  });
});

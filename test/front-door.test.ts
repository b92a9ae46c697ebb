// One library under three names: the same options object builds all three clients, and they honour
// it the same way (base URL, per-attempt timeout, retry policy, headers), take the same per-call
// options, and raise the same errors. Against one real server on 127.0.0.1.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ClienteleError, ConfigurationError, NotFound, TimeoutError, type ClientOptions } from "@clientele/core";
import { APIClient, NotFound as AbejaNotFound } from "@clientele/abeja";
import { API, APINotFoundException } from "@clientele/lxd";
import { Client, NotFound as NextmvNotFound } from "@clientele/nextmv";
import { importBlock, tsBlocks } from "./support/readme-blocks.js";
import { startScriptedServer, type ScriptedServer } from "./support/scripted-server.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer({
    fallback: { status: 200, json: { type: "sync", status: "Success", status_code: 200, metadata: {} } },
  });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const shared = (): ClientOptions => ({
  baseUrl: server.url,
  timeout: 300,
  retry: { maxRetries: 1, backoffFactor: 1, backoffJitter: 0, statuses: [503], methods: ["GET"] },
  headers: { "X-Shared": "yes" },
  debug: false,
});

/** Each client, built from the shared options, and one typed GET through it. */
const clients = {
  nextmv: (options: ClientOptions) => {
    const client = new Client({ ...options, apiKey: "front-door-key", configFile: "/nonexistent/config.yaml" });
    return (call: Record<string, unknown> = {}) =>
      client.GET("/v1/applications/{application_id}", { params: { path: { application_id: "app" } }, ...call });
  },
  lxd: (options: ClientOptions) => {
    const api = API.factory(options);
    return (call: Record<string, unknown> = {}) => api.GET("/1.0", call);
  },
  abeja: (options: ClientOptions) => {
    const client = new APIClient({ ...options, credential: { authToken: "front-door-token" } });
    return (call: Record<string, unknown> = {}) =>
      client.GET("/organizations/{organization_id}/deployments/{deployment_id}", {
        params: { path: { organization_id: "1122334455660", deployment_id: "1111111111111" } },
        ...call,
      });
  },
};

describe.each(Object.entries(clients))("%s, built from the shared options", (name, build) => {
  it("sends to baseUrl with the shared headers", async () => {
    await build(shared())();
    expect(server.received[0]?.headers["x-shared"]).toBe("yes");
    expect(server.count("GET")).toBe(1);
  });

  it("retries by the shared policy (503 once, then 200)", async () => {
    server.script({ status: 503, json: { error: "busy" } });
    await build(shared())();
    expect(server.count("GET")).toBe(2);
  });

  it("bounds each attempt by the shared timeout, and retries a timed-out GET", async () => {
    server.script("stall-headers", "stall-headers");
    const error = await build(shared())().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeout).toBe(300);
    expect((error as TimeoutError).attempts).toBe(2);
    expect(server.count("GET")).toBe(2);
  });

  it("takes per-call timeout, headers and retry", async () => {
    server.script({ status: 503 }, { status: 503 });
    const error = await build(shared())({ retry: { maxRetries: 0 }, headers: { "X-Call": "1" }, timeout: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClienteleError);
    expect(server.count("GET")).toBe(1);
    expect(server.received[0]?.headers["x-call"]).toBe("1");
  });

  it("cancels with a per-call signal", async () => {
    server.script("stall-headers");
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error(`${name}: cancelled`)), 30);
    await expect(build({ ...shared(), timeout: 5000 })({ signal: controller.signal })).rejects.toThrow(`${name}: cancelled`);
  });

  it("raises core's NotFound, whose message names method, URL and status", async () => {
    server.script({ status: 404, json: { error: "no such thing", type: "error", error_code: 404 } });
    const error = await build(shared())().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFound);
    expect(error).toBeInstanceOf(NextmvNotFound);
    expect(error).toBeInstanceOf(AbejaNotFound);
    expect(error).toBeInstanceOf(APINotFoundException);
    expect((error as Error).message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/\S+ → 404 Not Found: no such thing/);
  });

  it("refuses a bad shared option at construction, naming it", () => {
    expect(() => build({ ...shared(), timeout: -5 })).toThrow(ConfigurationError);
    expect(() => build({ ...shared(), timeout: -5 })).toThrow(/`timeout`.*-5/);
    expect(() => build({ ...shared(), retry: { maxRetries: Number.NaN } })).toThrow(/`retry.maxRetries`.*NaN/);
    expect(() => build({ ...shared(), baseUrl: "ftp://example.com" })).toThrow(/ftp:\/\/example.com/);
  });
});

describe("SDK-parity aliases", () => {
  it("accept each client's Python names, and refuse both spellings with different values", () => {
    const url = server.url;
    expect(() => new Client({ apiKey: "k", configFile: "/nonexistent/config.yaml", url, baseUrl: "http://127.0.0.1:1" })).toThrow(
      /`url` and `baseUrl`/,
    );
    expect(() => new Client({ apiKey: "k", configFile: "/nonexistent/config.yaml", maxRetries: 1, retry: { maxRetries: 2 } })).toThrow(
      ConfigurationError,
    );
    expect(() => API.factory({ endpoint: url, baseUrl: "http://127.0.0.1:1" })).toThrow(/`endpoint` and `baseUrl`/);
    expect(() => new APIClient({ credential: { authToken: "t" }, maxRetryCount: 1, retry: { maxRetries: 2 } })).toThrow(
      /`maxRetryCount` and `retry.maxRetries`/,
    );
    expect(() => new Client({ apiKey: "k", configFile: "/nonexistent/config.yaml", url, baseUrl: url })).not.toThrow();
  });
});

describe("the root README's example", () => {
  it("builds all three clients from one options object, as written", async () => {
    const [example] = tsBlocks(new URL("../README.md", import.meta.url));
    expect(example).toContain("const shared: ClientOptions");
    const built = await importBlock<{ nextmv: unknown; abeja: unknown; lxd: () => unknown }>(example!, import.meta.url, "root-shared");
    expect(built.nextmv).toBeInstanceOf(Client);
    expect(built.abeja).toBeInstanceOf(APIClient);
    // The example's socket is the system daemon's: an API where one runs, else the documented refusal.
    let lxd: unknown;
    try {
      lxd = built.lxd();
    } catch (error) {
      lxd = error;
    }
    if (lxd instanceof API) return;
    expect(lxd).toBeInstanceOf(ConfigurationError);
    expect((lxd as Error).message).toMatch(
      /^option `endpoint`: LXD socket \/var\/lib\/lxd\/unix\.socket (does not exist|is not a unix socket)/,
    );
  });
});

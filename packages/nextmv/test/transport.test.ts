// Retries and timeouts against a real HTTP server on 127.0.0.1 (an http:// endpoint, which the
// Python client would not retry at all).

import { inspect } from "node:util";
import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  Client,
  ConfigurationError,
  ConnectionError,
  DEFAULT_TIMEOUT,
  InternalServerError,
  NEXTMV_RETRY_DEFAULTS,
  NotFound,
  TimeoutError,
  TooManyRequests,
  USER_AGENT,
  VERSION,
  type ClientOptions,
  type RetryEvent,
} from "@clientele/nextmv";
import { scriptedServer, unusedPort, type ScriptedServerCompat as ScriptedServer } from "../../../test/support/scripted-server.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await scriptedServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.seen.length = 0;
});
afterEach(() => vi.unstubAllEnvs());

const KEY = "secret-key-123";
const client = (options: ClientOptions = {}) =>
  new Client({ apiKey: KEY, url: server.url, backoffFactor: 1, backoffJitter: 0, ...options });
const app = { params: { path: { application_id: "app" } } };

describe("defaults", () => {
  it("match the Python SDK, in milliseconds", () => {
    expect(NEXTMV_RETRY_DEFAULTS).toEqual({
      maxRetries: 10,
      backoffFactor: 1000,
      backoffJitter: 100,
      backoffMax: 60_000,
      statuses: [429],
      methods: ["GET", "POST", "PUT", "DELETE"],
    });
    expect(DEFAULT_TIMEOUT).toBe(20_000);
  });

  it("sends the bearer key, JSON content type and a User-Agent naming the package and version", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
    server.answer({ status: 200, json: [] });
    await client().GET("/v1/applications");
    expect(server.seen[0]!.headers).toMatchObject({
      authorization: `Bearer ${KEY}`,
      "content-type": "application/json",
      "user-agent": `@clientele/nextmv/${pkg.version}`,
    });
    expect(client().headers).toEqual({ Authorization: `Bearer ${KEY}`, "Content-Type": "application/json", "User-Agent": USER_AGENT });
  });

  it("keeps the API key out of inspect, JSON and error messages, though client.apiKey reads it", async () => {
    const c = client();
    expect(c.apiKey).toBe(KEY);
    expect(inspect(c, { depth: 10, showHidden: true })).not.toContain(KEY);
    expect(JSON.stringify(c)).not.toContain(KEY);
    expect(JSON.stringify(c.application("app"))).not.toContain(KEY);
    expect(inspect(c.application("app"), { depth: 10 })).not.toContain(KEY);
    server.answer({ status: 401, json: { error: `bad key ${KEY}` } });
    const error = await c.GET("/v1/applications").then(
      () => new Error("resolved"),
      (e: Error) => e,
    );
    expect(error.message).not.toContain(KEY);
    expect(error.message).toContain("[REDACTED]");
  });
});

describe("retries", () => {
  it("retries a 429 after the server's Retry-After, then succeeds", async () => {
    const events: RetryEvent[] = [];
    server.answer(
      { status: 429, json: { error: "slow down" }, headers: { "retry-after": "0" } },
      { status: 429, json: { error: "slow down" }, headers: { "retry-after": "0.05" } },
      { status: 200, json: { id: "app", name: "App" } },
    );
    const started = Date.now();
    const { data } = await client({ onRetry: (e) => events.push(e) }).GET("/v1/applications/{application_id}", app);
    expect(data.name).toBe("App");
    expect(server.seen).toHaveLength(3);
    expect(events.map((e) => [e.status, e.delay, e.fromRetryAfter])).toEqual([
      [429, 0, true],
      [429, 50, true],
    ]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it("backs off exponentially without Retry-After (first retry immediate)", async () => {
    const events: RetryEvent[] = [];
    server.answer({ status: 429 }, { status: 429 }, { status: 429 }, { status: 200, json: [] });
    await client({ backoffFactor: 5, onRetry: (e) => events.push(e) }).GET("/v1/applications");
    expect(events.map((e) => e.delay)).toEqual([0, 10, 20]);
  });

  it("gives up with TooManyRequests after maxRetries, naming the status and the server's message", async () => {
    server.answer(
      { status: 429, json: { error: "quota exceeded" } },
      { status: 429, json: { error: "quota exceeded" } },
      { status: 429, json: { error: "quota exceeded" } },
    );
    const error = await client({ maxRetries: 2 })
      .GET("/v1/applications")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyRequests);
    expect((error as TooManyRequests).attempts).toBe(3);
    expect((error as Error).message).toBe(`GET ${server.url}/v1/applications → 429 Too Many Requests: quota exceeded`);
    expect(server.seen).toHaveLength(3);
  });

  it("retries POST (in allowedMethods) but not PATCH", async () => {
    server.answer({ status: 429 }, { status: 200, json: { upload_id: "u", upload_url: "https://x" } });
    await client().POST("/v1/applications/{application_id}/runs/uploadurl", app);
    expect(server.seen.map((s) => s.method)).toEqual(["POST", "POST"]);

    server.seen.length = 0;
    server.answer({ status: 429, json: { error: "busy" } });
    const error = await client()
      .PATCH("/v1/applications/{application_id}/runs/{run_id}/cancel", { params: { path: { application_id: "app", run_id: "r" } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyRequests);
    expect(server.seen).toHaveLength(1);
  });

  it("does not retry statuses outside statusForcelist", async () => {
    server.answer({ status: 404, json: { error: "application not found" } });
    const error = await client()
      .GET("/v1/applications/{application_id}", app)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFound);
    expect((error as Error).message).toBe(`GET ${server.url}/v1/applications/app → 404 Not Found: application not found`);
    expect(server.seen).toHaveLength(1);
  });

  it("can be turned off with maxRetries: 0", async () => {
    server.answer({ status: 429 });
    await expect(client({ maxRetries: 0 }).GET("/v1/applications")).rejects.toBeInstanceOf(TooManyRequests);
    expect(server.seen).toHaveLength(1);
  });

  it("retries, as urllib3 does, a 503 that carries Retry-After though only 429 is in statusForcelist", async () => {
    const events: RetryEvent[] = [];
    server.answer({ status: 503, text: "maintenance", headers: { "retry-after": "0" } }, { status: 200, json: [] });
    const { data } = await client({ onRetry: (e) => events.push(e) }).GET("/v1/applications");
    expect(data).toEqual([]);
    expect(server.seen).toHaveLength(2);
    expect(events.map((e) => [e.status, e.fromRetryAfter])).toEqual([[503, true]]);
  });

  it("does not retry a 503 without Retry-After, nor one on a method outside allowedMethods", async () => {
    server.answer({ status: 503, text: "down" });
    const error = await client()
      .GET("/v1/applications")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toBe(`GET ${server.url}/v1/applications → 503 Service Unavailable: down`);
    expect(server.seen).toHaveLength(1);

    server.seen.length = 0;
    server.answer({ status: 503, text: "down", headers: { "retry-after": "0" } });
    const patch = client().PATCH("/v1/applications/{application_id}/runs/{run_id}/cancel", {
      params: { path: { application_id: "app", run_id: "r" } },
    });
    await expect(patch).rejects.toBeInstanceOf(InternalServerError);
    expect(server.seen).toHaveLength(1);
  });

  it("rejects bad settings with a ConfigurationError naming the option and the value", () => {
    const fails = (options: ClientOptions, pattern: RegExp) => {
      const error = (() => {
        try {
          client(options);
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(pattern);
    };
    fails({ timeout: -5 }, /option `timeout` must be a non-negative number of milliseconds.*got -5/);
    fails({ maxRetries: Number.NaN }, /`retry\.maxRetries` must be a whole number of retries, got NaN/);
    fails({ maxRetries: -1 }, /`retry\.maxRetries`.*got -1/);
    fails({ backoffFactor: -1 }, /`retry\.backoffFactor`.*got -1/);
    fails({ statusForcelist: [42] }, /`retry\.statuses` must be a list of HTTP statuses.*\[42\]/);
    fails({ transferTimeout: -1 }, /option `transferTimeout`.*got -1/);
    fails({ headers: { "x-n": 1 as unknown as string } }, /option `headers`: the value of "x-n" must be a string, got 1/);
  });

  it("takes core's names too; an alias and its core name that disagree are a ConfigurationError naming both", async () => {
    server.answer({ status: 429 }, { status: 429 });
    const viaCore = new Client({ apiKey: KEY, baseUrl: server.url, retry: { maxRetries: 1, backoffFactor: 1, backoffJitter: 0 } });
    expect(viaCore.url).toBe(server.url);
    await expect(viaCore.GET("/v1/applications")).rejects.toMatchObject({ status: 429, attempts: 2 });

    expect(() => new Client({ apiKey: KEY, url: "https://a.example.io", baseUrl: "https://b.example.io" })).toThrow(ConfigurationError);
    expect(() => new Client({ apiKey: KEY, url: "https://a.example.io", baseUrl: "https://b.example.io" })).toThrow(/`url` and `baseUrl`/);
    expect(() => client({ maxRetries: 2, retry: { maxRetries: 3 } })).toThrow(/`maxRetries` and `retry\.maxRetries`/);
    expect(() => client({ statusForcelist: [429], retry: { statuses: [503] } })).toThrow(/`statusForcelist` and `retry\.statuses`/);
    // The same value under both names is no conflict.
    expect(new Client({ apiKey: KEY, url: server.url, baseUrl: server.url }).url).toBe(server.url);
  });

  it("lets one call override the retry policy and the per-attempt timeout", async () => {
    server.answer({ status: 429 });
    await expect(client().GET("/v1/applications", { retry: { maxRetries: 0 } })).rejects.toBeInstanceOf(TooManyRequests);
    expect(server.seen).toHaveLength(1);

    server.answer("hang");
    const error = await client()
      .GET("/v1/applications", { timeout: 100, retry: { maxRetries: 0 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeout).toBe(100);
  });
});

describe("debug transcripts", () => {
  it("follow DEBUG as the debug package reads it, under the namespace clientele:nextmv, without the key", async () => {
    const printed: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((text: unknown) => void printed.push(String(text)));
    try {
      vi.stubEnv("DEBUG", "clientele:nextmv");
      await client().GET("/v1/applications");
      expect(printed.join("\n")).toContain(`GET ${server.url}/v1/applications`);
      expect(printed.join("\n")).not.toContain(KEY);

      printed.length = 0;
      vi.stubEnv("DEBUG", "*,-clientele:nextmv");
      await client().GET("/v1/applications");
      vi.stubEnv("DEBUG", "clientele:lxd");
      await client().GET("/v1/applications");
      expect(printed).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("timeouts and connection failures", () => {
  it("times out an attempt that gets no answer", async () => {
    server.answer("hang");
    const error = await client({ timeout: 150, maxRetries: 0 })
      .GET("/v1/applications")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeout).toBe(150);
    expect((error as Error).message).toMatch(/\/v1\/applications: timed out after 150 ms/);
  });

  it("retries a timed-out GET", async () => {
    server.answer("hang", { status: 200, json: [] });
    const { data } = await client({ timeout: 150, maxRetries: 1 }).GET("/v1/applications");
    expect(data).toEqual([]);
    expect(server.seen).toHaveLength(2);
  });

  it("reports an unreachable server as a ConnectionError after the retries", async () => {
    const port = await unusedPort();
    const events: RetryEvent[] = [];
    const c = new Client({
      apiKey: KEY,
      url: `http://127.0.0.1:${port}`,
      maxRetries: 2,
      backoffFactor: 1,
      backoffJitter: 0,
      onRetry: (e) => events.push(e),
    });
    const error = await c.GET("/v1/applications").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/could not connect to 127\.0\.0\.1:\d+.*unreachable/);
    expect(events).toHaveLength(2);
  });
});

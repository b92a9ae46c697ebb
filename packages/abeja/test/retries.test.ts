import { describe, expect, it, vi } from "vitest";
import {
  ABEJA_RETRY_DEFAULTS,
  APIClient,
  InternalServerError,
  TimeoutError,
  TooManyRequests,
  type APIClientOptions,
  type RetryEvent,
} from "@clientele/abeja";
import { useRecordingServer } from "./harness.js";

const server = useRecordingServer();

const SERVICE = { service_id: "ser-1", deployment_id: "d", status: "READY" };

/** A client whose backoff is 1 ms × 2^(n-1), recording each retry. */
function fastClient(options: APIClientOptions = {}) {
  const events: RetryEvent[] = [];
  const client = new APIClient({
    credential: { authToken: "retry-token" },
    baseUrl: server.url,
    serviceUrl: server.url,
    retry: { backoffFactor: 1 },
    onRetry: (e) => events.push(e),
    ...options,
  });
  return { client, events };
}

describe("retries", () => {
  it.each([500, 502, 503, 504])("retries %i on a POST (createService) and sends the same body again", async (status) => {
    server.reply(
      { status, json: { error: "x" } },
      { status, text: "oops" },
      { json: { service_id: "ser-1", deployment_id: "d", status: "READY" } },
    );
    const { client, events } = fastClient();
    const res = await client.createService("o", "d", "ver-1");
    expect(res.service_id).toBe("ser-1");
    expect(server.requests).toHaveLength(3);
    expect(new Set(server.requests.map((r) => r.body.toString())).size).toBe(1);
    expect(server.requests.every((r) => r.method === "POST")).toBe(true);
    expect(events.map((e) => e.delay)).toEqual([0, 2]);
  });

  it("retries PATCH, DELETE and the raw service request too", async () => {
    const { client } = fastClient();
    server.reply({ status: 503 }, { json: {} });
    await client.updateService("o", "d", "s", { instance_number: 2 });
    server.reply({ status: 500 }, { json: { message: "deleted" } });
    await client.deleteService("o", "d", "s");
    server.reply({ status: 502 }, { json: { message: "ok" } });
    const res = await client.requestService("o", "d", "s", { data: new Uint8Array([1, 2, 3]), contentType: "image/png" });
    expect(await res.json()).toEqual({ message: "ok" });
    expect(server.requests.map((r) => `${r.method} ${r.headers["content-type"] ?? ""} ${r.body.length}`)).toEqual([
      "PATCH application/json 21",
      "PATCH application/json 21",
      "DELETE  0",
      "DELETE  0",
      "POST image/png 3",
      "POST image/png 3",
    ]);
  });

  it("does not retry 501 or 4xx", async () => {
    const { client } = fastClient();
    server.reply({ status: 501, json: { error_description: "nope" } });
    await expect(client.getService("o", "d", "s")).rejects.toMatchObject({ status: 501 });
    server.reply({ status: 400, json: { error: "bad_request" } });
    await expect(client.getService("o", "d", "s")).rejects.toMatchObject({ status: 400 });
    expect(server.requests).toHaveLength(2);
  });

  it("stops after maxRetryCount retries and throws the last error with the attempt count", async () => {
    const { client } = fastClient({ maxRetryCount: 2 });
    server.reply(
      { status: 500, json: { error: "a" } },
      { status: 500, json: { error: "b" } },
      { status: 500, json: { error: "internal_server_error", error_description: "still broken" } },
    );
    const error = await client.getServices("o", "d").catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.attempts).toBe(3);
    expect(error.errorDescription).toBe("still broken");
    expect(server.requests).toHaveLength(3);
  });

  it("ABEJA_SDK_MAX_RETRY_COUNT=0 disables retries", async () => {
    vi.stubEnv("ABEJA_SDK_MAX_RETRY_COUNT", "0");
    const { client } = fastClient();
    server.reply({ status: 503 });
    await expect(client.getServices("o", "d")).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("waits as long as a 503's Retry-After asks", async () => {
    const { client, events } = fastClient();
    server.reply({ status: 503, headers: { "retry-after": "0.3" } }, { json: { message: "ok" } });
    const started = Date.now();
    await client.startService("o", "d", "s");
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ status: 503, delay: 300, fromRetryAfter: true, method: "POST" });
  });

  it("uses the SDK's policy by default: 5 retries of 500/502/503/504 for every method, waits 0, 2, 4, 8, 16 s capped at 120 s", async () => {
    expect(new APIClient().maxRetryCount).toBe(5);
    expect(ABEJA_RETRY_DEFAULTS).toMatchObject({
      maxRetries: 5,
      backoffFactor: 1000,
      backoffJitter: 0,
      backoffMax: 120_000,
      statuses: [500, 502, 503, 504],
    });
    expect(ABEJA_RETRY_DEFAULTS.methods).toEqual(expect.arrayContaining(["GET", "POST", "PUT", "PATCH", "DELETE"]));
    // The real waits, from the client's own defaults: stopped (by the signal) when the 2 s one begins.
    const controller = new AbortController();
    const delays: number[] = [];
    const client = new APIClient({
      credential: { authToken: "t" },
      baseUrl: server.url,
      onRetry: (e) => {
        delays.push(e.delay);
        if (e.delay > 0) controller.abort(new Error("seen enough"));
      },
    });
    server.reply({ status: 500 }, { status: 502 }, { status: 503 });
    await expect(client.createService("o", "d", "ver-1", {}, { signal: controller.signal })).rejects.toThrow("seen enough");
    expect(delays).toEqual([0, 2000]);
    expect(server.requests.map((r) => r.method)).toEqual(["POST", "POST"]);
  });
});

describe("urllib3's Retry-After rules (core)", () => {
  it.each(["GET", "POST"] as const)("a 429 carrying Retry-After is retried after the wait it asks for (%s)", async (method) => {
    const { client, events } = fastClient();
    server.reply({ status: 429, headers: { "retry-after": "0.2" }, json: { error: "too_many_requests" } }, { json: SERVICE });
    const started = Date.now();
    const service = method === "GET" ? await client.getService("o", "d", "s") : await client.createService("o", "d", "ver-1");
    expect(service.service_id).toBe("ser-1");
    expect(Date.now() - started).toBeGreaterThanOrEqual(180);
    expect(server.requests.map((r) => r.method)).toEqual([method, method]);
    expect(events).toEqual([expect.objectContaining({ status: 429, delay: 200, fromRetryAfter: true })]);
  });

  it("a 429 without Retry-After is not retried: TooManyRequests at once", async () => {
    const { client } = fastClient();
    server.reply({ status: 429, json: { error: "too_many_requests", error_description: "slow down" } });
    const error = await client.getService("o", "d", "s").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyRequests);
    expect((error as TooManyRequests & { errorDescription: string }).errorDescription).toBe("slow down");
    expect(server.requests).toHaveLength(1);
  });

  it("a Retry-After longer than retry.maxRetryAfter is not waited for", async () => {
    const { client } = fastClient({ retry: { backoffFactor: 1, maxRetryAfter: 1000 } });
    server.reply({ status: 429, headers: { "retry-after": "3600" } });
    const started = Date.now();
    await expect(client.getService("o", "d", "s")).rejects.toBeInstanceOf(TooManyRequests);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
  });
});

describe("the retry option is core's RetryPolicy", () => {
  it("retry.statuses, retry.methods and retry.shouldRetry replace ABEJA's defaults", async () => {
    const { client } = fastClient({ retry: { backoffFactor: 1, statuses: [409], methods: ["GET"] } });
    server.reply({ status: 409 }, { json: SERVICE });
    await client.getService("o", "d", "s");
    server.reply({ status: 409 });
    await expect(client.createService("o", "d", "ver-1")).rejects.toMatchObject({ status: 409 });
    // The 409 is retried for GET (in `methods`), not for POST (no longer in them).
    expect(server.requests.map((r) => r.method)).toEqual(["GET", "GET", "POST"]);
    server.clear();
    const asked: number[] = [];
    const picky = fastClient({
      retry: {
        backoffFactor: 1,
        shouldRetry: (c) => {
          asked.push(c.status ?? 0);
          return c.status === 418;
        },
      },
    }).client;
    server.reply({ status: 418 }, { json: SERVICE });
    await picky.getService("o", "d", "s");
    server.reply({ status: 500 });
    await expect(picky.getService("o", "d", "s")).rejects.toBeInstanceOf(InternalServerError);
    expect(asked).toEqual([418, 500]);
    expect(server.requests).toHaveLength(3);
  });

  it("maxRetryCount is retry.maxRetries: either spelling works", async () => {
    for (const options of [
      { maxRetryCount: 1 },
      { retry: { maxRetries: 1, backoffFactor: 1 } },
      { maxRetryCount: 1, retry: { maxRetries: 1 } },
    ]) {
      server.clear();
      const { client } = fastClient(options);
      expect(client.maxRetryCount).toBe(1);
      server.reply({ status: 503 }, { status: 503 });
      await expect(client.getServices("o", "d")).rejects.toMatchObject({ attempts: 2 });
      expect(server.requests).toHaveLength(2);
    }
  });

  it("a per-call retry is merged over the client's", async () => {
    const { client } = fastClient({ maxRetryCount: 3 });
    server.reply({ status: 503 }, { json: SERVICE });
    await expect(client.getService("o", "d", "s", { retry: { maxRetries: 0 } })).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
    server.clear();
    server.reply({ status: 418 }, { json: SERVICE });
    expect((await client.getService("o", "d", "s", { retry: { statuses: [418] } })).service_id).toBe("ser-1");
    expect(server.requests).toHaveLength(2);
  });
});

describe("timeouts", () => {
  it("a stalled answer gives a TimeoutError after the per-attempt timeout, retried like a failure", async () => {
    const { client, events } = fastClient({ timeout: 150, maxRetryCount: 1 });
    server.reply({ hang: true }, { hang: true });
    const started = Date.now();
    const error = await client.getService("o", "d", "s").catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.timeout).toBe(150);
    expect(error.attempts).toBe(2);
    expect(events).toHaveLength(1);
    // Core's Node transport enforces timeouts with undici's coarse timers (about 1 s resolution).
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("ABEJA_SDK_CONNECTION_TIMEOUT is in seconds", async () => {
    vi.stubEnv("ABEJA_SDK_CONNECTION_TIMEOUT", "0.2");
    const { client } = fastClient({ maxRetryCount: 0 });
    server.reply({ hang: true });
    const error = await client.requestService("o", "d", "s", { json: {} }).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.timeout).toBe(200);
  });
});

// urllib3's retry rules, as every client applies them, against a real server on 127.0.0.1.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApiClient, InternalServerError, TooManyRequests, type RetryContext, type RetryPolicy } from "@clientele/core";
import { startScriptedServer, type ScriptedServer } from "../../../test/support/scripted-server.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function client(retry: RetryPolicy) {
  const waits: number[] = [];
  const api = createApiClient<Record<string, never>>(
    { baseUrl: server.url, retry },
    {
      random: () => 0,
      sleep: async (ms) => {
        waits.push(ms);
      },
    },
  );
  return { api, waits };
}

const POLICY: RetryPolicy = { maxRetries: 3, backoffFactor: 100, statuses: [500], methods: ["GET", "POST"] };

describe("urllib3's retry rules", () => {
  it("retries 413, 429 and 503 carrying Retry-After even outside `statuses`, and waits what they ask", async () => {
    for (const status of [413, 429, 503]) {
      server.reset();
      server.script({ status, headers: { "retry-after": "2" } }, { status: 200, json: { ok: status } });
      const { api, waits } = client(POLICY);
      const { data } = await api.request("GET", "/x");
      expect(data).toEqual({ ok: status });
      expect(server.count()).toBe(2);
      expect(waits).toEqual([2000]);
    }
  });

  it("does not retry those statuses without Retry-After when they are not in `statuses`", async () => {
    server.script({ status: 429, json: { error: "slow" } });
    const { api } = client(POLICY);
    await expect(api.request("GET", "/x")).rejects.toBeInstanceOf(TooManyRequests);
    expect(server.count()).toBe(1);
  });

  it("honours Retry-After on any retried status, not only 413/429/503", async () => {
    server.script({ status: 500, headers: { "retry-after": "1" } }, { status: 500 }, { status: 200, json: {} });
    const { api, waits } = client(POLICY);
    await api.request("GET", "/x");
    // The asked 1 s, then urllib3's backoff for the second retry: 100 × 2^1.
    expect(waits).toEqual([1000, 200]);
  });

  it("ignores Retry-After when respectRetryAfter is false", async () => {
    server.script({ status: 500, headers: { "retry-after": "30" } }, { status: 200, json: {} });
    const { api, waits } = client({ ...POLICY, respectRetryAfter: false });
    await api.request("GET", "/x");
    expect(waits).toEqual([0]);
  });

  it("gives up at once when Retry-After asks more than maxRetryAfter", async () => {
    server.script({ status: 503, headers: { "retry-after": "120" } });
    const { api, waits } = client({ ...POLICY, maxRetryAfter: 60_000 });
    const error = await api.request("GET", "/x").catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.attempts).toBe(1);
    expect(waits).toEqual([]);
  });

  it("sends a method outside `methods` exactly once, even with Retry-After", async () => {
    server.script({ status: 503, headers: { "retry-after": "0" } });
    const { api } = client(POLICY);
    await expect(api.request("PATCH", "/x", { body: { a: 1 } })).rejects.toBeInstanceOf(InternalServerError);
    expect(server.count()).toBe(1);
  });

  it("lets shouldRetry decide, with the status and headers it saw", async () => {
    const seen: RetryContext[] = [];
    server.script({ status: 418, headers: { "x-busy": "1" } }, { status: 200, json: { ok: 1 } });
    const { api } = client({
      ...POLICY,
      shouldRetry: (context) => {
        seen.push(context);
        return context.headers?.get("x-busy") === "1" ? true : undefined;
      },
    });
    expect((await api.request("GET", "/x")).data).toEqual({ ok: 1 });
    expect(seen[0]).toMatchObject({ method: "GET", status: 418, attempt: 1 });
    server.reset();
    server.script({ status: 500 });
    const { api: never } = client({ ...POLICY, shouldRetry: () => false });
    await expect(never.request("GET", "/x")).rejects.toBeInstanceOf(InternalServerError);
    expect(server.count()).toBe(1);
  });

  it("takes a per-call retry override over the client's policy", async () => {
    server.script({ status: 500 }, { status: 500 }, { status: 200, json: {} });
    const { api } = client(POLICY);
    await expect(api.request("GET", "/x", { retry: { maxRetries: 0 } })).rejects.toBeInstanceOf(InternalServerError);
    expect(server.count()).toBe(1);
    await api.request("GET", "/x", { retry: { statuses: [500, 502] } });
    expect(server.count()).toBe(3);
  });
});

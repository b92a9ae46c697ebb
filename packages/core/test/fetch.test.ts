import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIException,
  ConnectionError,
  InternalServerError,
  NotFound,
  TimeoutError,
  TooManyRequests,
  createTransport,
  type RetryPolicy,
} from "@clientele/core";
import { createFetch } from "../src/core/fetch.js";
import { resolveRetryPolicy } from "../src/core/retry.js";
import { closedPort, startServer, type TestServer } from "../../../test/support/scripted-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const transport = createTransport({});

/** A fetch whose waits are recorded instead of slept, with jitter fixed at its maximum. */
function recordingFetch(retry: RetryPolicy, extra: { timeout?: number; logger?: (s: string) => void; secrets?: string[] } = {}) {
  const waits: number[] = [];
  const fetch = createFetch({
    transport,
    retry: resolveRetryPolicy(retry),
    timeout: extra.timeout ?? 5000,
    logger: extra.logger,
    secrets: extra.secrets,
    random: () => 1,
    now: () => Date.parse("2026-01-01T00:00:00Z"),
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return { fetch, waits };
}

const NEXTMV: RetryPolicy = {
  maxRetries: 10,
  backoffFactor: 1000,
  backoffJitter: 100,
  backoffMax: 60000,
  statuses: [429],
  methods: ["GET", "POST", "PUT", "DELETE"],
};

describe("retries", () => {
  it("retries a 429 with urllib3's backoff: immediate, then factor × 2^(n-1) + jitter", async () => {
    server.received.length = 0;
    server.script({ status: 429 }, { status: 429 }, { status: 429 }, { status: 200, body: { done: 1 } });
    const { fetch, waits } = recordingFetch(NEXTMV);
    const res = await fetch(`${server.url}/v1/x`);
    expect(await res.json()).toEqual({ done: 1 });
    expect(server.received).toHaveLength(4);
    expect(waits).toEqual([0, 2100, 4100]);
  });

  it("caps the computed wait at backoffMax", async () => {
    server.script(...Array.from({ length: 8 }, () => ({ status: 429 })));
    const { fetch, waits } = recordingFetch({ ...NEXTMV, maxRetries: 7, backoffMax: 10_000 });
    await expect(fetch(`${server.url}/x`)).rejects.toBeInstanceOf(TooManyRequests);
    expect(waits).toEqual([0, 2100, 4100, 8100, 10000, 10000, 10000]);
  });

  it("uses Retry-After in seconds and as an HTTP date, and retry-after-ms", async () => {
    server.script(
      { status: 429, headers: { "retry-after": "3" } },
      { status: 503, headers: { "retry-after": "Thu, 01 Jan 2026 00:00:07 GMT" } },
      { status: 429, headers: { "retry-after-ms": "250" } },
      { status: 200, body: {} },
    );
    const { fetch, waits } = recordingFetch({ ...NEXTMV, statuses: [429, 503] });
    await fetch(`${server.url}/x`);
    expect(waits).toEqual([3000, 7000, 250]);
  });

  it("does not retry methods outside methods (PATCH), and sends them once", async () => {
    server.received.length = 0;
    server.script({ status: 429, body: { error: "slow down" } });
    const { fetch } = recordingFetch(NEXTMV);
    const error = await fetch(`${server.url}/x`, { method: "PATCH", body: "{}" }).catch((e) => e);
    expect(error).toBeInstanceOf(TooManyRequests);
    expect(error.attempts).toBe(1);
    expect(server.received).toHaveLength(1);
  });

  it("gives the typed error of the last response, with the attempt count, when retries run out", async () => {
    server.script(...Array.from({ length: 3 }, () => ({ status: 429, body: { error: "rate limited" } })));
    const { fetch } = recordingFetch({ ...NEXTMV, maxRetries: 2 });
    const error = await fetch(`${server.url}/v1/apps`, { method: "POST", body: "{}" }).catch((e) => e);
    expect(error).toBeInstanceOf(TooManyRequests);
    expect(error).toBeInstanceOf(APIException);
    expect(error.attempts).toBe(3);
    expect(error.message).toBe(`POST ${server.url}/v1/apps → 429 Too Many Requests: rate limited`);
  });

  it("re-sends the body byte for byte on every attempt", async () => {
    server.received.length = 0;
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    server.script({ status: 429 }, { status: 429 }, { status: 200, body: {} });
    const { fetch } = recordingFetch(NEXTMV);
    await fetch(new Request(`${server.url}/upload`, { method: "PUT", body: bytes }));
    expect(server.received).toHaveLength(3);
    for (const r of server.received) expect(Buffer.compare(r.body, Buffer.from(bytes))).toBe(0);
  });

  it("does not retry a one-shot stream body", async () => {
    server.received.length = 0;
    server.script({ status: 429 });
    const { fetch } = recordingFetch(NEXTMV);
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode("once"));
        c.close();
      },
    });
    await expect(fetch(`${server.url}/x`, { method: "PUT", body: stream, duplex: "half" } as RequestInit)).rejects.toBeInstanceOf(
      TooManyRequests,
    );
    expect(server.received).toHaveLength(1);
  });

  it("retries connection failures for allowed methods, then throws ConnectionError naming the host", async () => {
    const url = await closedPort();
    const { fetch, waits } = recordingFetch({ ...NEXTMV, maxRetries: 2 });
    const error = await fetch(`${url}/v1/x`).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toContain(new URL(url).host);
    expect(error.message).toContain("unreachable");
    expect(error.attempts).toBe(3);
    expect(error.cause).toBeDefined();
    expect(waits).toEqual([0, 2100]);
  });

  it("retries a connection reset before headers", async () => {
    server.received.length = 0;
    server.script("reset", { status: 200, body: { after: "reset" } });
    const { fetch } = recordingFetch(NEXTMV);
    const res = await fetch(`${server.url}/x`);
    expect(await res.json()).toEqual({ after: "reset" });
    expect(server.received).toHaveLength(2);
  });

  it("retries 5xx only when listed", async () => {
    server.script({ status: 503, body: "busy" });
    const { fetch } = recordingFetch(NEXTMV);
    const error = await fetch(`${server.url}/x`).catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.attempts).toBe(1);
    expect(error.body).toBe("busy");
  });
});

describe("timeouts and aborts", () => {
  it("times out each attempt and retries, then throws TimeoutError naming the URL and timeout", async () => {
    server.received.length = 0;
    server.script("stall-headers", "stall-headers");
    const { fetch } = recordingFetch({ ...NEXTMV, maxRetries: 1 }, { timeout: 200 });
    const started = Date.now();
    const error = await fetch(`${server.url}/slow`).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toContain(`${server.url}/slow`);
    expect(error.message).toContain("200 ms");
    expect(error.attempts).toBe(2);
    expect(server.received).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("stops at once on a user abort, with no further attempt", async () => {
    server.received.length = 0;
    server.script("stall-headers", "stall-headers");
    const { fetch } = recordingFetch(NEXTMV, { timeout: 10_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user gave up")), 100);
    await expect(fetch(`${server.url}/slow`, { signal: controller.signal })).rejects.toThrow("user gave up");
    expect(server.received).toHaveLength(1);
  });
});

describe("errors", () => {
  it("maps statuses to typed errors with method, url, body and summaries", async () => {
    server.script({ status: 404, body: { error: "application not found" }, headers: { "x-request-id": "r1" } });
    const { fetch } = recordingFetch(NEXTMV);
    const error = await fetch(`${server.url}/v1/applications/nope`, { headers: { authorization: "Bearer sk-canary-123456" } }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(NotFound);
    expect(error.status).toBe(404);
    expect(error.method).toBe("GET");
    expect(error.body).toEqual({ error: "application not found" });
    expect(error.message).toBe(`GET ${server.url}/v1/applications/nope → 404 Not Found: application not found`);
    expect(error.requestSummary()).toContain("authorization: [REDACTED]");
    expect(error.responseSummary()).toContain("HTTP/404");
    for (const text of [error.message, String(error), JSON.stringify(error), inspect(error, { depth: 10 }), error.requestSummary()]) {
      expect(text).not.toContain("sk-canary-123456");
    }
  });

  it("keeps presigned signatures out of messages", async () => {
    server.script({ status: 403, body: "denied" });
    const { fetch } = recordingFetch(NEXTMV);
    const error = await fetch(`${server.url}/bucket/key?X-Amz-Signature=deadbeefcanary&X-Amz-Credential=AKIACANARY`).catch((e) => e);
    expect(error.message).not.toContain("deadbeefcanary");
    expect(error.message).not.toContain("AKIACANARY");
    expect(inspect(error)).not.toContain("deadbeefcanary");
  });

  it("scrubs configured secrets even when the server echoes them", async () => {
    server.script({ status: 401, body: { error: "bad key sk-echoed-999" } });
    const { fetch } = recordingFetch(NEXTMV, { secrets: ["sk-echoed-999"] });
    const error = await fetch(`${server.url}/x`).catch((e) => e);
    expect(error.message).not.toContain("sk-echoed-999");
  });
});

describe("debug transcripts", () => {
  it("prints request line, pretty JSON bodies, status and attempt, with secrets redacted", async () => {
    const lines: string[] = [];
    server.script({ status: 429 }, { status: 200, body: { token: "tok-canary", value: 1 } });
    const { fetch } = recordingFetch(NEXTMV, { logger: (l) => lines.push(l), secrets: ["sk-canary-777"] });
    await fetch(`${server.url}/v1/runs?sig=sigcanary`, {
      method: "POST",
      headers: { authorization: "Bearer sk-canary-777", "content-type": "application/json" },
      body: JSON.stringify({ input: { a: 1 }, api_key: "sk-canary-777" }),
    });
    const out = lines.join("\n");
    expect(out).toContain(`POST ${server.url}/v1/runs?sig=[REDACTED]`);
    expect(out).toContain('"input": {\n    "a": 1\n  }');
    expect(out).toContain("HTTP/429");
    expect(out).toContain("(attempt 2)");
    expect(out).toContain("HTTP/200");
    for (const secret of ["sk-canary-777", "tok-canary", "sigcanary"]) expect(out).not.toContain(secret);
  });
});

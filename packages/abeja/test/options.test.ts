// Core's option vocabulary in APIClient: the shared names, ABEJA's alias, their checks, per-call
// options on typed methods, and DEBUG read as the `debug` package reads it.

import { afterEach, describe, expect, it, vi } from "vitest";
import { ABEJA_ALIASES, APIClient, ConfigurationError, TimeoutError, USER_AGENT, type APIClientOptions } from "@clientele/abeja";
import { useRecordingServer } from "./harness.js";

const server = useRecordingServer();
afterEach(() => vi.restoreAllMocks());

/** The ConfigurationError a constructor throws (fails the test when it throws none, or another error). */
function configurationError(options: APIClientOptions): ConfigurationError {
  let error: unknown;
  try {
    new APIClient(options);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

describe("core's shared options", () => {
  it("baseUrl, timeout, retry, headers, onRetry and debug mean what they mean in every client", async () => {
    const retries: number[] = [];
    const printed: string[] = [];
    const client = new APIClient({
      credential: { authToken: "shared-token" },
      baseUrl: `${server.url}/`,
      timeout: 5000,
      retry: { maxRetries: 1, backoffFactor: 1 },
      headers: { "X-Team": "vision" },
      onRetry: (e) => retries.push(e.attempt),
      debug: (text) => printed.push(text),
    });
    expect([client.baseUrl, client.timeout, client.maxRetryCount]).toEqual([server.url, 5000, 1]);
    server.reply({ status: 503 }, { json: { deployment_id: "d", name: "n" } });
    await client.getDeployment("o", "d");
    expect(retries).toEqual([1]);
    expect(server.requests.map((r) => [r.headers["x-team"], r.headers["user-agent"], r.headers.authorization])).toEqual([
      ["vision", USER_AGENT, "Bearer shared-token"],
      ["vision", USER_AGENT, "Bearer shared-token"],
    ]);
    expect(printed.join("\n")).toContain("/organizations/o/deployments/d");
    expect(printed.join("\n")).not.toContain("shared-token");
  });

  it("the user's headers may replace the User-Agent; the credential's Authorization replaces theirs; none is sent twice", async () => {
    const client = new APIClient({
      credential: { authToken: "tok" },
      baseUrl: server.url,
      headers: { "user-agent": "mine/1", authorization: "Basic theirs" },
    });
    await client.getServices("o", "d");
    const sent = server.requests[0]!.headers;
    expect(sent["user-agent"]).toBe("mine/1");
    expect(sent.authorization).toBe("Bearer tok");
  });

  it("ABEJA's alias table is maxRetryCount → retry.maxRetries", () => {
    expect(ABEJA_ALIASES).toEqual({ maxRetryCount: "retry.maxRetries" });
  });

  it("maxRetryCount and retry.maxRetries with different values is a ConfigurationError naming both", () => {
    const error = configurationError({ maxRetryCount: 2, retry: { maxRetries: 3 } });
    expect(error.message).toMatch(/`maxRetryCount` and `retry.maxRetries`/);
    expect(new APIClient({ maxRetryCount: 2, retry: { maxRetries: 2 } }).maxRetryCount).toBe(2);
  });

  it("options beat ABEJA_SDK_MAX_RETRY_COUNT, in either spelling", () => {
    vi.stubEnv("ABEJA_SDK_MAX_RETRY_COUNT", "9");
    expect(new APIClient().maxRetryCount).toBe(9);
    expect(new APIClient({ retry: { maxRetries: 0 } }).maxRetryCount).toBe(0);
    expect(new APIClient({ maxRetryCount: 1 }).maxRetryCount).toBe(1);
  });
});

describe("bad options are ConfigurationErrors naming the option and the value", () => {
  it.each<[string, APIClientOptions, RegExp, string]>([
    ["a negative timeout", { timeout: -5 }, /option `timeout`.*-5/, "timeout"],
    ["a NaN timeout", { timeout: Number.NaN }, /option `timeout`.*NaN/, "timeout"],
    ["a NaN maxRetryCount", { maxRetryCount: Number.NaN }, /option `maxRetryCount`.*NaN/, "maxRetryCount"],
    ["a fractional maxRetryCount", { maxRetryCount: 1.5 }, /option `maxRetryCount`.*1\.5/, "maxRetryCount"],
    ["a negative retry.maxRetries", { retry: { maxRetries: -1 } }, /option `retry.maxRetries`.*-1/, "retry.maxRetries"],
    ["a baseUrl of another scheme", { baseUrl: "ftp://example.com" }, /option `baseUrl`.*"ftp:\/\/example.com"/, "baseUrl"],
    ["a relative baseUrl", { baseUrl: "api.abeja.io" }, /option `baseUrl` is not an absolute URL.*"api.abeja.io"/, "baseUrl"],
    [
      "a serviceUrl of another scheme",
      { serviceUrl: "ftp://{organization_id}.example.com" },
      /option `serviceUrl`.*"ftp:\/\/\{organization_id\}.example.com"/,
      "serviceUrl",
    ],
    ["a retry setting that does not exist", { retry: { retries: 3 } as never }, /`retry.retries` is not a retry setting/, "retry.retries"],
    ["bad retry statuses", { retry: { statuses: [99] } }, /`retry.statuses`.*\[99\]/, "retry.statuses"],
    ["a retry that is not an object", { retry: 3 as never }, /option `retry` must be an object.*3/, "retry"],
    ["headers that are not strings", { headers: { "X-N": 1 as never } }, /option `headers`.*"X-N".*1/, "headers.X-N"],
    ["a debug that is neither boolean nor function", { debug: "yes" as never }, /option `debug`.*"yes"/, "debug"],
  ])("%s", (_name, options, message, source) => {
    const error = configurationError(options);
    expect(error.message).toMatch(message);
    expect(error.source).toBe(source);
  });

  it("environment variables are named as such", () => {
    vi.stubEnv("ABEJA_API_URL", "ftp://example.com");
    expect(configurationError({}).message).toMatch(/environment variable ABEJA_API_URL.*ftp/);
    vi.stubEnv("ABEJA_API_URL", "");
    vi.stubEnv("ABEJA_SDK_CONNECTION_TIMEOUT", "-3");
    expect(configurationError({}).message).toMatch(
      /environment variable ABEJA_SDK_CONNECTION_TIMEOUT must be a non-negative number of seconds, got -3/,
    );
  });
});

describe("per-call options on every method", () => {
  const client = () =>
    new APIClient({ credential: { authToken: "t" }, baseUrl: server.url, maxRetryCount: 2, retry: { backoffFactor: 1 } });

  it("timeout is this call's per-attempt timeout", async () => {
    server.reply({ hang: true });
    const error = await client()
      .getDeployments("o", { timeout: 100, retry: { maxRetries: 0 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeout).toBe(100);
  });

  it("signal cancels the call", async () => {
    server.reply({ hang: true });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user gave up")), 50);
    await expect(client().getRun("o", "d", "r", { signal: controller.signal })).rejects.toThrow("user gave up");
  });

  it("headers are added to this call only; typed calls take the same options in their init", async () => {
    const c = client();
    await c.createEndpoint("o", "d", "ser-1", "default", { headers: { "X-Request-Id": "r-1" } });
    await c.getEndpoints("o", "d");
    await c.GET("/organizations/{organization_id}/deployments", {
      params: { path: { organization_id: "o" } },
      headers: { "X-Request-Id": "r-2" },
    });
    expect(server.requests.map((r) => r.headers["x-request-id"])).toEqual(["r-1", undefined, "r-2"]);
  });

  it("iterators pass them to every page", async () => {
    server.reply({ json: { entries: [{ run_id: "r1" }], next_page_token: "p2" } }, { json: { entries: [{ run_id: "r2" }] } });
    const ids: string[] = [];
    for await (const run of client().iterRuns("o", "d", {}, { headers: { "X-Page": "yes" } })) ids.push(run.run_id);
    expect(ids).toEqual(["r1", "r2"]);
    expect(server.requests.map((r) => r.headers["x-page"])).toEqual(["yes", "yes"]);
  });
});

describe("DEBUG", () => {
  async function printedWith(debug: string): Promise<string> {
    vi.stubEnv("DEBUG", debug);
    const printed: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(" ")));
    await new APIClient({ credential: { authToken: "debug-secret-token" }, baseUrl: server.url }).getServices("o", "d");
    vi.restoreAllMocks();
    return printed.join("\n");
  }

  it.each(["clientele:abeja", "clientele:*", "*", "1", "express,clientele:abeja"])(
    "DEBUG=%s prints a transcript, without the token",
    async (value) => {
      const text = await printedWith(value);
      expect(text).toContain("/organizations/o/deployments/d/services");
      expect(text).not.toContain("debug-secret-token");
    },
  );

  it.each(["clientele:nextmv", "express", "*,-clientele:*", "clientele:*,-clientele:abeja"])("DEBUG=%s prints nothing", async (value) => {
    expect(await printedWith(value)).toBe("");
  });
});

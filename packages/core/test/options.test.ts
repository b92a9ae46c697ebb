import { describe, expect, it } from "vitest";
import { applyAliases, ConfigurationError, createApiClient, type ClientOptions } from "@clientele/core";

const base = "http://127.0.0.1:9";

describe("applyAliases", () => {
  const aliases = { url: "baseUrl", maxRetries: "retry.maxRetries", statusForcelist: "retry.statuses" } as const;

  it("folds SDK names into the shared vocabulary", () => {
    expect(applyAliases({ url: "https://a.example", maxRetries: 2, statusForcelist: [429], timeout: 5 }, aliases)).toEqual({
      baseUrl: "https://a.example",
      timeout: 5,
      retry: { maxRetries: 2, statuses: [429] },
    });
  });

  it("accepts both spellings when they agree, and refuses them when they disagree, naming both", () => {
    expect(applyAliases({ url: "https://a.example", baseUrl: "https://a.example" }, aliases).baseUrl).toBe("https://a.example");
    expect(applyAliases({ statusForcelist: [429], retry: { statuses: [429] } }, aliases).retry).toEqual({ statuses: [429] });
    const error = (() => {
      try {
        applyAliases({ url: "https://a.example", baseUrl: "https://b.example" }, aliases);
      } catch (e) {
        return e as ConfigurationError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error?.message).toMatch(/`url` and `baseUrl`/);
    expect(error?.message).toContain("https://b.example");
    expect(() => applyAliases({ maxRetries: 1, retry: { maxRetries: 3 } }, aliases)).toThrow(/`maxRetries` and `retry.maxRetries`/);
  });
});

describe("option validation at construction", () => {
  const cases: Array<[string, ClientOptions & Record<string, unknown>, RegExp]> = [
    ["a URL of another scheme", { baseUrl: "ftp://example.com" }, /`baseUrl`.*"ftp:\/\/example.com"/],
    ["a relative URL", { baseUrl: "example.com/v1" }, /`baseUrl` is not an absolute URL/],
    ["a negative timeout", { baseUrl: base, timeout: -5 }, /`timeout`.*-5/],
    ["a NaN timeout", { baseUrl: base, timeout: Number.NaN }, /`timeout`.*NaN/],
    ["NaN retries", { baseUrl: base, retry: { maxRetries: Number.NaN } }, /`retry.maxRetries`.*NaN/],
    ["fractional retries", { baseUrl: base, retry: { maxRetries: 1.5 } }, /`retry.maxRetries`.*1.5/],
    ["statuses that are not statuses", { baseUrl: base, retry: { statuses: [429, 9999] } }, /`retry.statuses`/],
    [
      "an unknown retry field",
      { baseUrl: base, retry: { statusForcelist: [429] } as never },
      /`retry.statusForcelist` is not a retry setting/,
    ],
    ["a header that is not text", { baseUrl: base, headers: { "X-N": 1 as never } }, /`headers`.*"X-N"/],
    ["a fetch that is not a function", { baseUrl: base, fetch: "fetch" as never }, /`fetch` must be a function/],
    ["a debug option of the wrong type", { baseUrl: base, debug: "yes" as never }, /`debug`/],
  ];
  it.each(cases)("refuses %s with a ConfigurationError naming the option and value", (_what, options, message) => {
    let thrown: unknown;
    try {
      createApiClient(options as ClientOptions & { baseUrl: string });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect((thrown as Error).message).toMatch(message);
  });

  it("keeps credentials in a bad URL out of the message", () => {
    expect(() => createApiClient({ baseUrl: "ftp://user:hunter22@example.com/?token=abcdefgh123" })).toThrow(ConfigurationError);
    try {
      createApiClient({ baseUrl: "ftp://user:hunter22@example.com/?token=abcdefgh123" });
    } catch (e) {
      expect((e as Error).message).not.toContain("hunter22");
      expect((e as Error).message).not.toContain("abcdefgh123");
    }
  });

  it("refuses a bad per-call option before sending", async () => {
    let sent = 0;
    const client = createApiClient<Record<string, never>>({
      baseUrl: base,
      fetch: async () => {
        sent++;
        return new Response("{}");
      },
    });
    await expect(client.request("GET", "/x", { timeout: -1 })).rejects.toThrow(/per-call option `timeout`/);
    await expect(client.request("GET", "/x", { retry: { maxRetries: -1 } })).rejects.toThrow(/per-call option `retry`.maxRetries/);
    expect(sent).toBe(0);
  });
});

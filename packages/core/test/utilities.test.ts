import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  ConfigurationError,
  TimeoutError,
  debugEnabled,
  envNumber,
  fromEnv,
  fromOption,
  getSize,
  loadConfigFile,
  paginate,
  poll,
  resolveSetting,
} from "@clientele/core";
import { backoffDelay, resolveRetryPolicy as resolveRetryOptions } from "../src/core/retry.js";
import { vi } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "clientele-core-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("getSize", () => {
  it("measures what would be sent", () => {
    expect(getSize({ key: "value", number: 123 })).toBe(28);
    expect(getSize("Hello, Nextmv!")).toBe(14);
    expect(getSize("héllo")).toBe(6);
    expect(getSize([1, 2])).toBe(5);
    expect(getSize(new Uint8Array(9))).toBe(9);
    expect(getSize(new Blob(["abc"]))).toBe(3);
    const file = join(dir, "f.txt");
    writeFileSync(file, "12345");
    expect(getSize(pathToFileURL(file))).toBe(5);
  });
  it("names the unsupported type", () => {
    expect(() => getSize(new Map() as never)).toThrow(/unsupported type Map/);
    expect(() => getSize(42 as never)).toThrow(/unsupported type number/);
  });
});

describe("backoff", () => {
  it("follows urllib3: 0, then factor·2^(n-1) + jitter, capped", () => {
    const o = resolveRetryOptions({ backoffFactor: 1000, backoffJitter: 100, backoffMax: 60000 });
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay(n, o, () => 0))).toEqual([0, 2000, 4000, 8000, 16000, 32000, 60000]);
    expect(backoffDelay(2, o, () => 0.5)).toBe(2050);
  });
  it("rejects negative or non-numeric options by name", () => {
    expect(() => resolveRetryOptions({ maxRetries: -1 })).toThrow(/maxRetries/);
    expect(() => resolveRetryOptions({ backoffMax: Number.NaN })).toThrow(/backoffMax/);
  });
});

describe("config", () => {
  it("takes the first non-empty source", () => {
    vi.stubEnv("CLIENTELE_TEST_KEY", "from-env");
    expect(resolveSetting([fromOption("apiKey", ""), fromEnv("CLIENTELE_TEST_KEY")])).toEqual({
      value: "from-env",
      from: "environment variable CLIENTELE_TEST_KEY",
    });
    expect(resolveSetting([fromOption("apiKey", "opt"), fromEnv("CLIENTELE_TEST_KEY")])?.from).toBe("option `apiKey`");
    vi.unstubAllEnvs();
  });
  it("names the variable holding a non-number", () => {
    vi.stubEnv("CLIENTELE_TEST_TIMEOUT", "ten");
    expect(() => envNumber("CLIENTELE_TEST_TIMEOUT")).toThrow(/CLIENTELE_TEST_TIMEOUT must be a number, got "ten"/);
    vi.stubEnv("CLIENTELE_TEST_TIMEOUT", "2.5");
    expect(envNumber("CLIENTELE_TEST_TIMEOUT")).toBe(2.5);
    vi.unstubAllEnvs();
  });
  it("reads YAML with line numbers and names the file and line of a syntax error", () => {
    const good = join(dir, "good.yaml");
    writeFileSync(good, "apikey: top\nprod:\n  apikey: p\n  endpoint: api.example.io\n", { mode: 0o600 });
    chmodSync(good, 0o600);
    const file = loadConfigFile(good, { warn: () => {} });
    expect(file.data).toEqual({ apikey: "top", prod: { apikey: "p", endpoint: "api.example.io" } });
    expect(file.where("prod", "endpoint")).toBe(`${good}:4`);
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "apikey: a\nprod: [unclosed\n");
    const error = (() => {
      try {
        loadConfigFile(bad, { warn: () => {} });
      } catch (e) {
        return e as ConfigurationError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error!.message).toMatch(new RegExp(`^${bad}:\\d+: not valid YAML`));
  });
  it("treats a missing file as empty and rejects a non-mapping top level", () => {
    expect(loadConfigFile(join(dir, "none.yaml")).exists).toBe(false);
    const list = join(dir, "list.yaml");
    writeFileSync(list, "- a\n- b\n", { mode: 0o600 });
    expect(() => loadConfigFile(list)).toThrow(/top level must be a mapping/);
  });
  it("warns when other users can read a credentials file", () => {
    const open = join(dir, "open.yaml");
    writeFileSync(open, "apikey: x\n");
    chmodSync(open, 0o644);
    const warnings: string[] = [];
    loadConfigFile(open, { warn: (m) => warnings.push(m) });
    expect(warnings[0]).toContain(open);
    expect(warnings[0]).toContain("chmod 600");
  });
});

describe("DEBUG", () => {
  it.each([
    ["", false],
    ["0", false],
    ["false", false],
    ["1", true],
    ["true", true],
    ["clientele:lxd", true],
    ["clientele:*", true],
    ["clientele*", true],
    ["express,clientele:lxd", true],
    ["express clientele:*", true],
    ["express", false],
    ["clientele", false],
    ["clientele:nextmv", false],
    ["*", true],
    ["*,-clientele", true],
    ["*,-clientele:*", false],
    ["clientele:*,-clientele:lxd", false],
    ["-clientele:lxd,clientele:*", false],
  ])("DEBUG=%j for clientele:lxd → %s", (value, expected) => {
    expect(debugEnabled("clientele:lxd", value)).toBe(expected);
  });
});

describe("poll", () => {
  const fast = { initialDelay: 0, random: () => 0 };
  it("waits min(maxDelay, delay + backoff·2^i) + jitter between checks", async () => {
    const waits: number[] = [];
    let n = 0;
    const value = await poll(async () => (++n === 4 ? { done: true, value: "result" } : { done: false }), {
      ...fast,
      delay: 100,
      backoff: 900,
      maxDelay: 3000,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(value).toBe("result");
    expect(waits).toEqual([0, 1900, 3000, 3000]);
  });
  it("waits a steady `delay` with core's neutral defaults, and at most until maxDuration", async () => {
    const waits: number[] = [];
    let clock = 0;
    const error = await poll(async () => ({ done: false }), {
      maxDuration: 2500,
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(waits).toEqual([0, 1000, 1000, 500]);
  });
  it("tells each check how much time is left, and names what it waits for", async () => {
    const seen: number[] = [];
    let clock = 0;
    const error = await poll(
      async ({ remaining }) => {
        seen.push(remaining);
        clock += 400;
        return { done: false };
      },
      { maxDuration: 1000, delay: 0, what: "run r-1", now: () => clock, sleep: async () => {} },
    ).catch((e: Error) => e);
    expect(seen).toEqual([1000, 600, 200]);
    expect((error as Error).message).toContain("run r-1");
  });
  it("gives up after the last allowed check without waiting again", async () => {
    const waits: number[] = [];
    await expect(poll(async () => ({ done: false }), { maxTries: 2, delay: 50, sleep: async (ms) => void waits.push(ms) })).rejects.toThrow(
      /after 2 checks/,
    );
    expect(waits).toEqual([0, 50]);
  });
  it("refuses bad options by name", async () => {
    await expect(poll(async () => ({ done: true, value: 1 }), { delay: -1 })).rejects.toThrow(ConfigurationError);
    await expect(poll(async () => ({ done: true, value: 1 }), { maxDuration: Number.NaN })).rejects.toThrow(/maxDuration/);
  });
  it("returns undefined when stop() asks", async () => {
    let n = 0;
    expect(await poll(async () => ({ done: false }), { ...fast, stop: () => ++n === 3, sleep: async () => {} })).toBeUndefined();
  });
  it("gives up after maxTries and after maxDuration", async () => {
    await expect(poll(async () => ({ done: false }), { ...fast, maxTries: 3, sleep: async () => {} })).rejects.toThrow(/after 3 checks/);
    let clock = 0;
    const error = await poll(async () => ({ done: false }), {
      ...fast,
      maxDuration: 1000,
      now: () => (clock += 400),
      sleep: async () => {},
    }).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });
  it("stops on abort", async () => {
    const c = new AbortController();
    c.abort(new Error("stopped"));
    await expect(poll(async () => ({ done: false }), { signal: c.signal })).rejects.toThrow("stopped");
  });
});

describe("paginate", () => {
  it("follows tokens and errors clearly on a malformed page", async () => {
    const pages: Record<string, unknown> = { first: { items: [1, 2], next_page_token: "b" }, b: { items: [3], next_page_token: "" } };
    const seen: number[] = [];
    for await (const n of paginate<number>(async (t) => pages[t ?? "first"])) seen.push(n);
    expect(seen).toEqual([1, 2, 3]);
    const bad = paginate(async () => ({ items: { nope: 1 } }), { what: "GET /runs" });
    await expect(bad.next()).rejects.toThrow("GET /runs: page 1 has a `items` that is not a list (got object)");
    const empty = paginate(async () => ({ nope: 1 }), { what: "GET /runs" });
    expect((await empty.next()).done).toBe(true);
    const loop = paginate(async () => ({ items: [], next_page_token: "same" }), { maxPages: 5 });
    await expect(loop.next()).rejects.toThrow(/more than 5 pages/);
  });
});

// Hostile and bad input: path parameters that try to change the path, property-based tests over
// config files, environment values, response bodies and LXD envelopes (a result or a typed error,
// never a crash or a hang), and bodies over the limit refused before anything is sent.

import { mkdtempSync, openAsBlob, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { APIClient } from "@clientele/abeja";
import { ClienteleError, ConfigurationError, createApiClient } from "@clientele/core";
import { API, APIResult } from "@clientele/lxd";
import { Client, MAX_REQUEST_BODY_SIZE } from "@clientele/nextmv";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ABEJA_ENV, startScriptedServer, type ScriptedServer } from "../support/scripted-server.js";

let server: ScriptedServer;
let dir: string;
beforeAll(async () => {
  server = await startScriptedServer();
  dir = mkdtempSync(join(tmpdir(), "clientele-hostile-"));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  server.reset();
  for (const name of [
    ...ABEJA_ENV,
    "NEXTMV_API_KEY",
    "NEXTMV_PROFILE",
    "NEXTMV_ENDPOINT",
    "LXD_DIR",
    "LXD_CONF",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "http_proxy",
    "https_proxy",
  ])
    vi.stubEnv(name, "");
});
afterEach(() => void vi.unstubAllEnvs());

const noConfig = () => join(dir, "no-config.yaml");
const nextmv = (o: Record<string, unknown> = {}) =>
  new Client({ apiKey: "k", url: server.url, configFile: noConfig(), maxRetries: 0, timeout: 5000, ...o });
const abeja = () =>
  new APIClient({
    credential: { authToken: "t" },
    baseUrl: server.url,
    serviceUrl: `${server.url}/svc/{organization_id}`,
    maxRetryCount: 0,
    timeout: 5000,
  });
const lxd = () => API.factory({ endpoint: server.url, retry: { maxRetries: 0 }, timeout: 5000 });
const core = () => createApiClient<any>({ baseUrl: server.url, timeout: 5000 });

// ---- path parameters -------------------------------------------------------------------------

const HOSTILE = [
  "a/b",
  "../admin",
  "a?b=c",
  "a#frag",
  "100%",
  "%2e%2e",
  "%2F",
  "ü-名前-🚀",
  "a b",
  "x/../y",
  "?",
  "#",
  "%",
  "/",
  "...",
  "a;b",
  "a\\b",
];

/** The last path segments the server received, each decoded once: must equal the values sent. */
function segmentsOf(url: string, count: number): string[] {
  const pathname = url.split("?")[0]!;
  expect(url, "the value never starts a query or fragment").not.toMatch(/#/);
  return pathname.split("/").slice(-count).map(decodeURIComponent);
}

/** Each client's calls with a path parameter, and the number of trailing segments it sets. */
const PATH_CALLS: Array<{
  client: string;
  call: (v: string) => Promise<unknown>;
  segments: (v: string) => string[];
  name: string;
  bug?: string;
}> = [
  { client: "core typed", name: "id", call: (v) => core().GET("/things/{id}", { params: { path: { id: v } } }), segments: (v) => [v] },
  {
    client: "nextmv typed",
    name: "application_id",
    call: (v) => nextmv().GET("/v1/applications/{application_id}", { params: { path: { application_id: v } } }),
    segments: (v) => [v],
  },
  {
    client: "nextmv Application.runMetadata",
    name: "run_id",
    call: (v) => nextmv().application(v).runMetadata(v),
    segments: (v) => [v, "runs", v, "metadata"],
  },
  {
    client: "abeja getService",
    name: "service_id",
    call: (v) => abeja().getService("1122334455660", v, v),
    segments: (v) => [v, "services", v],
  },
  {
    client: "abeja requestService",
    name: "deploymentId",
    call: (v) => abeja().requestService("org1", v, v, { json: {} }),
    segments: (v) => [v, "services", v],
  },
  {
    client: "lxd typed",
    name: "name",
    call: (v) => lxd().GET("/1.0/instances/{name}", { params: { path: { name: v } } }),
    segments: (v) => [v],
  },
];

describe("path parameters are percent-encoded so they never change the path", () => {
  for (const { client, call, segments } of PATH_CALLS) {
    it(`${client}`, async () => {
      for (const value of HOSTILE) {
        server.reset();
        server.always({ status: 200, json: { type: "sync", status: "Success", status_code: 200, metadata: {} } });
        await call(value).catch(() => undefined);
        expect(server.received, `one request for ${JSON.stringify(value)}`).toHaveLength(1);
        const url = server.received[0]!.url;
        const expected = segments(value);
        expect(segmentsOf(url, expected.length), `${client} sent ${url} for ${JSON.stringify(value)}`).toEqual(expected);
      }
    });
  }

  for (const { client, call, name, bug } of PATH_CALLS) {
    (bug ? it.fails : it)(
      `${client}: "." and ".." as a whole segment are refused with a TypeError naming the parameter, before sending${bug ? ` [known bug ${bug}]` : ""}`,
      async () => {
        server.reset();
        for (const value of [".", ".."]) {
          const error = await call(value).then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(error, `${client} with ${value}`).toBeInstanceOf(TypeError);
          expect(server.received, "nothing was sent").toHaveLength(0);
          expect((error as Error).message).toContain(name);
        }
      },
    );
  }
});

// ---- property-based tests ----------------------------------------------------------------------

/** YAML text for a JSON value, block style, keys and strings quoted only when needed. */
function toYaml(value: unknown, indent = ""): string {
  const scalar = (v: unknown) => (typeof v === "string" ? JSON.stringify(v) : v === null ? "null" : String(v));
  if (Array.isArray(value))
    return value.length
      ? value.map((v) => `${indent}- ${typeof v === "object" && v !== null ? `\n${toYaml(v, `${indent}  `)}` : scalar(v)}`).join("\n")
      : `${indent}[]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    return entries.length
      ? entries
          .map(
            ([k, v]) =>
              `${indent}${JSON.stringify(k)}: ${typeof v === "object" && v !== null ? `\n${toYaml(v, `${indent}  `)}` : scalar(v)}`,
          )
          .join("\n")
      : `${indent}{}`;
  }
  return `${indent}${scalar(value)}`;
}

const YAML_TOKENS = [
  "apikey:",
  "endpoint:",
  "staging:",
  "default:",
  "  ",
  "- ",
  "&a ",
  "*a ",
  "!!binary ",
  "!!str ",
  "? ",
  ": ",
  "|",
  ">-",
  "{",
  "}",
  "[",
  "]",
  ",",
  "'",
  '"',
  "#",
  "\n",
  "\t",
  "---\n",
  "...\n",
  "%YAML 1.2\n",
  "key",
  "1e309",
  "0x1F",
  "~",
  "null",
  "true",
  "<<: *a",
  "\u0000",
  "\ufeff",
  "é",
];

const configText = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.jsonValue().map((v) => toYaml(v)),
  fc
    .record(
      {
        apikey: fc.oneof(fc.string(), fc.jsonValue()),
        endpoint: fc.oneof(fc.string(), fc.jsonValue()),
        staging: fc.oneof(
          fc.jsonValue(),
          fc.record({ apikey: fc.jsonValue(), endpoint: fc.jsonValue(), auth_type: fc.constantFrom("pkce", "key") }, { requiredKeys: [] }),
        ),
      },
      { requiredKeys: [] },
    )
    .map((v) => (Math.random() < 0.5 ? JSON.stringify(v) : toYaml(v))),
  fc.array(fc.constantFrom(...YAML_TOKENS), { maxLength: 40 }).map((t) => t.join("")),
  fc.string({ maxLength: 200 }),
);

describe("property: any config file gives a Client or a ConfigurationError", () => {
  it("YAML and JSON of any structure, with and without a profile", () => {
    const file = join(dir, "config.yaml");
    fc.assert(
      fc.property(
        configText,
        fc.option(fc.constantFrom("staging", "default", "missing", "apikey"), { nil: undefined }),
        (text, profile) => {
          writeFileSync(file, text, { mode: 0o600 });
          const started = Date.now();
          try {
            const client = new Client({ configFile: file, ...(profile ? { profile } : {}) });
            expect(typeof client.apiKey).toBe("string");
            expect(client.apiKey.trim()).not.toBe("");
            expect(() => new URL(client.url)).not.toThrow();
          } catch (error) {
            if (!(error instanceof ConfigurationError))
              throw new Error(`not a ConfigurationError for ${JSON.stringify(text)}: ${String((error as Error)?.stack ?? error)}`);
            expect(error.message.length).toBeGreaterThan(0);
          }
          expect(Date.now() - started, "no hang").toBeLessThan(2000);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("an alias bomb is refused, not expanded", () => {
    const file = join(dir, "bomb.yaml");
    const levels = ["a: &a [x,x,x,x,x,x,x,x,x,x]"];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(",")}]`,
      );
    writeFileSync(file, `apikey: k\n${levels.join("\n")}\n`, { mode: 0o600 });
    const started = Date.now();
    expect(() => new Client({ configFile: file })).toThrow(ConfigurationError);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

const envText = fc
  .oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(
      "",
      " ",
      "0",
      "-0",
      "1e3",
      "1e309",
      "-1",
      "0.5",
      "NaN",
      "Infinity",
      "-Infinity",
      "0x10",
      "0b1",
      "1_000",
      "١٢",
      "30 ",
      " 30",
      "3.",
      ".5",
      "5e-324",
      "9".repeat(400),
    ),
    fc.double().map(String),
    fc.integer().map(String),
  )
  .map((s) => s.replace(/\0/g, ""));

describe("property: environment values give a number (or setting) or a ConfigurationError naming the variable", () => {
  for (const [variable, read] of [
    ["ABEJA_SDK_CONNECTION_TIMEOUT", (c: APIClient) => c.timeout],
    ["ABEJA_SDK_MAX_RETRY_COUNT", (c: APIClient) => c.maxRetryCount],
  ] as const) {
    it(variable, () => {
      fc.assert(
        fc.property(envText, (value) => {
          vi.stubEnv(variable, value);
          try {
            const n = read(new APIClient({ credential: { authToken: "t" } }));
            expect(Number.isFinite(n) && n >= 0, `${variable}=${JSON.stringify(value)} gave ${n}`).toBe(true);
            if (variable === "ABEJA_SDK_MAX_RETRY_COUNT") expect(Number.isInteger(n)).toBe(true);
          } catch (error) {
            if (!(error instanceof ConfigurationError)) throw new Error(`${variable}=${JSON.stringify(value)}: ${String(error)}`);
            expect(error.message).toContain(variable);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it("ABEJA_API_URL, NEXTMV_ENDPOINT, NEXTMV_PROFILE and LXD_DIR", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("ABEJA_API_URL", "NEXTMV_ENDPOINT", "NEXTMV_PROFILE", "LXD_DIR"),
        fc.oneof(envText, fc.webUrl(), fc.constantFrom("http://", "https://[::1", "ftp://x", "javascript:alert(1)", "/tmp", "..")),
        (variable, value) => {
          vi.stubEnv(variable, value);
          try {
            if (variable === "ABEJA_API_URL") new APIClient({ credential: { authToken: "t" } });
            else if (variable === "LXD_DIR") API.factory();
            else new Client({ apiKey: "k", configFile: noConfig() });
          } catch (error) {
            if (!(error instanceof ConfigurationError)) throw new Error(`${variable}=${JSON.stringify(value)}: ${String(error)}`);
            if (variable !== "LXD_DIR")
              expect(error.message, `${variable}=${JSON.stringify(value)}`).toContain(variable === "NEXTMV_PROFILE" ? "profile" : variable);
          } finally {
            vi.stubEnv(variable, "");
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

const STATUSES = [200, 201, 202, 204, 400, 401, 404, 409, 412, 422, 500, 503];
const TYPES = ["application/json", "text/plain", "text/html", "application/octet-stream", "application/json; charset=utf-8", ""];
const anyBody = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
  fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v))),
  fc.string({ maxLength: 200 }).map((s) => Buffer.from(s)),
  fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v).slice(0, -1))),
);

/** Each client's typed call, under a bound: it must settle with data or a ClienteleError. */
const BODY_CALLS: Record<string, () => Promise<unknown>> = {
  "core typed GET": () => core().GET("/things/{id}", { params: { path: { id: "1" } } }),
  "nextmv typed GET": () => nextmv().GET("/v1/applications/{application_id}", { params: { path: { application_id: "app" } } }),
  "nextmv Application.runMetadata": () => nextmv().application("app").runMetadata("run"),
  "abeja getDeployment": () => abeja().getDeployment("1122334455660", "1111111111111"),
  "abeja typed POST": () =>
    abeja().POST("/organizations/{organization_id}/deployments", { params: { path: { organization_id: "1" } }, body: { name: "x" } }),
  "lxd request": () => lxd().request("GET", "instances"),
};

async function settles(call: () => Promise<unknown>, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within 10 s (a hang)`)), 10_000)),
  );
  try {
    await Promise.race([call(), bound]);
  } catch (error) {
    if (!(error instanceof ClienteleError)) throw new Error(`${what}: not a ClienteleError: ${String((error as Error)?.stack ?? error)}`);
  } finally {
    clearTimeout(timer);
  }
}

describe("property: any bytes from the server give data or a typed ClienteleError", () => {
  for (const [name, call] of Object.entries(BODY_CALLS)) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...STATUSES), fc.constantFrom(...TYPES), anyBody, async (status, type, body) => {
          server.always((_req, res) => {
            res.writeHead(status, type ? { "content-type": type } : {});
            res.end(status === 204 ? undefined : body);
          });
          await settles(call, `${name} ← ${status} ${type} ${JSON.stringify(body.toString("latin1").slice(0, 80))}`);
        }),
        { numRuns: 60 },
      );
    }, 60_000);
  }
});

const envelope = fc.record(
  {
    type: fc.oneof(fc.constantFrom("sync", "async", "error"), fc.jsonValue()),
    status: fc.oneof(fc.constantFrom("Success", "Failure", "Running"), fc.jsonValue()),
    status_code: fc.oneof(fc.constantFrom(100, 103, 200, 400, 401, 404, 500), fc.jsonValue()),
    operation: fc.oneof(
      fc.constantFrom("/1.0/operations/abc", "/1.0/operations/abc?project=p", "http://elsewhere.example/1.0/operations/x", "", "../../x"),
      fc.jsonValue(),
    ),
    error_code: fc.oneof(fc.integer(), fc.jsonValue()),
    error: fc.oneof(fc.string(), fc.jsonValue()),
    metadata: fc.oneof(
      fc.jsonValue(),
      fc.letrec((tie) => ({
        node: fc.record(
          {
            status_code: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.jsonValue()),
            err: fc.oneof(fc.string(), fc.jsonValue()),
            metadata: fc.oneof({ depthSize: "small" }, fc.constant(null), tie("node")),
          },
          { requiredKeys: [] },
        ),
      })).node,
    ),
  },
  { requiredKeys: [] },
);

describe("property: any LXD envelope gives an APIResult or a typed error", () => {
  it("request() and wait()", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(200, 201, 202, 400, 403, 404, 412, 500),
        fc.oneof(envelope, fc.jsonValue()),
        async (status, body) => {
          server.always({ status, json: body });
          await settles(
            async () => {
              const result = await lxd().request("POST", "instances", { json: { name: "c1" } });
              expect(result).toBeInstanceOf(APIResult);
              result.requestSummary();
              result.responseSummary();
              await result.wait({ maxDuration: 0 });
            },
            `lxd ← ${status} ${JSON.stringify(body).slice(0, 200)}`,
          );
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});

// ---- oversized bodies --------------------------------------------------------------------------

describe("oversized bodies are refused before sending, with the limit named", () => {
  it("Nextmv request(): a 500 MiB + 1 byte body (a sparse file, never read)", async () => {
    const file = join(dir, "sparse.bin");
    writeFileSync(file, "");
    truncateSync(file, MAX_REQUEST_BODY_SIZE + 1);
    const blob = await openAsBlob(file);
    expect(blob.size).toBe(MAX_REQUEST_BODY_SIZE + 1);
    const client = nextmv();
    for (const method of ["POST", "PUT"]) {
      const error = await client.request({ method, endpoint: "v1/applications/app/runs", data: blob }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ClienteleError);
      expect((error as Error).message).toContain(String(MAX_REQUEST_BODY_SIZE));
      expect((error as Error).message).toContain("500 MiB");
    }
    // A payload whose JSON is over the limit: a string of 500 MiB would have to exist, so a typed
    // array view over the sparse file's size stands in for `data` bytes of that length instead.
    const lazy = { byteLength: MAX_REQUEST_BODY_SIZE + 1 };
    const view = Object.setPrototypeOf(lazy, Uint8Array.prototype) as Uint8Array;
    const error = await client.request({ method: "POST", endpoint: "v1/x", data: view }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClienteleError);
    expect((error as Error).message).toMatch(/500 MiB/);
    expect(server.received, "nothing was sent").toHaveLength(0);
    expect(server.count()).toBe(0);
  });

  it("exactly at the limit is not refused by the size check (the check is `>`, not `>=`)", async () => {
    const file = join(dir, "sparse-limit.bin");
    writeFileSync(file, "");
    truncateSync(file, MAX_REQUEST_BODY_SIZE);
    const blob = await openAsBlob(file);
    const controller = new AbortController();
    controller.abort(new Error("stopped before sending"));
    const error = await nextmv()
      .request({ method: "POST", endpoint: "v1/x", data: blob, signal: controller.signal })
      .catch((e: unknown) => e);
    expect((error as Error).message).not.toMatch(/500 MiB/);
    expect(server.count()).toBe(0);
  });
});

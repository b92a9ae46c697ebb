// @clientele/lxd against a real LXD daemon (Debian's lxd 5.0.2), started for this run in a
// temporary LXD_DIR by scripts/lxd-daemon.mjs. Skipped loudly without LXD; fails in CI.
// A fidelity scenario: every spec operation this machine kind can run is exercised, every answer
// validated against specs/lxd.openapi.yaml, and "LXD fidelity: N of 185 operations exercised, V/T
// exchanges valid" printed with the operations left out and why.

import { execFileSync } from "node:child_process";
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { createServer } from "node:net";
import {
  API,
  APIException,
  APINotFoundException,
  ConnectionError,
  Forbidden,
  InternalServerError,
  NotFound,
  PreconditionFailed,
  TimeoutError,
  type APIResult,
  type LxdErrorFields,
  type OperationEnvelope,
} from "@clientele/lxd";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { busyboxImage } from "./busybox-image.js";
import { SpecCheck } from "./spec-check.js";
import { type Daemon, daemons, liveAvailability, requireLive, root } from "./live-daemon.js";
import { expectError } from "../../../test/support/expect-error.js";

const availability = liveAvailability();
requireLive("LIVE LXD SUITE (packages/lxd/test/live.test.ts)", availability);

// ---- which spec operations the suite exercises (from the request lines of the transcripts)

const spec = readFileSync(`${root}specs/lxd.openapi.yaml`, "utf8");
const specOperations: Array<{ method: string; template: string; pattern: RegExp; literals: number }> = [];
{
  let current: string | undefined;
  let inPaths = false;
  for (const line of spec.split("\n")) {
    if (/^paths:/.test(line)) inPaths = true;
    else if (/^\S/.test(line)) inPaths = false;
    if (!inPaths) continue;
    const path = /^ {2}(\/\S*):\s*$/.exec(line);
    if (path) current = path[1];
    const method = /^ {4}(get|put|post|patch|delete|head):\s*$/.exec(line);
    if (method && current) {
      const template = current;
      const source = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
      specOperations.push({
        method: method[1]!.toUpperCase(),
        template,
        pattern: new RegExp(`^${source}$`),
        literals: template.replace(/\{[^}]+\}/g, "").length,
      });
    }
  }
}
const exercised = new Map<string, number>();
function record(text: string): void {
  if (process.env.LXD_LIVE_DEBUG) console.log(text);
  const http = /^(GET|PUT|POST|PATCH|DELETE|HEAD) (\S+)/.exec(text);
  // A websocket handshake is a GET of its URL (events, an operation's websocket).
  const websocket = /^websocket open (\S+)/.exec(text);
  const [method, target] = http ? [http[1]!, http[2]!] : websocket ? ["GET", websocket[1]!] : [];
  if (!method || !target) return;
  const pathname = decodeURIComponent(target.replace(/^[a-z+]+:\/\/[^/]+/i, "").split("?")[0]!);
  const match = specOperations.filter((o) => o.method === method && o.pattern.test(pathname)).sort((a, b) => b.literals - a.literals)[0];
  const key = match ? `${match.method} ${match.template}` : `${method} ${pathname} (not in the spec)`;
  exercised.set(key, (exercised.get(key) ?? 0) + 1);
}

// ---- every answer is checked against the spec with @clientele/testing's validators (spec-check.ts)

const specCheck = new SpecCheck();
const { violations, exchanges } = specCheck;
const instrument = (api: API): API => specCheck.instrument(api);
/**
 * Where specs/lxd.openapi.yaml disagrees with the 5.0.2 daemon (reported; the spec is not this
 * package's to edit). Any other mismatch fails the suite.
 */
const KNOWN_MISMATCHES: RegExp[] = [];
/** The daemon's own words, kept by core as the error's `error` field. */
const errorText = (e: unknown): string => (e as APIException & LxdErrorFields).error;
const operationOf = (e: APIException): OperationEnvelope["metadata"] => (e.body as OperationEnvelope).metadata;

/**
 * Operations this suite does not run, and why (printed next to each after the fidelity line; a test
 * fails when an operation is neither exercised nor listed here).
 */
const NOT_EXERCISED: Array<[RegExp, string]> = [
  [
    /^PATCH \/1\.0\/images\/aliases\/\{name\}$/,
    "5.0.2 hangs 20 s then answers 500 context deadline exceeded, and other image calls block behind it (a daemon bug, in the spec's description)",
  ],
  [/\/peers/, "network peers need OVN networks (no OVN on this machine kind)"],
  [
    /\/images\/\{fingerprint\}\/refresh$/,
    "refreshes from the image's remote server: needs one (no network in CI); its operation never ends here",
  ],
];

const unique = `cl${process.pid.toString(36)}${Date.now().toString(36).slice(-4)}`;
const name = (what: string) => `${unique}-${what}`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

describe.skipIf(!availability.ok)("live LXD daemon", () => {
  let daemon: Daemon;
  let api: API;

  beforeAll(async () => {
    daemon = await daemons.startLxd({ timeoutMs: 30_000 });
    api = instrument(API.factory({ endpoint: daemon.socketPath, timeout: 15_000, debug: record }));
  }, 60_000);

  afterAll(async () => {
    await daemon?.stop();
    const covered = [...exercised.keys()].filter((k) => !k.endsWith("(not in the spec)"));
    const outside = [...exercised.keys()].filter((k) => k.endsWith("(not in the spec)"));
    const missing = specOperations.map((o) => `${o.method} ${o.template}`).filter((k) => !exercised.has(k));
    const why = (operation: string) => NOT_EXERCISED.find(([pattern]) => pattern.test(operation))?.[1] ?? "not exercised yet";
    console.info(
      `LXD fidelity: ${covered.length} of ${specOperations.length} operations exercised, ${exchanges.valid}/${exchanges.total} exchanges valid` +
        (outside.length ? `; outside the spec: ${outside.join(", ")}` : "") +
        `\n  not exercised here:\n  ${missing.map((k) => `${k}: ${why(k)}`).join("\n  ")}` +
        (process.env.LXD_LIVE_DEBUG ? `\n  exercised:\n  ${covered.sort().join("\n  ")}` : ""),
    );
  }, 60_000);

  it("finds the daemon through LXD_DIR and reads the server", async () => {
    const saved = process.env.LXD_DIR;
    process.env.LXD_DIR = daemon.dir;
    try {
      const local = instrument(API.factory({ debug: record }));
      expect(local.socketPath).toBe(daemon.socketPath);
      const versions = await local.GET("/");
      expect(versions.data.metadata).toContain("/1.0");
    } finally {
      if (saved === undefined) delete process.env.LXD_DIR;
      else process.env.LXD_DIR = saved;
    }
    const server = await api.GET("/1.0");
    const metadata = server.data.metadata!;
    expect(metadata.auth).toBe("trusted");
    expect(metadata.api_version).toBe("1.0");
    expect("environment" in metadata && metadata.environment.server_version).toBe(daemon.version);
    expect(server.etag).toMatch(/^"?[0-9a-f]{64}"?$/);
    expect(server.request.url).toMatch(/^http\+unix:\/\/%2F.*%2Funix\.socket\/1\.0$/);
  });

  it("creates, lists (recursion 0/1/2), updates with ETags, renames and deletes an instance", async () => {
    const c = name("c1");
    const created = await api.POST("/1.0/instances", { body: { name: c, source: { type: "none" }, type: "container" } });
    expect(created.status).toBe(202);
    expect(created.data.type).toBe("async");
    const done = await created.wait({ maxDuration: 30_000 });
    expect(done.data.metadata.status).toBe("Success");

    const urls = await api.GET("/1.0/instances", { params: { query: { recursion: 0 } } });
    expect(urls.data.metadata).toContain(`/1.0/instances/${c}`);
    const objects = await api.GET("/1.0/instances", { params: { query: { recursion: 1 } } });
    expect((objects.data.metadata as Array<{ name: string }>).map((i) => i.name)).toContain(c);
    const full = await api.GET("/1.0/instances", { params: { query: { recursion: 2 } } });
    const mine = (full.data.metadata as Array<{ name: string; state?: { status: string } }>).find((i) => i.name === c);
    expect(mine?.state?.status).toBe("Stopped");
    const filtered = await api.get("instances", { query: { filter: `name eq ${c}` } });
    expect(filtered.data.metadata).toEqual([`/1.0/instances/${c}`]);

    const got = await api.GET("/1.0/instances/{name}", { params: { path: { name: c } } });
    expect(got.data.metadata?.status).toBe("Stopped");
    const etag = got.etag!;
    expect(etag).toBeTruthy();
    const instance = got.data.metadata!;
    const updated = await api.PUT("/1.0/instances/{name}", {
      params: { path: { name: c }, header: { "If-Match": etag } },
      body: {
        config: { ...instance.config, "user.clientele": "put" },
        devices: instance.devices,
        profiles: instance.profiles,
        description: "updated by PUT",
      },
    });
    await updated.wait({ maxDuration: 30_000 });

    // The ETag changed with the PUT: the old one is refused and nothing is modified.
    const stale = await expectError<PreconditionFailed>(
      api.PUT("/1.0/instances/{name}", {
        params: { path: { name: c }, header: { "If-Match": etag } },
        body: { config: {}, devices: {}, profiles: ["default"], description: "must not be written" },
      }),
    );
    expect(stale).toBeInstanceOf(PreconditionFailed);
    expect(stale).toBeInstanceOf(APIException);
    expect(stale.status).toBe(412);
    expect(errorText(stale)).toMatch(/ETag doesn't match/);
    const after = await api.GET("/1.0/instances/{name}", { params: { path: { name: c } } });
    expect(after.data.metadata?.description).toBe("updated by PUT");
    expect(after.data.metadata?.config["user.clientele"]).toBe("put");

    const patched = await api.PATCH("/1.0/instances/{name}", {
      params: { path: { name: c }, header: { "If-Match": after.etag! } },
      body: { config: { "user.patched": "yes" } },
    });
    await patched.wait({ maxDuration: 30_000 });
    const afterPatch = await api.GET("/1.0/instances/{name}", { params: { path: { name: c } } });
    expect(afterPatch.data.metadata?.config).toMatchObject({ "user.clientele": "put", "user.patched": "yes" });

    const renamed = name("c2");
    await (await api.POST("/1.0/instances/{name}", { params: { path: { name: c } }, body: { name: renamed } })).wait({
      maxDuration: 30_000,
    });
    const gone = await expectError<APINotFoundException>(api.GET("/1.0/instances/{name}", { params: { path: { name: c } } }));
    expect(gone).toBeInstanceOf(APINotFoundException);
    expect((await api.GET("/1.0/instances/{name}", { params: { path: { name: renamed } } })).data.metadata?.name).toBe(renamed);

    const state = await api.GET("/1.0/instances/{name}/state", { params: { path: { name: renamed } } });
    expect(state.data.metadata?.status).toBe("Stopped");

    await (await api.DELETE("/1.0/instances/{name}", { params: { path: { name: renamed } } })).wait({ maxDuration: 30_000 });
    expect(await expectError(api.get(`instances/${renamed}`))).toBeInstanceOf(APINotFoundException);
  });

  it("raises APIException with the daemon's err when an operation fails (start without a rootfs)", async () => {
    const c = name("norootfs");
    await (await api.POST("/1.0/instances", { body: { name: c, source: { type: "none" } } })).wait({ maxDuration: 30_000 });
    try {
      const start = await api.PUT("/1.0/instances/{name}/state", { params: { path: { name: c } }, body: { action: "start", timeout: 10 } });
      expect(start.status).toBe(202);
      const failed = await expectError<APIException>(start.wait({ maxDuration: 30_000 }));
      expect(failed).toBeInstanceOf(APIException);
      expect(failed).not.toBeInstanceOf(NotFound);
      expect(errorText(failed)).toMatch(/rootfs/);
      expect(failed.message).toContain(errorText(failed));
      expect(failed.message).toMatch(/^GET http\+unix:\/\/%2F\S+\/wait\?timeout=30 → 200 OK: /);
      expect(operationOf(failed).status_code).toBe(400);
      expect(operationOf(failed).status).toBe("Failure");

      // The failed operation is still readable for a few seconds, and its GET fails the same way.
      const again = await expectError<APIException>(api.GET("/1.0/operations/{id}", { params: { path: { id: operationOf(failed).id } } }));
      expect(again).toBeInstanceOf(APIException);
      expect(errorText(again)).toBe(errorText(failed));
    } finally {
      await (await api.DELETE("/1.0/instances/{name}", { params: { path: { name: c } } })).wait({ maxDuration: 30_000 });
    }
  });

  it("returns a still-running operation when the wait times out, raises on request, and sees it cancelled", async () => {
    const c = name("mig");
    await (await api.POST("/1.0/instances", { body: { name: c, source: { type: "none" } } })).wait({ maxDuration: 30_000 });
    try {
      const migration = await api.POST("/1.0/instances/{name}", { params: { path: { name: c } }, body: { migration: true } });
      expect(migration.data.metadata.class).toBe("websocket");
      const started = Date.now();
      const running = await migration.wait({ maxDuration: 1_000 });
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect(running.data.metadata.status_code).toBe(103);
      expect(running.data.metadata.status).toBe("Running");
      expect(await expectError(migration.wait({ maxDuration: 1_000, raiseOnTimeout: true }))).toBeInstanceOf(TimeoutError);

      const listed = await api.GET("/1.0/operations");
      expect(JSON.stringify(listed.data.metadata)).toContain(migration.data.metadata.id);
      const id = migration.data.metadata.id;
      await api.DELETE("/1.0/operations/{id}", { params: { path: { id } } });
      const cancelled = await expectError<APIException>(migration.wait({ maxDuration: 5_000 }));
      expect(cancelled).toBeInstanceOf(APIException);
      if (!(cancelled instanceof APINotFoundException)) expect(operationOf(cancelled).status).toBe("Cancelled");
    } finally {
      await (await api.DELETE("/1.0/instances/{name}", { params: { path: { name: c } } })).wait({ maxDuration: 30_000 });
    }
  });

  it("404 → APINotFoundException (objects, operations, endpoints)", async () => {
    const instance = await expectError<APINotFoundException>(
      api.GET("/1.0/instances/{name}", { params: { path: { name: name("missing") } } }),
    );
    expect(instance).toBeInstanceOf(APINotFoundException);
    expect(instance).toBeInstanceOf(NotFound);
    expect(errorText(instance)).toBe("Instance not found");
    expect(instance.message).toContain("http+unix://");
    const operation = await expectError<APINotFoundException>(
      api.get("/1.0/operations/00000000-0000-0000-0000-000000000000/wait", { query: { timeout: 1 } }),
    );
    expect(operation).toBeInstanceOf(APINotFoundException);
    expect(errorText(operation)).toBe("Operation not found");
    expect(await expectError(api.get("no-such-endpoint"))).toBeInstanceOf(APINotFoundException);
  });

  it("metrics: typed calls read text answers as text (parseAs auto); untyped calls refuse non-JSON", async () => {
    const metrics = await api.GET("/1.0/metrics");
    expect(typeof metrics.data).toBe("string");
    // OpenMetrics text (only `# EOF` while no instance runs).
    expect(metrics.data).toMatch(/# EOF\n$/);
    expect(metrics.response.headers.get("content-type")).toMatch(/^text\/plain/);
    const refused = await expectError<Error>(api.get("metrics"));
    expect(refused.name).toBe("ResponseParseError");
    expect(refused.message).toMatch(
      /^GET http\+unix:\/\/%2F\S+\/1\.0\/metrics: HTTP 200 with an unreadable body \(expected JSON, got text\/plain\)$/,
    );
    expect((await api.get<string>("metrics", { parseAs: "text" })).data).toMatch(/# EOF\n$/);
  });

  it("profiles: create, read, replace with If-Match, patch, rename, list, delete", async () => {
    const p = name("p");
    const created = await api.POST("/1.0/profiles", {
      body: { name: p, description: "clientele", config: { "user.a": "1" }, devices: {} },
    });
    expect(created.status).toBe(201);
    expect(created.response.headers.get("location")).toBe(`/1.0/profiles/${p}`);
    const duplicate = await expectError<APIException>(api.POST("/1.0/profiles", { body: { name: p } }));
    expect(duplicate).toBeInstanceOf(APIException);
    expect(errorText(duplicate)).toMatch(/already exists/);

    const got = await api.GET("/1.0/profiles/{name}", { params: { path: { name: p } } });
    expect(got.data.metadata?.config).toEqual({ "user.a": "1" });
    await api.PUT("/1.0/profiles/{name}", {
      params: { path: { name: p }, header: { "If-Match": got.etag! } },
      body: { description: "replaced", config: { "user.b": "2" }, devices: {} },
    });
    expect(
      await expectError(
        api.PUT("/1.0/profiles/{name}", { params: { path: { name: p }, header: { "If-Match": got.etag! } }, body: { config: {} } }),
      ),
    ).toBeInstanceOf(PreconditionFailed);
    await api.PATCH("/1.0/profiles/{name}", { params: { path: { name: p } }, body: { config: { "user.c": "3" } } });
    const merged = await api.GET("/1.0/profiles/{name}", { params: { path: { name: p } } });
    expect(merged.data.metadata?.config).toEqual({ "user.b": "2", "user.c": "3" });
    expect(merged.data.metadata?.description).toBe("replaced");

    const q = name("q");
    await api.POST("/1.0/profiles/{name}", { params: { path: { name: p } }, body: { name: q } });
    const list = await api.GET("/1.0/profiles", { params: { query: { recursion: 1 } } });
    expect((list.data.metadata as Array<{ name: string }>).map((x) => x.name)).toEqual(expect.arrayContaining(["default", q]));
    await api.DELETE("/1.0/profiles/{name}", { params: { path: { name: q } } });
    expect(await expectError(api.DELETE("/1.0/profiles/{name}", { params: { path: { name: q } } }))).toBeInstanceOf(APINotFoundException);
  });

  it("projects: create, read, scope a client to it, update, rename, delete", async () => {
    const p = name("proj");
    await api.POST("/1.0/projects", { body: { name: p, description: "clientele", config: { "features.profiles": "true" } } });
    const got = await api.GET("/1.0/projects/{name}", { params: { path: { name: p } } });
    expect(got.data.metadata?.config?.["features.profiles"]).toBe("true");

    const scoped = instrument(API.factory({ endpoint: daemon.socketPath, project: p, debug: record }));
    const profiles = await scoped.GET("/1.0/profiles");
    expect(profiles.data.metadata).toEqual([`/1.0/profiles/default?project=${p}`]);
    const state = await api.GET("/1.0/projects/{name}/state", { params: { path: { name: p } } });
    expect(state.data.metadata?.resources).toBeTruthy();

    await api.PUT("/1.0/projects/{name}", {
      params: { path: { name: p }, header: { "If-Match": got.etag! } },
      body: { description: "put", config: got.data.metadata!.config },
    });
    await api.PATCH("/1.0/projects/{name}", { params: { path: { name: p } }, body: { description: "patched" } });
    expect((await api.GET("/1.0/projects/{name}", { params: { path: { name: p } } })).data.metadata?.description).toBe("patched");
    const list = await api.GET("/1.0/projects", { params: { query: { recursion: 1 } } });
    expect((list.data.metadata as Array<{ name: string }>).map((x) => x.name)).toContain(p);

    const renamed = name("proj2");
    await (await api.POST("/1.0/projects/{name}", { params: { path: { name: p } }, body: { name: renamed } })).wait({
      maxDuration: 30_000,
    });
    await api.DELETE("/1.0/projects/{name}", { params: { path: { name: renamed } } });
    expect(await expectError(api.GET("/1.0/projects/{name}", { params: { path: { name: renamed } } }))).toBeInstanceOf(
      APINotFoundException,
    );
  });

  it("storage: pools, custom volumes and their snapshots", async () => {
    const pool = name("pool");
    await api.POST("/1.0/storage-pools", { body: { name: pool, driver: "dir", description: "clientele" } });
    try {
      const got = await api.GET("/1.0/storage-pools/{pool}", { params: { path: { pool } } });
      expect(got.data.metadata?.driver).toBe("dir");
      await api.PATCH("/1.0/storage-pools/{pool}", { params: { path: { pool } }, body: { description: "patched" } });
      await api.PUT("/1.0/storage-pools/{pool}", {
        params: {
          path: { pool },
          header: { "If-Match": (await api.GET("/1.0/storage-pools/{pool}", { params: { path: { pool } } })).etag! },
        },
        body: { description: "put", config: got.data.metadata!.config },
      });
      const pools = await api.GET("/1.0/storage-pools", { params: { query: { recursion: 1 } } });
      expect((pools.data.metadata as Array<{ name: string; description: string }>).find((x) => x.name === pool)?.description).toBe("put");
      await api.GET("/1.0/storage-pools/{pool}/resources", { params: { path: { pool } } });

      const volume = "vol1";
      await (
        await api.POST("/1.0/storage-pools/{pool}/volumes/{type}", {
          params: { path: { pool, type: "custom" } },
          body: { name: volume, type: "custom", config: {} },
        })
      ).wait({ maxDuration: 30_000 });
      const vol = await api.GET("/1.0/storage-pools/{pool}/volumes/{type}/{volume}", {
        params: { path: { pool, type: "custom", volume } },
      });
      expect(vol.data.metadata?.name).toBe(volume);
      await api.PUT("/1.0/storage-pools/{pool}/volumes/{type}/{volume}", {
        params: { path: { pool, type: "custom", volume }, header: { "If-Match": vol.etag! } },
        body: { description: "put", config: vol.data.metadata!.config },
      });
      const afterPut = await api.GET("/1.0/storage-pools/{pool}/volumes/{type}/{volume}", {
        params: { path: { pool, type: "custom", volume } },
      });
      expect(afterPut.data.metadata?.description).toBe("put");
      await api.PATCH("/1.0/storage-pools/{pool}/volumes/{type}/{volume}", {
        params: { path: { pool, type: "custom", volume } },
        body: { config: { "user.x": "1" }, description: "patched" },
      });
      const afterPatch = await api.GET("/1.0/storage-pools/{pool}/volumes/{type}/{volume}", {
        params: { path: { pool, type: "custom", volume } },
      });
      expect(afterPatch.data.metadata?.config).toMatchObject({ "user.x": "1" });
      const listed = await api.GET("/1.0/storage-pools/{pool}/volumes", { params: { path: { pool } } });
      expect(listed.data.metadata).toContain(`/1.0/storage-pools/${pool}/volumes/custom/${volume}`);
      const typed = await api.GET("/1.0/storage-pools/{pool}/volumes/{type}", {
        params: { path: { pool, type: "custom" }, query: { recursion: 1 } },
      });
      expect((typed.data.metadata as Array<{ name: string; description: string }>).find((x) => x.name === volume)?.description).toBe(
        "patched",
      );

      const snap = await api.POST("/1.0/storage-pools/{pool}/volumes/{type}/{volume}/snapshots", {
        params: { path: { pool, type: "custom", volume } },
        body: { name: "snap0" },
      });
      await snap.wait({ maxDuration: 30_000 });
      const snaps = await api.GET("/1.0/storage-pools/{pool}/volumes/{type}/{volume}/snapshots", {
        params: { path: { pool, type: "custom", volume } },
      });
      expect(snaps.data.metadata).toEqual([`/1.0/storage-pools/${pool}/volumes/custom/${volume}/snapshots/snap0`]);
      const path = { pool, type: "custom" as const, volume, snapshot: "snap0" };
      const one = await api.GET("/1.0/storage-pools/{pool}/volumes/{type}/{volume}/snapshots/{snapshot}", { params: { path } });
      expect(one.data.metadata?.name).toBe("snap0");
      await api.PATCH("/1.0/storage-pools/{pool}/volumes/{type}/{volume}/snapshots/{snapshot}", {
        params: { path },
        body: { description: "snap" },
      });
      await (
        await api.POST("/1.0/storage-pools/{pool}/volumes/{type}/{volume}/snapshots/{snapshot}", {
          params: { path },
          body: { name: "snap1" },
        })
      ).wait({ maxDuration: 30_000 });
      await (
        await api.DELETE("/1.0/storage-pools/{pool}/volumes/{type}/{volume}/snapshots/{snapshot}", {
          params: { path: { ...path, snapshot: "snap1" } },
        })
      ).wait({ maxDuration: 30_000 });
      expect(
        await expectError(
          api.GET("/1.0/storage-pools/{pool}/volumes/{type}/{volume}/snapshots/{snapshot}", {
            params: { path: { ...path, snapshot: "snap1" } },
          }),
        ),
      ).toBeInstanceOf(APINotFoundException);

      await (
        await api.POST("/1.0/storage-pools/{pool}/volumes/{type}/{volume}", {
          params: { path: { pool, type: "custom", volume } },
          body: { name: "vol2" },
        })
      ).wait({ maxDuration: 30_000 });
      await (
        await api.DELETE("/1.0/storage-pools/{pool}/volumes/{type}/{volume}", {
          params: { path: { pool, type: "custom", volume: "vol2" } },
        })
      ).wait({ maxDuration: 30_000 });
    } finally {
      // Not masking the first failure: the check below fails if the pool is still there.
      await api
        .DELETE("/1.0/storage-pools/{pool}", { params: { path: { pool } } })
        .catch((e: unknown) => console.warn(`cleanup: ${String(e)}`));
    }
    expect(await expectError(api.GET("/1.0/storage-pools/{pool}", { params: { path: { pool } } }))).toBeInstanceOf(APINotFoundException);
  });

  it("HTTPS on 127.0.0.1: a client certificate trusted through the socket, a pinned server certificate", async () => {
    const { generateClientCertificate } = daemons;
    const port = await freePort();
    const server = await api.GET("/1.0");
    await api.PATCH("/1.0", {
      params: { header: { "If-Match": server.etag! } },
      body: { config: { "core.https_address": `127.0.0.1:${port}` } },
    });
    const info = (await api.GET("/1.0")).data.metadata!;
    const serverCert = "environment" in info ? info.environment.certificate! : "";
    expect(serverCert).toContain("BEGIN CERTIFICATE");

    const trusted = generateClientCertificate(name("trusted"));
    const untrusted = generateClientCertificate(name("untrusted"));
    // 5.0.2 reads `certificate` as base64 DER: the PEM body without its armour.
    const added = await api.POST("/1.0/certificates", { body: { type: "client", name: name("client"), certificate: trusted.derBase64 } });
    expect(added.status).toBe(201);
    try {
      const endpoint = `https://127.0.0.1:${port}`;
      const remote = instrument(
        API.factory({ endpoint, cert: trusted.cert, key: trusted.key, serverCert, debug: record, retry: { maxRetries: 0 } }),
      );
      expect((await remote.GET("/1.0")).data.metadata?.auth).toBe("trusted");
      const instances = await remote.GET("/1.0/instances");
      expect(Array.isArray(instances.data.metadata)).toBe(true);
      expect(instances.request.url).toBe(`${endpoint}/1.0/instances`);
      const certificates = await remote.GET("/1.0/certificates", { params: { query: { recursion: 1 } } });
      expect((certificates.data.metadata as Array<{ fingerprint: string }>).map((x) => x.fingerprint)).toContain(trusted.fingerprint);
      const mine = await remote.GET("/1.0/certificates/{fingerprint}", { params: { path: { fingerprint: trusted.fingerprint } } });
      expect(mine.data.metadata?.type).toBe("client");

      const stranger = instrument(
        API.factory({ endpoint, cert: untrusted.cert, key: untrusted.key, serverCert, debug: record, retry: { maxRetries: 0 } }),
      );
      expect((await stranger.GET("/1.0")).data.metadata?.auth).toBe("untrusted");
      const refused = await expectError<Forbidden>(stranger.GET("/1.0/instances"));
      expect(refused).toBeInstanceOf(Forbidden);
      expect(refused).toBeInstanceOf(APIException);
      expect(refused.status).toBe(403);

      const wrongPin = instrument(
        API.factory({
          endpoint,
          cert: trusted.cert,
          key: trusted.key,
          serverCert: untrusted.cert,
          debug: record,
          retry: { maxRetries: 0 },
        }),
      );
      const mismatch = await expectError<ConnectionError>(wrongPin.GET("/1.0/instances"));
      expect(mismatch).toBeInstanceOf(ConnectionError);
      expect(mismatch.message).toMatch(/certificate|CERT/i);
      // Keep-alive and TLS session resumption: later connections still verify.
      for (let i = 0; i < 3; i++) expect((await remote.GET("/1.0")).data.metadata?.auth).toBe("trusted");
    } finally {
      await api.DELETE("/1.0/certificates/{fingerprint}", { params: { path: { fingerprint: trusted.fingerprint } } });
      const now = await api.GET("/1.0");
      await api.PATCH("/1.0", { params: { header: { "If-Match": now.etag! } }, body: { config: { "core.https_address": "" } } });
    }
  });

  it("uploads an image from a tarball built here, streamed with progress, then deletes it", async () => {
    const work = mkdtempSync(join(tmpdir(), "clientele-image-"));
    try {
      mkdirSync(join(work, "image", "rootfs", "etc"), { recursive: true });
      writeFileSync(join(work, "image", "rootfs", "etc", "hostname"), "clientele\n");
      writeFileSync(
        join(work, "image", "metadata.yaml"),
        `architecture: x86_64\ncreation_date: ${Math.floor(Date.now() / 1000)}\nproperties:\n  description: clientele test image\n  os: none\n`,
      );
      const tarball = join(work, "image.tar.gz");
      execFileSync("tar", ["-czf", tarball, "-C", join(work, "image"), "metadata.yaml", "rootfs"]);
      const size = statSync(tarball).size;
      let sent = 0;
      const progress: number[] = [];
      const body = (
        Readable.toWeb(createReadStream(tarball, { highWaterMark: 4096 })) as unknown as ReadableStream<Uint8Array>
      ).pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            progress.push((sent += chunk.byteLength));
            controller.enqueue(chunk);
          },
        }),
      );
      const upload = await api.post("images", {
        body,
        headers: { "content-type": "application/octet-stream", "x-lxd-filename": "image.tar.gz" },
      });
      expect(upload.status).toBe(202);
      const done = await upload.wait({ maxDuration: 60_000 });
      const fingerprint = (done.data as unknown as { metadata: { metadata: { fingerprint: string } } }).metadata.metadata.fingerprint;
      expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(progress.at(-1)).toBe(size);
      const image = await api.GET("/1.0/images/{fingerprint}", { params: { path: { fingerprint } } });
      expect(image.data.metadata.properties?.description).toBe("clientele test image");
      await (await api.DELETE("/1.0/images/{fingerprint}", { params: { path: { fingerprint } } })).wait({ maxDuration: 30_000 });
      const gone = await expectError<APINotFoundException>(api.get(`images/${fingerprint}`));
      expect(gone).toBeInstanceOf(APINotFoundException);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  // ---- fidelity: the rest of the 185 operations, group by group, every answer validated.
  // `step` sends one exchange (errors are exchanges too: they are validated, then returned).
  const step = async (
    method: string,
    url: string,
    {
      wait = true,
      ...options
    }: {
      json?: unknown;
      query?: Record<string, string | number>;
      parseAs?: "json" | "bytes" | "text";
      wait?: boolean;
      timeout?: number;
    } = {},
  ) => {
    try {
      const result = await api.request(method, url, options);
      if (result.status === 202 && wait) return await result.wait({ maxDuration: 60_000, raiseOnTimeout: true });
      return result;
    } catch (error) {
      if (error instanceof APIException) return error;
      throw error;
    }
  };
  const ok = (answer: unknown): void => {
    if (answer instanceof APIException) throw answer;
  };
  const meta = (answer: unknown): Record<string, unknown> =>
    ((answer as APIResult<{ metadata: Record<string, unknown> }>).data?.metadata ?? {}) as Record<string, unknown>;

  it("fidelity: server resources, warnings, operations", async () => {
    ok(await step("GET", "/1.0/resources"));
    ok(await step("GET", "/1.0", { query: { public: "" } }));
    const warnings = await step("GET", "/1.0/warnings", { query: { recursion: 1 } });
    ok(warnings);
    const list = ((warnings as APIResult<{ metadata: Array<{ uuid: string }> }>).data.metadata ?? []) as Array<{ uuid: string }>;
    const uuid = list[0]?.uuid ?? "00000000-0000-0000-0000-000000000000";
    await step("GET", `/1.0/warnings/${uuid}`);
    await step("PATCH", `/1.0/warnings/${uuid}`, { json: { status: "acknowledged" } });
    await step("PUT", `/1.0/warnings/${uuid}`, { json: { status: "new" } });
    await step("DELETE", `/1.0/warnings/${uuid}`);
    const c = name("opwait");
    const started = await api.request("POST", "/1.0/instances", { json: { name: c, source: { type: "none" } } });
    const id = (started.data as unknown as { metadata: { id: string } }).metadata.id;
    ok(await step("GET", `/1.0/operations/${id}/wait`, { query: { timeout: 30 } }));
    ok(await step("GET", "/1.0/operations", { query: { recursion: 1 } }));
    ok(await step("DELETE", `/1.0/instances/${c}`));
  });

  it("fidelity: networks (bridge with iptables), forwards, leases, state, ACLs, zones", async () => {
    const net = `${unique.slice(-6)}br`;
    const created = await step("POST", "/1.0/networks", {
      json: { name: net, type: "bridge", config: { "ipv4.address": "10.123.45.1/24", "ipv4.nat": "false", "ipv6.address": "none" } },
    });
    ok(created);
    try {
      const got = await step("GET", `/1.0/networks/${net}`);
      ok(got);
      ok(await step("GET", "/1.0/networks", { query: { recursion: 1 } }));
      ok(await step("PATCH", `/1.0/networks/${net}`, { json: { description: "patched" } }));
      ok(await step("PUT", `/1.0/networks/${net}`, { json: { config: (meta(got).config as object) ?? {}, description: "put" } }));
      ok(await step("GET", `/1.0/networks/${net}/state`));
      ok(await step("GET", `/1.0/networks/${net}/leases`));
      ok(await step("POST", `/1.0/networks/${net}/forwards`, { json: { listen_address: "10.123.45.10", description: "fwd" } }));
      ok(await step("GET", `/1.0/networks/${net}/forwards`, { query: { recursion: 1 } }));
      ok(await step("GET", `/1.0/networks/${net}/forwards/10.123.45.10`));
      ok(await step("PATCH", `/1.0/networks/${net}/forwards/10.123.45.10`, { json: { description: "patched" } }));
      ok(await step("PUT", `/1.0/networks/${net}/forwards/10.123.45.10`, { json: { description: "put", config: {}, ports: [] } }));
      ok(await step("DELETE", `/1.0/networks/${net}/forwards/10.123.45.10`));
      // Peers need OVN networks: the bridge answers with an error, which is still validated.
      await step("GET", `/1.0/networks/${net}/peers`);
      const renamed = `${unique.slice(-6)}bs`;
      ok(await step("POST", `/1.0/networks/${net}`, { json: { name: renamed } }));
      ok(await step("DELETE", `/1.0/networks/${renamed}`));
    } finally {
      await api.request("DELETE", `/1.0/networks/${net}`).catch(() => undefined);
    }

    const acl = name("acl");
    ok(await step("POST", "/1.0/network-acls", { json: { name: acl, description: "clientele", ingress: [], egress: [] } }));
    ok(await step("GET", "/1.0/network-acls", { query: { recursion: 1 } }));
    ok(await step("GET", `/1.0/network-acls/${acl}`));
    ok(await step("PATCH", `/1.0/network-acls/${acl}`, { json: { description: "patched" } }));
    ok(await step("PUT", `/1.0/network-acls/${acl}`, { json: { description: "put", ingress: [], egress: [], config: {} } }));
    await step("GET", `/1.0/network-acls/${acl}/log`, { parseAs: "text" });
    ok(await step("POST", `/1.0/network-acls/${acl}`, { json: { name: `${acl}2` } }));
    ok(await step("DELETE", `/1.0/network-acls/${acl}2`));

    const zone = `${unique}.example.net`;
    ok(await step("POST", "/1.0/network-zones", { json: { name: zone, description: "clientele", config: {} } }));
    try {
      ok(await step("GET", "/1.0/network-zones", { query: { recursion: 1 } }));
      ok(await step("GET", `/1.0/network-zones/${zone}`));
      ok(await step("PATCH", `/1.0/network-zones/${zone}`, { json: { description: "patched", config: {} } }));
      ok(await step("PUT", `/1.0/network-zones/${zone}`, { json: { description: "put", config: {} } }));
      ok(await step("POST", `/1.0/network-zones/${zone}/records`, { json: { name: "www", description: "r", entries: [] } }));
      ok(await step("GET", `/1.0/network-zones/${zone}/records`, { query: { recursion: 1 } }));
      ok(await step("GET", `/1.0/network-zones/${zone}/records/www`));
      ok(await step("PATCH", `/1.0/network-zones/${zone}/records/www`, { json: { description: "patched", config: {} } }));
      ok(await step("PUT", `/1.0/network-zones/${zone}/records/www`, { json: { description: "put", entries: [], config: {} } }));
      ok(await step("DELETE", `/1.0/network-zones/${zone}/records/www`));
    } finally {
      ok(await step("DELETE", `/1.0/network-zones/${zone}`));
    }
  }, 60_000);

  it("fidelity: images from busybox, aliases, secret, export; instances from it: snapshots, backups, metadata, templates, logs, files", async () => {
    const imported = await api.post("images", { body: busyboxImage(), headers: { "X-LXD-public": "0" } });
    const image = await imported.wait({ maxDuration: 60_000, raiseOnTimeout: true });
    const fingerprint = (image.data.metadata.metadata as { fingerprint: string }).fingerprint;
    const alias = name("alias");
    const c = name("fid");
    try {
      ok(await step("GET", "/1.0/images", { query: { recursion: 1 } }));
      ok(await step("PATCH", `/1.0/images/${fingerprint}`, { json: { properties: { os: "busybox", description: "patched" } } }));
      ok(await step("PUT", `/1.0/images/${fingerprint}`, { json: { public: false, auto_update: false, properties: { os: "busybox" } } }));
      // The secret's operation runs until the secret is used or expires: not waited for.
      ok(await step("POST", `/1.0/images/${fingerprint}/secret`, { wait: false }));
      ok(await step("GET", `/1.0/images/${fingerprint}/export`, { parseAs: "bytes" }));
      ok(await step("POST", "/1.0/images/aliases", { json: { name: alias, target: fingerprint, description: "a" } }));
      ok(await step("GET", "/1.0/images/aliases", { query: { recursion: 1 } }));
      ok(await step("GET", `/1.0/images/aliases/${alias}`));
      ok(await step("PUT", `/1.0/images/aliases/${alias}`, { json: { target: fingerprint, description: "put" } }));
      ok(await step("POST", `/1.0/images/aliases/${alias}`, { json: { name: `${alias}2` } }));
      ok(await step("DELETE", `/1.0/images/aliases/${alias}2`));
      // A refresh of an image that has no source server: 202, and an operation that never ends here (cancelled).
      const refresh = await step("POST", `/1.0/images/${fingerprint}/refresh`, { wait: false });
      expect(refresh).not.toBeInstanceOf(APIException);
      const refreshId = (refresh as APIResult<{ metadata?: { id?: string } }>).data?.metadata?.id;
      if (refreshId) await step("DELETE", `/1.0/operations/${refreshId}`);

      ok(await step("POST", "/1.0/instances", { json: { name: c, source: { type: "image", fingerprint }, type: "container" } }));
      ok(await step("GET", `/1.0/instances/${c}/metadata`));
      ok(await step("GET", `/1.0/instances/${c}/metadata/templates`));
      ok(await step("POST", `/1.0/instances/${c}/metadata/templates`, { query: { path: "hello.tpl" }, json: undefined }));
      await step("GET", `/1.0/instances/${c}/metadata/templates`, { query: { path: "hello.tpl" }, parseAs: "text" });
      await step("DELETE", `/1.0/instances/${c}/metadata/templates`, { query: { path: "hello.tpl" } });
      const metadata = meta(await step("GET", `/1.0/instances/${c}/metadata`));
      ok(await step("PATCH", `/1.0/instances/${c}/metadata`, { json: { properties: { note: "patched" } } }));
      ok(await step("PUT", `/1.0/instances/${c}/metadata`, { json: metadata }));
      ok(await step("GET", `/1.0/instances/${c}/files`, { query: { path: "/etc/inittab" }, parseAs: "bytes" }));
      await step("DELETE", `/1.0/instances/${c}/files`, { query: { path: "/etc/group" } });
      ok(await step("GET", `/1.0/instances/${c}/logs`));
      ok(await step("PUT", `/1.0/instances/${c}/state`, { json: { action: "start", timeout: 30 } }));
      ok(await step("GET", `/1.0/instances/${c}/state`));
      // The running busybox container: exec with recorded output, the console log, a file write.
      const exec = await step("POST", `/1.0/instances/${c}/exec`, {
        json: { command: ["/bin/echo", "fidelity"], "record-output": true, "wait-for-websocket": false, interactive: false },
      });
      ok(exec);
      // The console (POST, then its operation's websockets) and the event stream, opened and closed.
      const attached = await api.console(c, { width: 80, height: 24 });
      attached.close();
      const controller = new AbortController();
      const events = await api.events({ types: ["lifecycle"], signal: controller.signal });
      controller.abort();
      await events.return?.();
      // Without `Upgrade: sftp` the daemon answers an error envelope (validated like any answer).
      await step("GET", `/1.0/instances/${c}/sftp`, { timeout: 5_000 }).catch((e: unknown) => e);
      // Nothing was written to this console: its ring buffer is empty (liblxc ENODATA), which 5.0.2 answers
      // 500 "open : no such file or directory" (live-exec.test.ts reads a log with content and clears it).
      await step("GET", `/1.0/instances/${c}/console`, { parseAs: "bytes" });
      await step("DELETE", `/1.0/instances/${c}/console`);
      ok(
        await api
          .post(`/1.0/instances/${c}/files`, {
            query: { path: "/tmp/fidelity.txt" },
            body: "written live\n",
            headers: { "x-lxd-type": "file", "x-lxd-mode": "0644" },
          })
          .catch((e: unknown) => e),
      );
      expect(
        new TextDecoder().decode(
          (await api.get(`/1.0/instances/${c}/files`, { query: { path: "/tmp/fidelity.txt" }, parseAs: "bytes" }))
            .data as unknown as Uint8Array,
        ),
      ).toBe("written live\n");
      ok(await step("PUT", `/1.0/instances/${c}/state`, { json: { action: "stop", force: true, timeout: 30 } }));
      const logs = meta(await step("GET", `/1.0/instances/${c}/logs`)) as unknown as string[];
      const log = Array.isArray(logs) ? logs.find((l) => l.endsWith(".log")) : undefined;
      if (log) {
        await step("GET", log, { parseAs: "bytes" });
        await step("DELETE", log);
      }

      ok(await step("POST", `/1.0/instances/${c}/snapshots`, { json: { name: "s0" } }));
      ok(await step("GET", `/1.0/instances/${c}/snapshots`, { query: { recursion: 1 } }));
      ok(await step("GET", `/1.0/instances/${c}/snapshots/s0`));
      ok(await step("PATCH", `/1.0/instances/${c}/snapshots/s0`, { json: { expires_at: "2099-01-01T00:00:00Z" } }));
      ok(await step("PUT", `/1.0/instances/${c}/snapshots/s0`, { json: { expires_at: "2099-01-02T00:00:00Z" } }));
      ok(await step("POST", `/1.0/instances/${c}/snapshots/s0`, { json: { name: "s1" } }));
      ok(await step("DELETE", `/1.0/instances/${c}/snapshots/s1`));

      ok(await step("POST", `/1.0/instances/${c}/backups`, { json: { name: "b0", instance_only: true, optimized_storage: false } }));
      ok(await step("GET", `/1.0/instances/${c}/backups`, { query: { recursion: 1 } }));
      ok(await step("GET", `/1.0/instances/${c}/backups/b0`));
      ok(await step("GET", `/1.0/instances/${c}/backups/b0/export`, { parseAs: "bytes" }));
      ok(await step("POST", `/1.0/instances/${c}/backups/b0`, { json: { name: "b1" } }));
      ok(await step("DELETE", `/1.0/instances/${c}/backups/b1`));

      ok(await step("PUT", "/1.0/instances", { json: { state: { action: "stop", force: true } } }));
    } finally {
      await step("DELETE", `/1.0/instances/${c}`);
      await step("DELETE", `/1.0/images/${fingerprint}`);
    }
  }, 120_000);

  it("fidelity: custom volume backups and state, certificates updated", async () => {
    const pool = name("fpool");
    ok(await step("POST", "/1.0/storage-pools", { json: { name: pool, driver: "dir" } }));
    const v = `/1.0/storage-pools/${pool}/volumes/custom/v1`;
    try {
      ok(await step("POST", `/1.0/storage-pools/${pool}/volumes/custom`, { json: { name: "v1", type: "custom", config: {} } }));
      await step("GET", `${v}/state`);
      ok(await step("POST", `${v}/backups`, { json: { name: "b0" } }));
      ok(await step("GET", `${v}/backups`, { query: { recursion: 1 } }));
      ok(await step("GET", `${v}/backups/b0`));
      ok(await step("GET", `${v}/backups/b0/export`, { parseAs: "bytes" }));
      ok(await step("POST", `${v}/backups/b0`, { json: { name: "b1" } }));
      ok(await step("DELETE", `${v}/backups/b1`));
      ok(await step("POST", `${v}/snapshots`, { json: { name: "s0" } }));
      ok(await step("PUT", `${v}/snapshots/s0`, { json: { description: "put", expires_at: "2099-01-01T00:00:00Z" } }));
      ok(await step("DELETE", v));
    } finally {
      await step("DELETE", `/1.0/storage-pools/${pool}`);
    }

    const { generateClientCertificate } = daemons;
    const cert = generateClientCertificate(name("fcert"));
    ok(await step("POST", "/1.0/certificates", { json: { type: "client", name: name("fcert"), certificate: cert.derBase64 } }));
    const got = meta(await step("GET", `/1.0/certificates/${cert.fingerprint}`));
    ok(await step("PATCH", `/1.0/certificates/${cert.fingerprint}`, { json: { name: name("fcert2") } }));
    ok(await step("PUT", `/1.0/certificates/${cert.fingerprint}`, { json: { ...got, name: name("fcert3") } }));
    ok(await step("DELETE", `/1.0/certificates/${cert.fingerprint}`));
    // 5.0.2 issues join tokens only when listening on the network: a 400, validated too.
    await step("POST", "/1.0/certificates", { json: { type: "client", name: name("token"), token: true } });
    ok(await step("GET", "/1.0/cluster"));
  }, 60_000);

  it("fidelity: server PUT, image push, file HEAD, volume create by pool", async () => {
    const server = await step("GET", "/1.0");
    ok(await step("PUT", "/1.0", { json: { config: meta(server).config ?? {} } }));
    const pool = name("vpool");
    ok(await step("POST", "/1.0/storage-pools", { json: { name: pool, driver: "dir" } }));
    try {
      ok(await step("POST", `/1.0/storage-pools/${pool}/volumes`, { json: { name: "v0", type: "custom", config: {} } }));
      ok(await step("DELETE", `/1.0/storage-pools/${pool}/volumes/custom/v0`));
    } finally {
      await step("DELETE", `/1.0/storage-pools/${pool}`);
    }
    const imported = await api.post("images", { body: busyboxImage(), headers: { "X-LXD-public": "0" } });
    const fingerprint = (
      (await imported.wait({ maxDuration: 60_000, raiseOnTimeout: true })).data.metadata.metadata as { fingerprint: string }
    ).fingerprint;
    const c = name("head");
    try {
      // A push to an unreachable server: 5.0.2 fails synchronously (500), not through an operation.
      const push = await step("POST", `/1.0/images/${fingerprint}/export`, {
        json: { target: "https://127.0.0.1:9", secret: "not-a-secret", certificate: "", aliases: [] },
      });
      expect(push).toBeInstanceOf(APIException);
      ok(await step("POST", "/1.0/instances", { json: { name: c, source: { type: "image", fingerprint } } }));
      ok(await step("HEAD", `/1.0/instances/${c}/files`, { query: { path: "/etc/inittab" } }));
    } finally {
      await step("DELETE", `/1.0/instances/${c}`);
      await step("DELETE", `/1.0/images/${fingerprint}`);
    }
  }, 60_000);

  // Last of the fidelity groups: it turns the daemon into a one-member cluster.
  it("fidelity: clustering a one-member cluster, members, groups, join tokens", async () => {
    const port = await freePort();
    const server = await api.GET("/1.0");
    await api.PATCH("/1.0", {
      params: { header: { "If-Match": server.etag! } },
      body: { config: { "core.https_address": `127.0.0.1:${port}` } },
    });
    ok(await step("PUT", "/1.0/cluster", { json: { server_name: "node1", enabled: true } }));
    ok(await step("GET", "/1.0/cluster"));
    ok(await step("GET", "/1.0/cluster/members", { query: { recursion: 1 } }));
    const member = meta(await step("GET", "/1.0/cluster/members/node1"));
    const body = {
      description: "m",
      roles: member.roles ?? [],
      failure_domain: member.failure_domain ?? "default",
      groups: member.groups ?? ["default"],
      config: {},
    };
    ok(await step("PUT", "/1.0/cluster/members/node1", { json: body }));
    // 5.0.2's PATCH of a member behaves like PUT: it needs roles and groups.
    ok(await step("PATCH", "/1.0/cluster/members/node1", { json: { ...body, description: "patched" } }));
    // A join token's operation runs until the token is used: not waited for.
    ok(await step("POST", "/1.0/cluster/members", { json: { server_name: "node9" }, wait: false }));
    await step("POST", "/1.0/cluster/members/node1/state", { json: { action: "evacuate" } });
    await step("POST", "/1.0/cluster/members/node1/state", { json: { action: "restore" } });
    ok(await step("POST", "/1.0/cluster/groups", { json: { name: "g1", description: "clientele", members: [] } }));
    ok(await step("GET", "/1.0/cluster/groups", { query: { recursion: 1 } }));
    ok(await step("GET", "/1.0/cluster/groups/g1"));
    ok(await step("PUT", "/1.0/cluster/groups/g1", { json: { description: "put", members: [] } }));
    ok(await step("PATCH", "/1.0/cluster/groups/g1", { json: { description: "patched", members: [] } }));
    ok(await step("POST", "/1.0/cluster/groups/g1", { json: { name: "g2" } }));
    ok(await step("DELETE", "/1.0/cluster/groups/g2"));
    const { generateClientCertificate } = daemons;
    const pair = generateClientCertificate("cluster");
    await step("PUT", "/1.0/cluster/certificate", { json: { cluster_certificate: pair.cert, cluster_certificate_key: pair.key } });
    // Renaming and removing the only member are refused: errors validated like answers.
    await step("POST", "/1.0/cluster/members/node1", { json: { server_name: "node2" } });
    await step("DELETE", "/1.0/cluster/members/node9");
  }, 90_000);

  it("fidelity: every spec operation is exercised here or listed with the reason it cannot be", () => {
    const unexplained = specOperations
      .map((o) => `${o.method} ${o.template}`)
      .filter((k) => !exercised.has(k) && !NOT_EXERCISED.some(([pattern]) => pattern.test(k)));
    expect(unexplained).toEqual([]);
  });

  it("every answer of the daemon matched the spec", () => {
    const unexpected = violations.filter((v) => !KNOWN_MISMATCHES.some((known) => known.test(v)));
    const known = violations.length - unexpected.length;
    if (known)
      console.warn(
        `live LXD suite: ${known} answers hit known spec mismatches:\n  ${violations.filter((v) => !unexpected.includes(v)).join("\n  ")}`,
      );
    expect(unexpected).toEqual([]);
  });

  it("the daemon's 500s are InternalServerError (duplicate names, bad filters)", async () => {
    const bad = await expectError<InternalServerError>(api.get("instances", { query: { filter: "name eq" } }));
    expect(bad).toBeInstanceOf(InternalServerError);
    expect(bad).toBeInstanceOf(APIException);
  });
});

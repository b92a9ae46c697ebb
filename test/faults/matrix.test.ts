// The fault matrix: each fault × method × client against a real misbehaving server on 127.0.0.1,
// checked against the documented outcome in matrix.ts (which also renders README.md). Then: no
// rejection went unhandled, and a process that runs faults exits on its own.

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as core from "@clientele/core";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort, startScriptedServer, type ScriptedServer } from "../support/scripted-server.js";
import { CLIENTS, TIMEOUT, type Outcome } from "./clients.js";
import { CELLS, MATRIX_FAULTS, renderReadme, type Cell } from "./matrix.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = fileURLToPath(new URL("../..", import.meta.url));

const unhandled: unknown[] = [];
const collect = (reason: unknown) => void unhandled.push(reason);
beforeAll(() => {
  process.on("unhandledRejection", collect);
  // The developer's environment must not change the outcome (a proxy, DEBUG transcripts).
  for (const name of [
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "http_proxy",
    "https_proxy",
    "DEBUG",
    "NEXTMV_PROFILE",
    "ABEJA_SDK_CONNECTION_TIMEOUT",
    "ABEJA_SDK_MAX_RETRY_COUNT",
  ]) {
    delete process.env[name];
  }
});
afterAll(() => void process.off("unhandledRejection", collect));

function errorClass(name: string): (value: unknown) => boolean {
  if (name === "SyntaxError") return (v) => v instanceof SyntaxError;
  const Class = (core as unknown as Record<string, abstract new (...args: never[]) => unknown>)[name];
  if (typeof Class !== "function") throw new Error(`no class ${name} in @clientele/core`);
  return (v) => v instanceof Class;
}

const BODY_TEXT = JSON.stringify({ name: "fault-matrix" });

async function runCell(cell: Cell): Promise<{ server: ScriptedServer; outcome: Outcome }> {
  const server = await startScriptedServer();
  try {
    const behaviour = cell.fault.behaviour;
    if (behaviour !== "refused") server.always(behaviour);
    const url = behaviour === "refused" ? await closedPort() : server.url;
    const outcome = await cell.client.run(url, cell.method);
    return { server, outcome };
  } finally {
    await server.close();
  }
}

describe.concurrent("fault × method × client", () => {
  for (const cell of CELLS) {
    const { fault, client, method, expected } = cell;
    const name = `${fault.id} × ${method} × ${client.name} → ${expected.error}, ${expected.requests} request(s)${expected.bug ? ` [known bug ${expected.bug}]` : ""}`;
    (expected.bug ? it.fails : it)(
      name,
      async () => {
        const started = Date.now();
        const { server, outcome } = await runCell(cell);
        // Every loop is bounded: the worst cell is 3 attempts × the timeout.
        expect(Date.now() - started).toBeLessThan(3 * TIMEOUT + 8_000);

        expect(server.count(), "requests the server received").toBe(expected.requests);
        if (method === "POST" && expected.requests === 1)
          expect(server.count("POST"), "a POST that is not retried is sent exactly once").toBe(1);
        if (method === "POST" || method === "PATCH") {
          // Retries replay the body byte for byte.
          for (const r of server.received.filter((r) => r.method === method)) expect(r.text).toBe(BODY_TEXT);
        }

        if (expected.error === "ok") {
          expect(outcome.ok ? "ok" : `${(outcome.error as Error)?.name}: ${(outcome.error as Error)?.message}`).toBe("ok");
          return;
        }
        expect(outcome.ok, "the call must fail").toBe(false);
        if (outcome.ok) return;
        const error = outcome.error as Error & { attempts?: number };
        const description = `${error?.name}: ${error?.message}`;
        expect(errorClass(expected.error)(error), `${description} is a ${expected.error}`).toBe(true);
        expect(outcome.stage, "thrown by the call, or by reading the returned body").toBe(expected.stage);
        if (expected.error !== "SyntaxError") {
          expect(error).toBeInstanceOf(core.ClienteleError);
          expect(error.message, "the message names the method").toContain(method);
        }
        if (expected.attempts !== undefined) expect(error.attempts, "error.attempts").toBe(expected.attempts);
        if (fault.id === "html-502") expect(error.message).toContain("502 Bad Gateway");
      },
      30_000,
    );
  }
});

describe("after the matrix", () => {
  it("a 429's Retry-After is obeyed: seconds and an HTTP date (nextmv and core wait as asked)", async () => {
    const server = await startScriptedServer();
    try {
      server.script({ status: 429, headers: { "retry-after": "1" }, json: { error: "slow down" } });
      let started = Date.now();
      const nextmv = CLIENTS.find((c) => c.name === "nextmv")!;
      expect((await nextmv.run(server.url, "GET")).ok).toBe(true);
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);

      // An HTTP date has whole seconds: 2 s ahead waits between 1 and 2 s.
      server.script({ status: 429, headers: { "retry-after": new Date(Date.now() + 2000).toUTCString() }, json: { error: "slow down" } });
      started = Date.now();
      const coreClient = CLIENTS.find((c) => c.name === "core")!;
      expect((await coreClient.run(server.url, "GET")).ok).toBe(true);
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect(server.count("GET")).toBe(4);
    } finally {
      await server.close();
    }
  }, 20_000);

  it("no rejection went unhandled", async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(unhandled.map(String)).toEqual([]);
  });

  it("a process that runs faults through every client exits on its own (no open handles)", async () => {
    // The servers live in this process, so the child's keep-alive sockets stay open on their side.
    const faults = MATRIX_FAULTS.filter((f) =>
      [
        "503",
        "connection-refused",
        "reset-before-headers",
        "reset-mid-body",
        "stall-headers",
        "stall-body",
        "corrupt-gzip",
        "redirect-loop",
      ].includes(f.id),
    );
    const servers: ScriptedServer[] = [];
    const targets: Array<{ id: string; url: string }> = [];
    for (const fault of faults) {
      const server = await startScriptedServer();
      servers.push(server);
      if (fault.behaviour !== "refused") server.always(fault.behaviour);
      targets.push({ id: fault.id, url: fault.behaviour === "refused" ? await closedPort() : server.url });
    }
    const ok = await startScriptedServer();
    servers.push(ok);
    targets.push({ id: "200", url: ok.url });

    const dir = mkdtempSync(join(tmpdir(), "clientele-exit-"));
    try {
      const bundle = join(dir, "exit-check.mjs");
      await build({
        entryPoints: [join(here, "exit-check.ts")],
        outfile: bundle,
        bundle: true,
        platform: "node",
        format: "esm",
        target: "node20",
        logLevel: "silent",
        banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
        alias: {
          "#platform": join(root, "packages/core/src/platform/node.ts"),
          "@clientele/core": join(root, "packages/core/src/index.ts"),
          "@clientele/nextmv": join(root, "packages/nextmv/src/index.ts"),
          "@clientele/abeja": join(root, "packages/abeja/src/index.ts"),
          "@clientele/lxd": join(root, "packages/lxd/src/index.ts"),
        },
        nodePaths: [join(root, "packages/core/node_modules"), join(root, "packages/nextmv/node_modules"), join(root, "node_modules")],
      });
      const child = spawn(process.execPath, [bundle, JSON.stringify(targets)], {
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, DEBUG: "" },
      });
      let stdout = "";
      let stderr = "";
      let doneAt = 0;
      child.stdout.on("data", (d: Buffer) => {
        stdout += d;
        if (!doneAt && stdout.includes("\nDONE")) doneAt = Date.now();
      });
      child.stderr.on("data", (d: Buffer) => (stderr += d));
      const killer = setTimeout(() => child.kill("SIGKILL"), 60_000);
      const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
        child.on("close", (c, s) => resolve([c, s])),
      );
      clearTimeout(killer);
      const exitedAt = Date.now();
      expect(stderr).toBe("");
      expect(signal, `the child was killed: it did not exit on its own\n${stdout}`).toBeNull();
      expect(code).toBe(0);
      expect(doneAt).toBeGreaterThan(0);
      // undici keeps idle connections for 10 s: a referenced one would hold the process that long.
      expect(exitedAt - doneAt, "seconds between the last call and the exit").toBeLessThan(5_000);
      const report = JSON.parse(stdout.slice(0, stdout.indexOf("\nDONE"))) as { unhandled: string[]; calls: number };
      expect(report.unhandled).toEqual([]);
      expect(report.calls).toBe(targets.length * CLIENTS.length * 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await Promise.all(servers.map((s) => s.close()));
    }
  }, 90_000);

  it("test/faults/README.md is the table this suite checks", () => {
    const rendered = renderReadme();
    const file = join(here, "README.md");
    if (process.env.WRITE_FAULTS_README === "1") writeFileSync(file, rendered);
    expect(readFileSync(file, "utf8"), "regenerate with: node test/faults/write-readme.mjs").toBe(rendered);
  });
});

// Benchmark section: import time and one-shot scripts. Wall times are the best of interleaved runs
// (noise only ever adds time); where valgrind is installed, instructions counted by callgrind say the
// same without the noise and show where a one-shot script's time goes.
import { fork, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fmt, here, log, quick, rows } from "../lib.mjs";

/**
 * Best wall time of `node <args>` (ms) per contender, runs of the contenders interleaved. A contender
 * is its arguments, or `{ args, env }` for one run with more environment.
 */
function wallTimes(contenders, runs, node = process.execPath) {
  const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, contender] of Object.entries(contenders)) {
      const { args, env } = Array.isArray(contender) ? { args: contender } : contender;
      const t = process.hrtime.bigint();
      const r = spawnSync(node, args, { cwd: here, encoding: "utf8", env: { ...process.env, ...env } });
      if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
      times[name].push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.min(...v)]));
}

/** Instructions (millions) the whole `node <args>` process runs, counted by callgrind; undefined without valgrind. */
function instructions(args) {
  const r = spawnSync(
    "valgrind",
    ["--tool=callgrind", "--callgrind-out-file=/dev/null", "--smc-check=all-non-file", process.execPath, ...args],
    {
      cwd: here,
      encoding: "utf8",
    },
  );
  const match = /Collected : (\d+)/.exec(r.stderr ?? "");
  return r.status === 0 && match ? Number(match[1]) / 1e6 : undefined;
}

const esm = (code) => ["--input-type=module", "-e", code];

/**
 * The Node lines a one-shot script is timed on: this one, and the other LTS lines from the npm
 * registry (`npx -y node@22`, as the runtime tests get them), run by path so npx's own start is not
 * counted. Node lines differ here: V8 11 (Node 20) waits at exit for the optimizing compile of
 * undici's HTTP parser, which undici 7's newer parser makes longer (bench/NOTES.md).
 */
function nodeLines() {
  const lines = [{ name: `Node ${process.versions.node}`, version: process.versions.node, path: process.execPath }];
  const own = process.versions.node.split(".")[0];
  for (const major of ["22", "24"].filter((m) => m !== own)) {
    const r = spawnSync("npx", ["-y", `node@${major}`, "-p", "process.execPath + ' ' + process.versions.node"], {
      encoding: "utf8",
      timeout: 300_000,
    });
    const [path, version] = (r.stdout ?? "").trim().split(" ");
    if (r.status === 0 && path) lines.push({ name: `Node ${version}`, version, path });
    else log(`   (node@${major} could not be fetched with npx: its one-shot row is missing)`);
  }
  return lines;
}

export default async function startupCosts() {
  log("7. import time and one-shot scripts");
  const runs = quick ? 9 : 21;
  // The baseline is an empty ES module script, so the ESM loader's own start-up is not counted as ours.
  const imports = { empty: esm("0"), "openapi-fetch": esm('await import("openapi-fetch")'), undici: esm('await import("undici")') };
  for (const pkg of ["core", "nextmv", "lxd", "abeja"]) imports[pkg] = esm(`await import("@clientele/${pkg}")`);
  const importMs = wallTimes(imports, runs);
  const base = importMs.empty;
  log(
    `   import (best of ${runs}): ${Object.entries(importMs)
      .map(([k, v]) => `${k} ${fmt(v, 0)} ms`)
      .join(", ")}`,
  );
  for (const pkg of ["core", "nextmv", "lxd", "abeja"]) {
    const added = importMs[pkg] - base;
    rows.push([
      `importing @clientele/${pkg}: added to an empty script (${fmt(base, 0)} ms)`,
      `${fmt(added, 1)} ms`,
      "≤ 20 ms",
      added <= 20,
    ]);
  }
  for (const peer of ["openapi-fetch", "undici"]) {
    rows.push([`importing ${peer} (index): added to an empty script`, `${fmt(importMs[peer] - base, 1)} ms`, "(context)", null]);
  }

  // A one-shot script: import, one GET to a loopback server, exit. undici's own request() (its
  // dispatcher modules, as core loads them) shows what loading undici from disk costs by itself.
  const child = fork(join(here, "server.mjs"), { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const url = await new Promise((r) => child.stdout.once("data", (d) => r(String(d).trim())));
  const target = `${url}/v1/applications/routing-app`;
  const scripts = {
    empty: "0",
    "bare fetch": `const r = await fetch("${target}"); await r.json();`,
    "undici request()": `import { createRequire } from "node:module";
const load = createRequire(import.meta.url);
const Agent = load("undici/lib/dispatcher/agent.js");
const request = load("undici/lib/api/api-request.js");
const agent = new Agent();
const r = await request.call(agent, { origin: "${url}", path: "/v1/applications/routing-app", method: "GET" });
await r.body.json();
await agent.close();`,
    "nextmv client.GET": `const { Client } = await import("@clientele/nextmv");
const client = new Client({ apiKey: "k", url: "${url}", configFile: "/nonexistent/config.yaml" });
await client.GET("/v1/applications/{application_id}", { params: { path: { application_id: "routing-app" } } });`,
  };
  const args = Object.fromEntries(Object.entries(scripts).map(([k, v]) => [k, esm(v)]));
  // Node 22.1 and later keep compiled code between runs when asked (NODE_COMPILE_CACHE): what a
  // command-line tool's user can turn on. The first run fills the cache; the best run is a warm one.
  const cacheDir = mkdtempSync(join(tmpdir(), "clientele-compile-cache-"));
  const cached = { args: args["nextmv client.GET"], env: { NODE_COMPILE_CACHE: cacheDir } };
  for (const node of nodeLines()) {
    const [major, minor] = node.version.split(".").map(Number);
    const hasCache = major > 22 || (major === 22 && minor >= 1);
    const oneShot = wallTimes(hasCache ? { ...args, "nextmv, compile cache": cached } : args, runs, node.path);
    log(
      `   one-shot script on ${node.name} (best of ${runs}): ${Object.entries(oneShot)
        .map(([k, v]) => `${k} ${fmt(v, 0)} ms`)
        .join(", ")}`,
    );
    const ratio = oneShot["nextmv client.GET"] / oneShot["bare fetch"];
    rows.push([
      `one-shot script (import, one GET to loopback, exit) on ${node.name}: nextmv's wall time / bare fetch's (undici request()'s, the floor)`,
      `${fmt(ratio)}× (${fmt(oneShot["nextmv client.GET"], 0)} ms vs ${fmt(oneShot["bare fetch"], 0)} ms; undici ${fmt(oneShot["undici request()"] / oneShot["bare fetch"])}×)`,
      "≤ 1.15×",
      ratio <= 1.15,
    ]);
    if (hasCache) {
      rows.push([
        `one-shot script on ${node.name} with NODE_COMPILE_CACHE set: nextmv's wall time / bare fetch's`,
        `${fmt(oneShot["nextmv, compile cache"] / oneShot["bare fetch"])}×`,
        "(context)",
        null,
      ]);
    }
  }
  rmSync(cacheDir, { recursive: true, force: true });
  const counted = Object.fromEntries(Object.entries(scripts).map(([k, v]) => [k, instructions(esm(v))]));
  child.kill();
  if (counted["bare fetch"]) {
    log(
      `   one-shot script, instructions: ${Object.entries(counted)
        .map(([k, v]) => `${k} ${fmt(v, 0)} M`)
        .join(", ")}`,
    );
    const over = (k) => fmt(counted[k] / counted["bare fetch"]);
    rows.push([
      `one-shot script on Node ${process.versions.node}, instructions (callgrind) / bare fetch's: nextmv client.GET · undici request()`,
      `${over("nextmv client.GET")}× · ${over("undici request()")}×`,
      "(context)",
      null,
    ]);
  }
}

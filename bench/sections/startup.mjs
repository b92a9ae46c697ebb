// Benchmark section: import time and one-shot scripts. Wall times are the best of interleaved runs
// (noise only ever adds time); where valgrind is installed, instructions counted by callgrind say the
// same without the noise and show where a one-shot script's time goes.
import { fork, spawnSync } from "node:child_process";
import { join } from "node:path";
import { fmt, here, log, quick, rows } from "../lib.mjs";

/** Best wall time of `node <args>` (ms) per contender, runs of the contenders interleaved. */
function wallTimes(contenders, runs) {
  const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(contenders)) {
      const t = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args, { cwd: here, encoding: "utf8" });
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
  const oneShot = wallTimes(Object.fromEntries(Object.entries(scripts).map(([k, v]) => [k, esm(v)])), runs);
  const counted = Object.fromEntries(Object.entries(scripts).map(([k, v]) => [k, instructions(esm(v))]));
  child.kill();
  log(
    `   one-shot script (best of ${runs}): ${Object.entries(oneShot)
      .map(([k, v]) => `${k} ${fmt(v, 0)} ms${counted[k] ? ` (${fmt(counted[k], 0)} M instructions)` : ""}`)
      .join(", ")}`,
  );
  const ratio = oneShot["nextmv client.GET"] / oneShot["bare fetch"];
  rows.push([
    "one-shot script (import, one GET to loopback, exit): nextmv's wall time / bare fetch's",
    `${fmt(ratio)}× (${fmt(oneShot["nextmv client.GET"], 0)} ms vs ${fmt(oneShot["bare fetch"], 0)} ms)`,
    "≤ 1.15×",
    ratio <= 1.15,
  ]);
  rows.push([
    "one-shot script: undici request()'s wall time / bare fetch's",
    `${fmt(oneShot["undici request()"] / oneShot["bare fetch"])}×`,
    "(context)",
    null,
  ]);
  if (counted["bare fetch"]) {
    const over = (k) => fmt(counted[k] / counted["bare fetch"]);
    rows.push([
      "one-shot script, instructions (callgrind) / bare fetch's: nextmv client.GET · undici request()",
      `${over("nextmv client.GET")}× · ${over("undici request()")}×`,
      "(context)",
      null,
    ]);
  }
}

// Benchmark section: import time and one-shot scripts.
import { fork, spawnSync } from "node:child_process";
import { join } from "node:path";
import { fmt, here, log, quick, rows } from "../lib.mjs";

/** Median wall time of `node <args>` (ms), runs of the contenders interleaved. */
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
  const median = (a) => a.sort((x, y) => x - y)[a.length >> 1];
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

export default async function startupCosts() {
  const runs = quick ? 7 : 15;
  // The baseline is an empty ES module script, so the ESM loader's own start-up is not counted as ours.
  const esm = (code) => ["--input-type=module", "-e", code];
  const imports = { empty: esm("0"), "openapi-fetch": esm('await import("openapi-fetch")'), undici: esm('await import("undici")') };
  for (const pkg of ["core", "nextmv", "lxd", "abeja"]) imports[pkg] = esm(`await import("@clientele/${pkg}")`);
  const importMs = wallTimes(imports, runs);
  const base = importMs.empty;
  log(
    `   import (median wall time): ${Object.entries(importMs)
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
  // A one-shot script: import, one GET to a loopback server, exit.
  const child = fork(join(here, "server.mjs"), { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const url = await new Promise((r) => child.stdout.once("data", (d) => r(String(d).trim())));
  const scripts = {
    "bare fetch": `const r = await fetch("${url}/v1/applications/routing-app"); await r.json();`,
    "nextmv client.GET": `const { Client } = await import("@clientele/nextmv");
const client = new Client({ apiKey: "k", url: "${url}", configFile: "/nonexistent/config.yaml" });
await client.GET("/v1/applications/{application_id}", { params: { path: { application_id: "routing-app" } } });`,
  };
  const oneShot = wallTimes(Object.fromEntries(Object.entries(scripts).map(([k, v]) => [k, ["--input-type=module", "-e", v]])), runs);
  child.kill();
  const ratio = oneShot["nextmv client.GET"] / oneShot["bare fetch"];
  log(
    `   one-shot script: ${Object.entries(oneShot)
      .map(([k, v]) => `${k} ${fmt(v, 0)} ms`)
      .join(", ")}`,
  );
  rows.push([
    "one-shot script (import, one GET to loopback, exit): nextmv's wall time / bare fetch's",
    `${fmt(ratio)}× (${fmt(oneShot["nextmv client.GET"], 0)} ms vs ${fmt(oneShot["bare fetch"], 0)} ms)`,
    "≤ 1.15×",
    ratio <= 1.15,
  ]);
}

#!/usr/bin/env node
// clientele's benchmarks. Every number that matters is a ratio against a baseline measured in the
// same process, in the same run: the machine is shared and noisy. Writes bench/RESULTS.md.
//
//   pnpm bench            full run (a few minutes)
//   pnpm bench --quick    shorter samples and a 256 MiB upload instead of 1 GiB
import { execFileSync, fork, spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { builtinModules } from "node:module";
import { gzipSync } from "node:zlib";
import createClient from "openapi-fetch";
import { request as undiciRequest, Agent } from "undici";
import * as esbuild from "esbuild";
import { createApiClient, uploadToPresignedUrl } from "@clientele/core";

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes("--quick");
const SAMPLE_MS = quick ? 1500 : 4000;
const rows = [];
const log = (...a) => console.log(...a);
const fmt = (n, d = 2) => Number(n).toFixed(d);

// The clients as users build them: their documented constructors, default retries and timeouts.
// Nextmv reads no config file here; every client talks to `url`.
async function clients(url, extra = {}) {
  const [{ Client }, { APIClient }, { API }] = await Promise.all([
    import("@clientele/nextmv"),
    import("@clientele/abeja"),
    import("@clientele/lxd"),
  ]);
  return {
    nextmv: new Client({ apiKey: "bench-key", url, configFile: "/nonexistent/config.yaml", ...extra }),
    abeja: new APIClient({ credential: { authToken: "bench-token" }, baseUrl: url, ...extra }),
    lxd: API.factory({ endpoint: url, ...extra }),
  };
}
const ABEJA_PATH = "/organizations/{organization_id}/deployments/{deployment_id}";
const ABEJA_PARAMS = { params: { path: { organization_id: "1122334455660", deployment_id: "1111111111111" } } };

/** Runs `cases` in interleaved rounds and keeps each case's best round (noise only ever adds time). */
async function bestOf(cases, rounds, n) {
  const best = {};
  for (let round = 0; round < rounds; round++) {
    for (const [name, fn] of Object.entries(cases)) {
      for (let i = 0; i < Math.min(2000, n); i++) await fn();
      const t = process.hrtime.bigint();
      for (let i = 0; i < n; i++) await fn();
      const us = Number(process.hrtime.bigint() - t) / 1000 / n;
      best[name] = Math.min(best[name] ?? Number.POSITIVE_INFINITY, us);
    }
  }
  return best;
}

// ── 1. per-call overhead with a stub fetch ────────────────────────────────────
async function perCall() {
  log("1. per-call overhead (stub fetch, no network)");
  const body = '{"id":"routing-app"}';
  const stub = async () => new Response(body, { headers: { "content-type": "application/json" } });
  const raw = createClient({ baseUrl: "http://stub", fetch: stub });
  const core = createApiClient({ baseUrl: "http://stub", fetch: stub, retry: { maxRetries: 10, statuses: [429] } });
  const { nextmv, abeja } = await clients("http://stub", { fetch: stub });
  const cases = {
    "raw stub + json()": async () => (await stub()).json(),
    "openapi-fetch GET": () => raw.GET("/v1/applications/{id}", { params: { path: { id: "a" } } }),
    "core createApiClient GET": () => core.GET("/v1/applications/{id}", { params: { path: { id: "a" } } }),
    "nextmv client.GET": () => nextmv.GET("/v1/applications/{application_id}", { params: { path: { application_id: "a" } } }),
    "abeja client.GET": () => abeja.GET(ABEJA_PATH, ABEJA_PARAMS),
  };
  const perOp = await bestOf(cases, 3, quick ? 20_000 : 60_000);
  for (const [name, us] of Object.entries(perOp)) log(`   ${name}: ${fmt(us)} µs/op`);
  for (const name of ["nextmv client.GET", "abeja client.GET", "core createApiClient GET"]) {
    const over = perOp[name] - perOp["openapi-fetch GET"];
    rows.push([`per-call overhead over openapi-fetch (stub fetch): ${name}`, `${fmt(over)} µs/call`, "≤ 10 µs", over <= 10]);
  }
  return perOp;
}

// ── 2. loopback throughput ─────────────────────────────────────────────────────
async function loopback() {
  log("2. loopback throughput (keep-alive node:http server in another process), ratios to bare fetch");
  const child = fork(join(here, "server.mjs"), { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const url = await new Promise((r) => child.stdout.once("data", (d) => r(String(d).trim())));
  const agent = new Agent({ connections: 256 });
  const of = createClient({ baseUrl: url });
  const { nextmv, abeja, lxd } = await clients(url);
  const path = "/v1/applications/routing-app";
  const json = JSON.stringify({ name: "bench run", input: { stops: [1, 2, 3] } });
  const postInit = { method: "POST", headers: { "content-type": "application/json" }, body: json };
  const get = {
    "bare fetch GET": async () => (await fetch(url + path)).json(),
    "undici request() GET": async () => (await undiciRequest(url + path, { dispatcher: agent })).body.json(),
    "openapi-fetch GET": async () => (await of.GET("/v1/applications/{id}", { params: { path: { id: "routing-app" } } })).data,
    "nextmv client.GET": async () =>
      (await nextmv.GET("/v1/applications/{application_id}", { params: { path: { application_id: "routing-app" } } })).data,
    "abeja client.GET": async () => (await abeja.GET(ABEJA_PATH, ABEJA_PARAMS)).data,
    "lxd api.GET": async () => (await lxd.GET("/1.0/instances/{name}", { params: { path: { name: "bench" } } })).data,
  };
  const post = {
    "bare fetch POST": async () => (await fetch(url + path, postInit)).json(),
    "undici request() POST": async () => (await undiciRequest(url + path, { ...postInit, dispatcher: agent })).body.json(),
    "openapi-fetch POST": async () => (await of.POST("/v1/applications", { body: JSON.parse(json) })).data,
    "nextmv client.POST": async () => (await nextmv.POST("/v1/applications", { body: JSON.parse(json) })).data,
  };
  const run = async (fn, inflight, ms) => {
    let done = 0;
    const end = Date.now() + ms;
    await Promise.all(
      Array.from({ length: inflight }, async () => {
        while (Date.now() < end) {
          await fn();
          done++;
        }
      }),
    );
    return done / (ms / 1000);
  };
  const table = {};
  for (const [kind, cases, base] of [
    ["GET", get, "bare fetch GET"],
    ["POST", post, "bare fetch POST"],
  ]) {
    for (const inflight of [1, 32]) {
      for (const fn of Object.values(cases)) await run(fn, inflight, 300);
      const rates = {};
      // A, B, C…, then A again: a drift between the two baselines shows the noise.
      for (const [name, fn] of Object.entries(cases)) rates[name] = await run(fn, inflight, SAMPLE_MS);
      const again = await run(cases[base], inflight, SAMPLE_MS);
      const baseline = (rates[base] + again) / 2;
      const drift = again / rates[base];
      table[`${kind} ${inflight}`] = { rates, baseline, drift };
      log(
        `   ${kind}, ${inflight} in flight: ` +
          Object.entries(rates)
            .map(([n, r]) => `${n} ${Math.round(r)}/s (${fmt(r / baseline)}×)`)
            .join(", ") +
          `; baseline drift ${fmt(drift)}`,
      );
      const target = inflight === 32 ? 2.5 : 1.6;
      const ceiling = rates[`undici request() ${kind}`] / baseline;
      for (const name of Object.keys(cases).filter((n) => /client|api\./.test(n))) {
        const r = rates[name] / baseline;
        rows.push([
          `loopback ${kind}, ${inflight} in flight: ${name} vs bare fetch (drift ${fmt(drift)})`,
          `${fmt(r)}× (${Math.round((100 * r) / ceiling)} % of undici)`,
          `≥ ${target}×`,
          r >= target,
        ]);
      }
      for (const peer of [`undici request() ${kind}`, `openapi-fetch ${kind}`]) {
        rows.push([`loopback ${kind}, ${inflight} in flight: ${peer} vs bare fetch`, `${fmt(rates[peer] / baseline)}×`, "(context)", null]);
      }
    }
  }
  child.kill();
  await agent.close();
  return { url, table };
}

// ── 3. presigned transfers of a large file ──────────────────────────────────────
async function upload() {
  const size = (quick ? 256 : 1024) * 1024 * 1024;
  log(`3. presigned upload and download of ${size >> 20} MiB vs curl`);
  const dir = mkdtempSync(join(tmpdir(), "clientele-bench-"));
  const file = join(dir, "input.bin");
  const out = createWriteStream(file);
  const chunk = Buffer.alloc(1 << 20, 97);
  for (let i = 0; i < size >> 20; i++) if (!out.write(chunk)) await new Promise((r) => out.once("drain", r));
  await new Promise((r) => out.end(r));
  const child = fork(join(here, "sink.mjs"), [String(size)], { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const url = await new Promise((r) => child.stdout.once("data", (d) => r(String(d).trim())));
  const target = `${url}/upload?X-Amz-Signature=x`;
  const { fetch } = createApiClient({ baseUrl: url, retry: { maxRetries: 3, methods: ["PUT"] }, timeout: 60_000 });
  const { nextmv } = await clients(url);
  const timed = async (fn) => {
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const t = Date.now();
    await fn();
    const ms = Date.now() - t;
    clearInterval(timer);
    return { ms, growth: (Math.max(peak, process.memoryUsage().rss) - rssBefore) / 1024 / 1024 };
  };
  const curl = (args) => {
    const t = Date.now();
    execFileSync("curl", ["-sS", ...args]);
    return Date.now() - t;
  };
  const drain = async (response) => {
    let bytes = 0;
    for await (const piece of response.body) bytes += piece.length;
    if (bytes !== size) throw new Error(`downloaded ${bytes} of ${size} bytes`);
  };
  const results = { upload: {}, download: {} };
  // Two rounds, interleaved; each contender's best.
  for (let round = 0; round < 2; round++) {
    const best = (where, name, value) => {
      const prev = results[where][name];
      if (!prev || value.ms < prev.ms) results[where][name] = { ...value, growth: Math.max(value.growth, prev?.growth ?? 0) };
    };
    best("upload", "curl -T", { ms: curl(["-o", "/dev/null", "-T", file, target]), growth: 0 });
    best(
      "upload",
      "nextmv client.uploadToPresignedUrl({ url, tarFile })",
      await timed(() => nextmv.uploadToPresignedUrl({ url: target, tarFile: file })),
    );
    best(
      "upload",
      "core uploadToPresignedUrl({ filePath })",
      await timed(() => uploadToPresignedUrl({ url: target, filePath: file, onProgress: () => {}, fetch })),
    );
    best("download", "curl -o", { ms: curl(["-o", "/dev/null", `${url}/download?X-Amz-Signature=x`]), growth: 0 });
    best(
      "download",
      "nextmv client.downloadFromPresignedUrl(url)",
      await timed(async () => drain(await nextmv.downloadFromPresignedUrl(`${url}/download?X-Amz-Signature=x`))),
    );
  }
  child.kill();
  rmSync(dir, { recursive: true, force: true });
  for (const [where, curlName] of [
    ["upload", "curl -T"],
    ["download", "curl -o"],
  ]) {
    const base = results[where][curlName].ms;
    for (const [name, { ms, growth }] of Object.entries(results[where])) {
      log(`   ${where}: ${name} ${ms} ms${name === curlName ? "" : `, peak RSS growth ${fmt(growth, 1)} MiB`}`);
      if (name === curlName) continue;
      rows.push([
        `presigned ${where} ${size >> 20} MiB: ${name} vs ${curlName}`,
        `${fmt(base / ms)}× (${ms} ms vs ${base} ms)`,
        "≥ 0.9×",
        base / ms >= 0.9,
      ]);
      rows.push([`presigned ${where} ${size >> 20} MiB: ${name}, peak RSS growth`, `${fmt(growth, 1)} MiB`, "≤ 64 MiB", growth <= 64]);
    }
  }
}

// ── 4. LXD over the unix socket ────────────────────────────────────────────────
async function lxdSocket() {
  const { lxdAvailable, startLxd } = await import("../scripts/lxd-daemon.mjs");
  const available = lxdAvailable();
  if (!available.ok) {
    rows.push(["LXD over the unix socket", "not measured", `no LXD daemon here: ${available.why}`, null]);
    return;
  }
  const n = quick ? 300 : 1000;
  log(`4. LXD: ${n} GET /1.0 over the unix socket`);
  const lxd = await startLxd({});
  try {
    const { API } = await import("@clientele/lxd");
    const api = API.factory({ endpoint: lxd.socketPath });
    const socketAgent = new Agent({ connect: { socketPath: lxd.socketPath }, connections: 32 });
    const contenders = {
      "clientele api.GET": () => api.GET("/1.0", {}),
      "undici request()": async () => (await undiciRequest("http://lxd/1.0", { dispatcher: socketAgent })).body.json(),
    };
    const seq = async (fn) => {
      const t = process.hrtime.bigint();
      for (let i = 0; i < n; i++) await fn();
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    const par = async (fn) => {
      const t = process.hrtime.bigint();
      let next = 0;
      await Promise.all(
        Array.from({ length: 32 }, async () => {
          while (next++ < n) await fn();
        }),
      );
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    const ms = {};
    for (let round = 0; round < 3; round++) {
      for (const [name, fn] of Object.entries(contenders)) {
        const s = await seq(fn);
        const p = await par(fn);
        if (round === 0) continue; // warm-up
        ms[name] = {
          seq: Math.min(ms[name]?.seq ?? Number.POSITIVE_INFINITY, s),
          par: Math.min(ms[name]?.par ?? Number.POSITIVE_INFINITY, p),
        };
      }
    }
    await socketAgent.close();
    const url = "http://lxd/1.0";
    const t = Date.now();
    const curl = spawnSync("curl", ["-sS", "--unix-socket", lxd.socketPath, ...Array.from({ length: n }, () => url)], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    const curlMs = Date.now() - t;
    if (curl.status !== 0) throw new Error(`curl failed: ${curl.stderr}`);
    const python = `
import sys, time
from concurrent.futures import ThreadPoolExecutor
import pylxd
c = pylxd.Client()
n = int(sys.argv[2])
c.api.get()
best_seq = best_par = float("inf")
for _ in range(2):
    t = time.time()
    for _ in range(n): c.api.get()
    best_seq = min(best_seq, (time.time() - t) * 1000)
    t = time.time()
    with ThreadPoolExecutor(32) as pool: list(pool.map(lambda _: c.api.get(), range(n)))
    best_par = min(best_par, (time.time() - t) * 1000)
print(best_seq, best_par)
`;
    const py = spawnSync("/usr/bin/python3", ["-c", python, lxd.socketPath, String(n)], {
      encoding: "utf8",
      env: { ...process.env, LXD_DIR: lxd.dir },
    });
    const [pySeq, pyPar] = py.status === 0 ? py.stdout.trim().split(" ").map(Number) : [Number.NaN, Number.NaN];
    if (py.status !== 0) log(`   pylxd not measured: ${(py.stderr || "").trim().split("\n").at(-1)} (apt-get install python3-pylxd)`);
    const ours = ms["clientele api.GET"];
    const und = ms["undici request()"];
    log(
      `   clientele ${fmt(ours.seq, 0)} / ${fmt(ours.par, 0)} ms (sequential / 32 in flight); undici request() ${fmt(und.seq, 0)} / ${fmt(und.par, 0)} ms; pylxd client.api.get() ${fmt(pySeq, 0)} / ${fmt(pyPar, 0)} ms; curl (one process, keep-alive, sequential) ${curlMs} ms`,
    );
    for (const [mode, label] of [
      ["seq", "sequential"],
      ["par", "32 in flight"],
    ]) {
      const vsUndici = ours[mode] / und[mode];
      rows.push([
        `LXD socket, ${n} × GET /1.0 ${label}: clientele's time / undici request()'s`,
        `${fmt(vsUndici)}×`,
        "≤ 1.15×",
        vsUndici <= 1.15,
      ]);
      const py = mode === "seq" ? pySeq : pyPar;
      rows.push([
        `LXD socket, ${n} × GET /1.0 ${label}: clientele vs pylxd client.api.get()`,
        Number.isNaN(py) ? "pylxd missing" : `${fmt(py / ours[mode])}× faster`,
        "≥ 1.2×",
        Number.isNaN(py) ? null : py / ours[mode] >= 1.2,
      ]);
    }
    rows.push([`LXD socket, ${n} × GET /1.0 sequential: curl's time / clientele's`, `${fmt(curlMs / ours.seq)}×`, "(context)", null]);
  } finally {
    await lxd.stop();
  }
}

// ── 5. retries under a 429 storm ───────────────────────────────────────────────
async function storm() {
  const total = quick ? 300 : 1000;
  log(`5. ${total} requests, half answered 429 with Retry-After`);
  let asked = 0;
  let _served = 0;
  const server = createServer((req, res) => {
    if (Math.random() < 0.5) {
      const wait = 0.05 + Math.random() * 0.1;
      asked += wait * 1000;
      res.writeHead(429, { "retry-after": String(wait) }).end();
      return;
    }
    _served++;
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ n: req.url }));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const client = createApiClient({
    baseUrl: `http://127.0.0.1:${server.address().port}`,
    retry: { maxRetries: 50, statuses: [429], backoffFactor: 1000 },
  });
  // Each chain of retries is sequential; the chains run one after another so the waits add up.
  const t = Date.now();
  let ok = 0;
  for (let i = 0; i < total; i++) {
    const { data } = await client.GET("/v1/applications/{id}", { params: { path: { id: String(i) } } });
    if (data) ok++;
  }
  const elapsed = Date.now() - t;
  server.close();
  const ratio = elapsed / asked;
  log(`   ${ok}/${total} succeeded, ${Math.round(elapsed)} ms for ${Math.round(asked)} ms of requested waits`);
  rows.push([`429 storm: total time vs requested waits (${total} requests)`, `${fmt(ratio, 3)}×`, "≤ 1.05×", ratio <= 1.05]);
  rows.push(["429 storm: requests lost", String(total - ok), "0", ok === total]);
}

// ── 6. developer experience ────────────────────────────────────────────────────
async function developerExperience() {
  log("6. developer experience");
  const root = join(here, "..");
  const pnpm = ["-y", "pnpm@10.34.8"];
  const time = (args) => {
    const t = Date.now();
    const r = spawnSync("npx", args, { cwd: root, stdio: "ignore" });
    if (r.status !== 0) throw new Error(`npx ${args.join(" ")} failed`);
    return Date.now() - t;
  };
  const cold = time([...pnpm, "exec", "turbo", "run", "generate", "--force"]);
  const warm = time([...pnpm, "exec", "turbo", "run", "generate"]);
  rows.push(["`pnpm generate` cold / warm (turbo cache)", `${cold} ms / ${warm} ms`, "(context)", null]);
  const consumer = join(here, "consumer.ts");
  const t = Date.now();
  const tsc = spawnSync(
    process.execPath,
    [join(root, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", join(here, "tsconfig.consumer.json")],
    { encoding: "utf8" },
  );
  const tscMs = Date.now() - t;
  if (tsc.status !== 0) throw new Error(`consumer type check failed:\n${tsc.stdout}`);
  rows.push(["`tsc --noEmit` of a consumer of all three clients", `${fmt(tscMs / 1000, 1)} s`, "≤ 3 s", tscMs <= 3000]);
  void consumer;
  for (const pkg of ["core", "nextmv", "lxd", "abeja"]) {
    const result = await esbuild.build({
      stdin: { contents: `export * from "@clientele/${pkg}";`, resolveDir: here },
      // Resolve through package.json "exports", not the packages' tsconfig paths (which point at sources);
      // Node builtins that nextmv and lxd import stay external, as scripts/size-budgets.mjs does.
      tsconfigRaw: "{}",
      external: ["node:*", ...builtinModules],
      bundle: true,
      minify: true,
      write: false,
      format: "esm",
      platform: "browser",
      conditions: ["browser", "import", "default"],
      logLevel: "silent",
    });
    const bytes = result.outputFiles[0].contents;
    rows.push([`browser entry of @clientele/${pkg}, min+gzip`, `${fmt(gzipSync(bytes).length / 1024, 1)} kB`, "(context)", null]);
  }
}

// ── 7. import time and one-shot scripts ───────────────────────────────────────
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

async function startupCosts() {
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

const started = Date.now();
const sections = { perCall, loopback, upload, lxdSocket, storm, startupCosts, developerExperience };
const only = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");
for (const [name, section] of Object.entries(sections)) {
  if (only && !only.includes(name)) continue;
  try {
    await section();
  } catch (error) {
    log(`   ✗ ${name} failed: ${error.message}`);
    rows.push([`${name}`, "failed", error.message.split("\n")[0], false]);
  }
}

const versions = JSON.parse(readFileSync(join(here, "..", "package.json"), "utf8"));
const md = [
  "# Benchmark results",
  "",
  `Generated by \`pnpm bench${quick ? " --quick" : ""}\` on ${new Date().toISOString().slice(0, 10)} in ${Math.round((Date.now() - started) / 1000)} s.`,
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; clientele packages from this commit; toolchain ${Object.entries(
    versions.devDependencies,
  )
    .map(([k, v]) => `${k}@${v}`)
    .join(", ")}.`,
  "Ratios are measured against baselines run in the same process; absolute numbers are context only.",
  "",
  "| measure | result | target | met |",
  "| --- | --- | --- | --- |",
  ...rows.map(([m, r, t, ok]) => `| ${m} | ${r} | ${t} | ${ok === null ? "" : ok ? "yes" : "**no**"} |`),
  "",
];
writeFileSync(join(here, "RESULTS.md"), `${md.join("\n")}\n${readNotes()}`);
log(`\nwrote bench/RESULTS.md`);
process.exit(0);

function readNotes() {
  try {
    return readFileSync(join(here, "NOTES.md"), "utf8");
  } catch {
    return "";
  }
}

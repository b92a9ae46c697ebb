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

// ── 1. per-call overhead with a stub fetch ────────────────────────────────────
async function perCall() {
  log("1. per-call overhead (stub fetch, no network)");
  const body = '{"id":"routing-app"}';
  const stub = async () => new Response(body, { headers: { "content-type": "application/json" } });
  const raw = createClient({ baseUrl: "http://stub", fetch: stub });
  const clientele = createApiClient({ baseUrl: "http://stub", fetch: stub, retry: { maxRetries: 10, statuses: [429] } });
  const cases = {
    "raw stub + json()": async () => (await stub()).json(),
    "openapi-fetch GET": () => raw.GET("/v1/applications/{id}", { params: { path: { id: "a" } } }),
    "clientele GET": () => clientele.GET("/v1/applications/{id}", { params: { path: { id: "a" } } }),
  };
  const perOp = {};
  for (let round = 0; round < 2; round++) {
    for (const [name, fn] of Object.entries(cases)) {
      const n = quick ? 20_000 : 60_000;
      for (let i = 0; i < 2000; i++) await fn();
      const t = process.hrtime.bigint();
      for (let i = 0; i < n; i++) await fn();
      perOp[name] = Number(process.hrtime.bigint() - t) / 1000 / n;
    }
  }
  const over = perOp["clientele GET"] - perOp["openapi-fetch GET"];
  for (const [name, us] of Object.entries(perOp)) log(`   ${name}: ${fmt(us)} µs/op`);
  rows.push(["per-call overhead over openapi-fetch (stub)", `${fmt(over)} µs/call`, "≤ 10 µs", over <= 10]);
  return perOp;
}

// ── 2. loopback throughput ─────────────────────────────────────────────────────
async function loopback() {
  log("2. loopback throughput (keep-alive node:http server in another process)");
  const child = fork(join(here, "server.mjs"), { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const url = await new Promise((r) => child.stdout.once("data", (d) => r(String(d).trim())));
  const agent = new Agent({ connections: 256 });
  const of = createClient({ baseUrl: url });
  const cl = createApiClient({ baseUrl: url, retry: { maxRetries: 10, statuses: [429] }, timeout: 20000, debug: false });
  const path = "/v1/applications/routing-app";
  const cases = {
    "global fetch + json()": async () => (await fetch(url + path)).json(),
    "openapi-fetch GET": async () => (await of.GET("/v1/applications/{id}", { params: { path: { id: "routing-app" } } })).data,
    "clientele GET (retries on, debug off)": async () =>
      (await cl.GET("/v1/applications/{id}", { params: { path: { id: "routing-app" } } })).data,
    "undici.request + json()": async () => (await undiciRequest(url + path, { dispatcher: agent })).body.json(),
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
  for (const inflight of [1, 32, 128]) {
    for (const fn of Object.values(cases)) await run(fn, inflight, 300);
    const rates = {};
    // A, B, C, D, then A again: a drift between the two baselines shows the noise.
    for (const [name, fn] of Object.entries(cases)) rates[name] = await run(fn, inflight, SAMPLE_MS);
    const again = await run(cases["global fetch + json()"], inflight, SAMPLE_MS);
    const base = (rates["global fetch + json()"] + again) / 2;
    table[inflight] = { rates, base, drift: again / rates["global fetch + json()"] };
    log(
      `   ${inflight} in flight: ` +
        Object.entries(rates)
          .map(([n, r]) => `${n} ${Math.round(r)}/s (${fmt(r / base)}×)`)
          .join(", ") +
        `, baseline drift ${fmt(table[inflight].drift)}`,
    );
  }
  child.kill();
  await agent.close();
  const ratio32 = table[32].rates["clientele GET (retries on, debug off)"] / table[32].base;
  rows.push(["loopback throughput vs bare fetch, 32 in flight", `${fmt(ratio32)}×`, "≥ 1.0×", ratio32 >= 1.0]);
  for (const inflight of [1, 128]) {
    const r = table[inflight].rates["clientele GET (retries on, debug off)"] / table[inflight].base;
    rows.push([`loopback throughput vs bare fetch, ${inflight} in flight`, `${fmt(r)}×`, "(context)", null]);
  }
  const ceiling = table[32].rates["undici.request + json()"] / table[32].base;
  rows.push(["undici.request vs bare fetch, 32 in flight (transport ceiling)", `${fmt(ceiling)}×`, "(context)", null]);
  return table;
}

// ── 3. presigned upload of a large file ────────────────────────────────────────
async function upload() {
  const size = (quick ? 256 : 1024) * 1024 * 1024;
  log(`3. presigned upload of ${size >> 20} MiB vs curl -T`);
  const dir = mkdtempSync(join(tmpdir(), "clientele-bench-"));
  const file = join(dir, "input.bin");
  const out = createWriteStream(file);
  const chunk = Buffer.alloc(1 << 20, 97);
  for (let i = 0; i < size >> 20; i++) if (!out.write(chunk)) await new Promise((r) => out.once("drain", r));
  await new Promise((r) => out.end(r));
  const child = fork(join(here, "sink.mjs"), { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const url = await new Promise((r) => child.stdout.once("data", (d) => r(String(d).trim())));
  const { fetch } = createApiClient({ baseUrl: url, retry: { maxRetries: 3, methods: ["PUT"] }, timeout: 60_000 });
  const curl = () => {
    const t = Date.now();
    execFileSync("curl", ["-sS", "-o", "/dev/null", "-T", file, `${url}/upload?X-Amz-Signature=x`]);
    return Date.now() - t;
  };
  curl();
  const curlMs = curl();
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t = Date.now();
  await uploadToPresignedUrl({ url: `${url}/upload?X-Amz-Signature=x`, filePath: file, onProgress: () => {}, fetch });
  const ours = Date.now() - t;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  child.kill();
  rmSync(dir, { recursive: true, force: true });
  const growth = (peak - rssBefore) / 1024 / 1024;
  const ratio = curlMs / ours;
  log(`   clientele ${ours} ms, curl ${curlMs} ms, peak RSS growth ${fmt(growth, 1)} MiB`);
  rows.push([`presigned upload ${size >> 20} MiB: peak RSS growth`, `${fmt(growth, 1)} MiB`, "≤ 64 MiB", growth <= 64]);
  rows.push([`presigned upload ${size >> 20} MiB: throughput vs curl -T`, `${fmt(ratio)}×`, "≥ 0.9×", ratio >= 0.9]);
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
  log(`4. LXD: ${n} GET /1.0/instances/<name> over the unix socket`);
  const lxd = await startLxd({});
  try {
    const { API } = await import("@clientele/lxd");
    const api = API.factory({ endpoint: lxd.socketPath });
    await (await api.post("instances", { json: { name: "bench", source: { type: "none" }, type: "container" } })).wait({
      maxDuration: 30_000,
    });
    const seq = async () => {
      const t = Date.now();
      for (let i = 0; i < n; i++) await api.GET("/1.0/instances/{name}", { params: { path: { name: "bench" } } });
      return Date.now() - t;
    };
    const par = async () => {
      const t = Date.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: 32 }, async () => {
          while (next++ < n) await api.GET("/1.0/instances/{name}", { params: { path: { name: "bench" } } });
        }),
      );
      return Date.now() - t;
    };
    await seq();
    const oursSeq = await seq();
    const oursPar = await par();
    const url = "http://lxd/1.0/instances/bench";
    const t = Date.now();
    const curl = spawnSync("curl", ["-sS", "--unix-socket", lxd.socketPath, ...Array.from({ length: n }, () => url)], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    const curlMs = Date.now() - t;
    if (curl.status !== 0) throw new Error(`curl failed: ${curl.stderr}`);
    const python = `
import os, sys, time
from concurrent.futures import ThreadPoolExecutor
import pylxd
c = pylxd.Client()
n = int(sys.argv[2])
c.containers.get("bench")
t = time.time()
for _ in range(n): c.containers.get("bench")
seq = (time.time() - t) * 1000
t = time.time()
with ThreadPoolExecutor(32) as pool: list(pool.map(lambda _: c.containers.get("bench"), range(n)))
print(seq, (time.time() - t) * 1000)
`;
    const py = spawnSync("/usr/bin/python3", ["-c", python, lxd.socketPath, String(n)], {
      encoding: "utf8",
      env: { ...process.env, LXD_DIR: lxd.dir },
    });
    const [pySeq, pyPar] = py.status === 0 ? py.stdout.trim().split(" ").map(Number) : [Number.NaN, Number.NaN];
    if (py.status !== 0) log(`   pylxd not measured: ${(py.stderr || "").trim().split("\n").at(-1)} (apt-get install python3-pylxd)`);
    log(
      `   clientele ${oursSeq} ms sequential, ${oursPar} ms at 32 in flight; curl ${curlMs} ms; pylxd ${Math.round(pySeq)} / ${Math.round(pyPar)} ms`,
    );
    rows.push([
      `LXD socket, ${n} GETs sequential: clientele vs pylxd`,
      Number.isNaN(pySeq) ? "pylxd missing" : `${fmt(pySeq / oursSeq)}× faster`,
      "≥ 3×",
      Number.isNaN(pySeq) ? null : pySeq / oursSeq >= 3,
    ]);
    rows.push([
      `LXD socket, ${n} GETs at 32 in flight: clientele vs pylxd`,
      Number.isNaN(pyPar) ? "pylxd missing" : `${fmt(pyPar / oursPar)}× faster`,
      "≥ 3×",
      Number.isNaN(pyPar) ? null : pyPar / oursPar >= 3,
    ]);
    rows.push([
      `LXD socket, ${n} GETs sequential: clientele vs curl (one process, keep-alive)`,
      `${fmt(curlMs / oursSeq)}×`,
      "(context)",
      null,
    ]);
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
    const r = spawnSync(
      process.execPath,
      ["-e", `const t=process.hrtime.bigint();import("@clientele/${pkg}").then(()=>console.log(Number(process.hrtime.bigint()-t)/1e6))`],
      { cwd: here, encoding: "utf8" },
    );
    rows.push([`cold import() of @clientele/${pkg}`, `${fmt(Number(r.stdout.trim()), 1)} ms`, "(context)", null]);
  }
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

const started = Date.now();
const sections = { perCall, loopback, upload, lxdSocket, storm, developerExperience };
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

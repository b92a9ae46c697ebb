// Benchmark section: presigned transfers of a large file, through each client's documented method,
// beside curl (a separate process) and undici's own request() (the ceiling a Node client shares).
import { execFileSync, fork } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApiClient, uploadToPresignedUrl } from "@clientele/core";
import { clients, fmt, here, log, quick, rows } from "../lib.mjs";

const require = createRequire(import.meta.url);

// ABEJA documents no transfer method of its own (its `upload_url` answers point to core's
// `uploadToPresignedUrl`, measured here); LXD's file push/pull is measured by bench/lxd-*.mjs.
export default async function upload() {
  const size = (quick ? 256 : 1024) * 1024 * 1024;
  const rounds = quick ? 2 : 3;
  log(`3. presigned upload and download of ${size >> 20} MiB vs curl (best of ${rounds} interleaved rounds)`);
  const dir = mkdtempSync(join(tmpdir(), "clientele-bench-"));
  const file = join(dir, "input.bin");
  const out = createWriteStream(file);
  const chunk = Buffer.alloc(1 << 20, 97);
  for (let i = 0; i < size >> 20; i++) if (!out.write(chunk)) await new Promise((r) => out.once("drain", r));
  await new Promise((r) => out.end(r));
  const child = fork(join(here, "sink.mjs"), [String(size)], { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const url = await new Promise((r) => child.stdout.once("data", (d) => r(String(d).trim())));
  const target = `${url}/upload?X-Amz-Signature=x`;
  const source = `${url}/download?X-Amz-Signature=x`;
  const { fetch } = createApiClient({ baseUrl: url, retry: { maxRetries: 3, methods: ["PUT"] }, timeout: 60_000 });
  const { nextmv } = await clients(url);
  const undici = require("undici");
  const agent = new undici.Agent();

  // Wall time, peak RSS growth, and this process's CPU time (user + system): the machine is shared,
  // and CPU time moves less with other load than wall time does.
  const timed = async (fn) => {
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const cpu = process.cpuUsage();
    const t = performance.now();
    await fn();
    const ms = Math.round(performance.now() - t);
    const used = process.cpuUsage(cpu);
    clearInterval(timer);
    return {
      ms,
      cpu: Math.round((used.user + used.system) / 1000),
      growth: (Math.max(peak, process.memoryUsage().rss) - rssBefore) / 1024 / 1024,
    };
  };
  // curl's CPU time: what the kernel reports for waited-for children (Linux; 10 ms ticks).
  const childCpu = () => {
    try {
      const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
      return (Number(fields[13]) + Number(fields[14])) * 10;
    } catch {
      return Number.NaN;
    }
  };
  const curl = (args) => {
    const cpu = childCpu();
    const t = performance.now();
    execFileSync("curl", ["-sS", ...args]);
    return { ms: Math.round(performance.now() - t), cpu: childCpu() - cpu, growth: 0 };
  };
  const drain = async (body) => {
    let bytes = 0;
    for await (const piece of body) bytes += piece.length;
    if (bytes !== size) throw new Error(`downloaded ${bytes} of ${size} bytes`);
  };
  const cases = {
    upload: {
      "curl -T": () => curl(["-o", "/dev/null", "-T", file, target]),
      "nextmv client.uploadToPresignedUrl({ url, tarFile })": () =>
        timed(() => nextmv.uploadToPresignedUrl({ url: target, tarFile: file })),
      "core uploadToPresignedUrl({ filePath })": () =>
        timed(() => uploadToPresignedUrl({ url: target, filePath: file, onProgress: () => {}, fetch })),
      "undici request() with a createReadStream body (4 MiB reads)": () =>
        timed(async () => {
          const body = createReadStream(file, { highWaterMark: 4 << 20 });
          const { body: answer } = await undici.request(target, {
            method: "PUT",
            dispatcher: agent,
            body,
            headers: { "content-length": String(size) },
          });
          await answer.text();
        }),
    },
    download: {
      "curl -o": () => curl(["-o", "/dev/null", source]),
      // As users stream it: the documented method returns a Response; its body is iterated.
      "nextmv client.downloadFromPresignedUrl(url), body drained": () =>
        timed(async () => drain((await nextmv.downloadFromPresignedUrl(source)).body)),
      "undici request(), its Node stream body drained": () =>
        timed(async () => drain((await undici.request(source, { dispatcher: agent })).body)),
    },
  };
  const context = new Set([
    "undici request() with a createReadStream body (4 MiB reads)",
    "undici request(), its Node stream body drained",
  ]);
  // Interleaved rounds; each contender's best time (noise only ever adds time), its CPU time in
  // that round, and its largest RSS growth over all rounds.
  const results = { upload: {}, download: {} };
  for (let round = 0; round < rounds; round++) {
    for (const where of ["upload", "download"]) {
      for (const [name, run] of Object.entries(cases[where])) {
        const value = await run();
        const prev = results[where][name];
        if (!prev || value.ms < prev.ms) results[where][name] = { ...value, growth: Math.max(value.growth, prev?.growth ?? 0) };
        else prev.growth = Math.max(prev.growth, value.growth);
      }
    }
  }
  child.kill();
  await agent.close();
  rmSync(dir, { recursive: true, force: true });
  for (const [where, curlName] of [
    ["upload", "curl -T"],
    ["download", "curl -o"],
  ]) {
    const base = results[where][curlName];
    for (const [name, { ms, cpu, growth }] of Object.entries(results[where])) {
      log(`   ${where}: ${name} ${ms} ms, CPU ${cpu} ms${name === curlName ? "" : `, peak RSS growth ${fmt(growth, 1)} MiB`}`);
      if (name === curlName) continue;
      const result = `${fmt(base.ms / ms)}× (${ms} ms vs ${base.ms} ms; CPU ${cpu} ms vs ${base.cpu} ms)`;
      if (context.has(name)) {
        rows.push([`presigned ${where} ${size >> 20} MiB: ${name} vs ${curlName}`, result, "(context)", null]);
        continue;
      }
      rows.push([`presigned ${where} ${size >> 20} MiB: ${name} vs ${curlName}`, result, "≥ 0.9×", base.ms / ms >= 0.9]);
      rows.push([`presigned ${where} ${size >> 20} MiB: ${name}, peak RSS growth`, `${fmt(growth, 1)} MiB`, "≤ 64 MiB", growth <= 64]);
    }
  }
}

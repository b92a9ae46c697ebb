// Benchmark section: presigned transfers of a large file.
import { execFileSync, fork } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApiClient, uploadToPresignedUrl } from "@clientele/core";
import { clients, fmt, here, log, quick, rows } from "../lib.mjs";

export default async function upload() {
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

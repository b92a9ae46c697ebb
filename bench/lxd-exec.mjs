#!/usr/bin/env node
// `echo hi` in a container, N times in sequence: @clientele/lxd's api.exec() against `lxc exec`
// (LXD's Go client) and, when installed, pylxd's `container.execute()`; then a file pushed and
// pulled with api.files against `lxc file push/pull`; all in the same run, on a throwaway daemon
// (scripts/lxd-daemon.mjs) and a busybox container built from busybox-static.
// The client is bundled from the sources with esbuild, so no build is needed. Needs root and LXD.
//
//   node bench/lxd-exec.mjs [--count 100] [--file-mib 1024] [--rounds 3] [--python /path/to/python-with-pylxd]
import { execFileSync, spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
};
const COUNT = Number(arg("count", 100));
const FILE_MIB = Number(arg("file-mib", 1024));
const ROUNDS = Number(arg("rounds", 3));
// /usr/bin/python3: Debian's python3-pylxd lives there (a pyenv python3 earlier on PATH lacks it).
const PYTHON = arg("python", process.env.PYLXD_PYTHON ?? "/usr/bin/python3");

/** @clientele/lxd from its sources, as one ES module (core and the types included; undici external). */
async function loadClient(dir) {
  const src = (pkg, file = "index.ts") => join(root, "packages", pkg, "src", file);
  const outfile = join(dir, "lxd.mjs");
  await esbuild.build({
    entryPoints: [src("lxd")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    alias: { "#platform": src("core", "platform/node.ts"), "@clientele/core": src("core"), "@clientele/lxd-types": src("lxd-types") },
    external: ["undici", "yaml", "openapi-fetch"],
    logLevel: "error",
  });
  return import(pathToFileURL(outfile).href);
}

function busyboxImage(dir) {
  const rootfs = join(dir, "rootfs");
  for (const d of ["bin", "sbin", "dev", "proc", "sys", "tmp", "etc", "root"]) mkdirSync(join(rootfs, d), { recursive: true });
  writeFileSync(join(rootfs, "bin", "busybox"), readFileSync("/bin/busybox"), { mode: 0o755 });
  for (const applet of ["sh", "echo", "cat", "sleep", "init"]) symlinkSync("busybox", join(rootfs, "bin", applet));
  symlinkSync("../bin/busybox", join(rootfs, "sbin", "init"));
  writeFileSync(join(rootfs, "etc", "inittab"), "::sysinit:/bin/true\n");
  writeFileSync(join(dir, "metadata.yaml"), `architecture: x86_64\ncreation_date: ${Math.floor(Date.now() / 1000)}\n`);
  execFileSync("tar", ["-czf", join(dir, "image.tar.gz"), "-C", dir, "metadata.yaml", "rootfs"]);
  return readFileSync(join(dir, "image.tar.gz"));
}

const PYLXD = `
import sys, time
from pylxd import Client
client = Client(endpoint=sys.argv[1])
# pylxd 2.2 (Debian bookworm) has client.containers; later releases add client.instances.
c = getattr(client, "instances", client.containers).get(sys.argv[2])
n = int(sys.argv[3])
c.execute(["/bin/echo", "hi"])
lost = 0
t = time.perf_counter()
for _ in range(n):
    r = c.execute(["/bin/echo", "hi"])
    # pylxd can return before its websocket threads have read the output: counted, not fatal.
    if r.stdout != "hi\\n":
        lost += 1
print(lost)
print((time.perf_counter() - t) / n * 1000)
`;

async function main() {
  const { startLxd } = await import(pathToFileURL(join(root, "scripts", "lxd-daemon.mjs")).href);
  // Under bench/node_modules, so the bundle resolves undici as the bench does.
  mkdirSync(join(here, "node_modules", ".cache"), { recursive: true });
  const work = mkdtempSync(join(here, "node_modules", ".cache", "lxd-exec-"));
  const daemon = await startLxd({ timeoutMs: 30_000 });
  try {
    const { API, saveToFile } = await loadClient(work);
    const api = API.factory({ endpoint: daemon.socketPath });
    const image = await (await api.post("images", { body: busyboxImage(work) })).wait({ maxDuration: 60_000, raiseOnTimeout: true });
    const fingerprint = image.data.metadata.metadata.fingerprint;
    const name = "bench";
    await (await api.POST("/1.0/instances", { body: { name, source: { type: "image", fingerprint } } })).wait({ maxDuration: 60_000 });
    await (await api.PUT("/1.0/instances/{name}/state", { params: { path: { name } }, body: { action: "start" } })).wait({
      maxDuration: 60_000,
      raiseOnTimeout: true,
    });

    const rows = [];
    // clientele: one warm-up, then COUNT in sequence.
    await api.exec(name, ["/bin/echo", "hi"]);
    let t = performance.now();
    for (let i = 0; i < COUNT; i++) {
      const r = await api.exec(name, ["/bin/echo", "hi"]);
      if (r.stdoutText !== "hi\n") throw new Error(`exec ${i}: ${JSON.stringify(r.stdoutText)}`);
    }
    const ours = (performance.now() - t) / COUNT;
    rows.push(["@clientele/lxd api.exec()", ours]);

    const env = { ...process.env, LXD_DIR: daemon.dir };
    spawnSync("lxc", ["exec", name, "--", "/bin/echo", "hi"], { env });
    t = performance.now();
    for (let i = 0; i < COUNT; i++) {
      const r = spawnSync("lxc", ["exec", name, "--", "/bin/echo", "hi"], { env, encoding: "utf8" });
      if (r.stdout !== "hi\n") throw new Error(`lxc exec ${i}: ${r.stderr}`);
    }
    const lxc = (performance.now() - t) / COUNT;
    rows.push(["lxc exec (Go client, process start included)", lxc]);

    const py = spawnSync(PYTHON, ["-c", PYLXD, `http+unix://${encodeURIComponent(daemon.socketPath)}`, name, String(COUNT)], {
      encoding: "utf8",
      timeout: 600_000,
    });
    const pyLines = py.stdout.trim().split("\n");
    const pylxd = py.status === 0 ? Number(pyLines.at(-1)) : undefined;
    const pylxdLost = py.status === 0 ? Number(pyLines.at(-2)) : undefined;
    rows.push(["pylxd container.execute()", pylxd]);

    console.log(`\n${COUNT} sequential \`echo hi\` execs in a busybox container, LXD ${daemon.version}, unix socket\n`);
    console.log("| client | ms per exec | vs lxc exec |\n| --- | ---: | ---: |");
    for (const [label, ms] of rows)
      console.log(
        `| ${label} | ${ms === undefined ? "not installed" : ms.toFixed(1)} | ${ms === undefined ? "" : `${(ms / lxc).toFixed(2)}×`} |`,
      );
    if (pylxd === undefined) console.log(`\npylxd not run: ${(py.stderr || py.error?.message || "").trim().split("\n").pop()}`);
    else console.log(`\npylxd / clientele: ${(pylxd / ours).toFixed(1)}×; pylxd returned without the output in ${pylxdLost} of ${COUNT}`);

    if (FILE_MIB > 0) {
      // A file of FILE_MIB MiB (not all zeros), pushed and pulled both ways by both clients.
      const local = join(work, "payload.bin");
      const out = createWriteStream(local);
      const chunk = Buffer.alloc(1 << 20);
      for (let i = 0; i < FILE_MIB; i++) {
        chunk.fill(i & 255);
        if (!out.write(chunk)) await new Promise((r) => out.once("drain", r));
      }
      await new Promise((r) => out.end(r));
      // The documented way (saveToFile), and a plain write stream with Node's default buffer for comparison.
      const pullTo = async (path, highWaterMark) => {
        const pulled = await api.files.pull(name, "/root/ours.bin");
        if (!highWaterMark) return saveToFile(pulled.body, path);
        const file = createWriteStream(path, { highWaterMark });
        for await (const chunk of pulled.body) if (!file.write(chunk)) await new Promise((r) => file.once("drain", r));
        await new Promise((r) => file.end(r));
      };
      const timed = async (fn, output) => {
        // Each transfer starts with no dirty pages left by the previous one (a 1 GiB writeback in the
        // background slows whoever runs next: that measured the order, not the client), and a pull
        // writes a new file: replacing last round's costs whoever does it, not the transfer (ext4 flushes
        // a file renamed over another, about 0.35 s per GiB here; truncating one costs about 0.18 s).
        if (output) rmSync(output, { force: true });
        execFileSync("sync");
        const t0 = performance.now();
        await fn();
        return performance.now() - t0;
      };
      // Best of ROUNDS, clientele and lxc taking turns: a 1 GiB copy through the page cache varies by
      // ±30% from one run to the next on a shared 2-core machine, which one run each would compare.
      const best = {
        ourPush: Infinity,
        ourPull: Infinity,
        ourPull16k: Infinity,
        ourPullRead: Infinity,
        lxcPush: Infinity,
        lxcPull: Infinity,
        lxcPullRead: Infinity,
      };
      const keep = (key, ms) => {
        best[key] = Math.min(best[key], ms);
      };
      for (let round = 0; round < ROUNDS; round++) {
        keep("ourPush", await timed(() => api.files.pushFile(name, "/root/ours.bin", local)));
        keep("lxcPush", await timed(async () => execFileSync("lxc", ["file", "push", local, `${name}/root/lxc.bin`], { env })));
        // Written as a user would: each chunk of the web stream to a file, waiting for the file when it is
        // behind; with a 1 MiB buffer (as the push reads with, and as the README recommends), and with
        // Node's default 16 KiB, where every 64 KiB chunk waits for its own disk write before the next is read.
        keep("ourPull", await timed(() => pullTo(join(work, "ours.out")), join(work, "ours.out")));
        keep("ourPull16k", await timed(() => pullTo(join(work, "ours16k.out"), 16 * 1024), join(work, "ours16k.out")));
        // Read to the end and dropped (lxc writes to its stdout, /dev/null): the transfer without the local disk.
        keep(
          "ourPullRead",
          await timed(async () => {
            const pulled = await api.files.pull(name, "/root/ours.bin");
            for await (const _ of pulled.body) {
              // dropped
            }
          }),
        );
        keep(
          "lxcPullRead",
          await timed(async () =>
            execFileSync("lxc", ["file", "pull", `${name}/root/lxc.bin`, "-"], { env, stdio: ["ignore", "ignore", "inherit"] }),
          ),
        );
        keep(
          "lxcPull",
          await timed(
            async () => execFileSync("lxc", ["file", "pull", `${name}/root/lxc.bin`, join(work, "lxc.out")], { env }),
            join(work, "lxc.out"),
          ),
        );
      }
      const { ourPush, ourPull, ourPull16k, ourPullRead, lxcPush, lxcPull, lxcPullRead } = best;
      for (const out of ["ours.out", "ours16k.out"])
        if (statSync(join(work, out)).size !== FILE_MIB << 20) throw new Error(`pulled file ${out} has the wrong size`);
      const mibps = (ms) => (FILE_MIB / (ms / 1000)).toFixed(0);
      console.log(`\n${FILE_MIB} MiB file, unix socket, best of ${ROUNDS} rounds each (taking turns)\n`);
      console.log("| transfer | clientele MiB/s | lxc MiB/s | clientele speed vs lxc |\n| --- | ---: | ---: | ---: |");
      console.log(`| push | ${mibps(ourPush)} | ${mibps(lxcPush)} | ${(lxcPush / ourPush).toFixed(2)}× |`);
      console.log(
        `| pull (saveToFile: 1 MiB buffer, renamed into place) | ${mibps(ourPull)} | ${mibps(lxcPull)} | ${(lxcPull / ourPull).toFixed(2)}× |`,
      );
      console.log(
        `| pull (write stream, Node's default 16 KiB buffer) | ${mibps(ourPull16k)} | ${mibps(lxcPull)} | ${(lxcPull / ourPull16k).toFixed(2)}× |`,
      );
      console.log(
        `| pull, read and dropped (lxc: to stdout, /dev/null) | ${mibps(ourPullRead)} | ${mibps(lxcPullRead)} | ${(lxcPullRead / ourPullRead).toFixed(2)}× |`,
      );
    }
    await (await api.PUT("/1.0/instances/{name}/state", { params: { path: { name } }, body: { action: "stop", force: true } })).wait({
      maxDuration: 30_000,
    });
  } finally {
    await daemon.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();

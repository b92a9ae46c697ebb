// Benchmark section: LXD over the unix socket.
import { spawnSync } from "node:child_process";
import { request as undiciRequest, Agent } from "undici";
import { fmt, log, quick, rows } from "../lib.mjs";

export default async function lxdSocket() {
  const { lxdAvailable, startLxd } = await import("../../scripts/lxd-daemon.mjs");
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

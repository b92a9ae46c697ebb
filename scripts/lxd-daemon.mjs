#!/usr/bin/env node
// Throwaway LXD daemon for tests: start/stop a private `lxd` (Debian 12 package, 5.0.2)
// in its own LXD_DIR, without systemd and without the `lxc` client.
// Plain Node >= 20 ESM, node: builtins only. See scripts/lxd-daemon.md.

import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const DIR_PREFIX = "clientele-lxd-";
const STATE_FILE = "clientele-lxd.json";
const LOG_FILE = "lxd.log";
const OUT_FILE = "daemon.out";
const SOCKET_MAX = 107; // sun_path is 108 bytes including the NUL

const DEAD_PROXY = "http://127.0.0.1:9";
const NO_NETWORK_ENV = {
  http_proxy: DEAD_PROXY,
  https_proxy: DEAD_PROXY,
  HTTP_PROXY: DEAD_PROXY,
  HTTPS_PROXY: DEAD_PROXY,
  no_proxy: "",
  NO_PROXY: "",
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- binary / availability

function findLxdBinary() {
  if (process.env.LXD_BIN) return fs.existsSync(process.env.LXD_BIN) ? process.env.LXD_BIN : null;
  const dirs = (process.env.PATH || "").split(":").concat(["/usr/bin", "/usr/sbin", "/usr/local/bin", "/snap/bin"]);
  for (const d of dirs) {
    if (!d) continue;
    const p = path.join(d, "lxd");
    try {
      fs.accessSync(p, fs.constants.X_OK);
      if (fs.statSync(p).isFile()) return p;
    } catch {}
  }
  return null;
}

/** @returns {{ ok: boolean, why?: string, bin?: string, version?: string }} */
export function lxdAvailable() {
  if (process.platform !== "linux") return { ok: false, why: `LXD needs Linux (platform is ${process.platform})` };
  const bin = findLxdBinary();
  if (!bin) return { ok: false, why: "lxd binary not found in PATH (run scripts/lxd-install.sh, or set LXD_BIN)" };
  if (typeof process.getuid === "function" && process.getuid() !== 0) {
    return { ok: false, bin, why: `lxd must run as root (uid is ${process.getuid()})` };
  }
  const r = spawnSync(bin, ["--version"], { encoding: "utf8", timeout: 10_000, stdio: ["ignore", "pipe", "pipe"] });
  if (r.error) return { ok: false, bin, why: `cannot run ${bin} --version: ${r.error.message}` };
  if (r.status !== 0) return { ok: false, bin, why: `${bin} --version exited ${r.status}: ${(r.stderr || "").trim()}` };
  const version = (r.stdout || "").trim();
  if (!fs.existsSync("/sys/fs/cgroup")) return { ok: false, bin, version, why: "/sys/fs/cgroup is missing (no cgroups)" };
  return { ok: true, bin, version };
}

// ---------------------------------------------------------------- HTTP over the unix socket

/**
 * One request to the LXD REST API over its unix socket.
 * @returns {Promise<{ status: number, headers: object, body: any, raw: string }>}
 */
export function unixRequest(socketPath, method, urlPath, body, { timeoutMs = 10_000 } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = http.request(
      {
        socketPath,
        method,
        path: urlPath,
        headers: {
          Host: "lxd",
          ...(payload ? { "Content-Type": "application/json", "Content-Length": payload.length } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          clearTimeout(timer);
          const raw = Buffer.concat(chunks).toString("utf8");
          let parsed = raw;
          try {
            parsed = JSON.parse(raw);
          } catch {}
          resolve({ status: res.statusCode, headers: res.headers, body: parsed, raw });
        });
        res.on("error", (e) => {
          clearTimeout(timer);
          reject(e);
        });
      },
    );
    const timer = setTimeout(() => req.destroy(new Error(`${method} ${urlPath}: no answer within ${timeoutMs} ms`)), timeoutMs);
    req.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    if (payload) req.write(payload);
    req.end();
  });
}

async function api(socketPath, method, urlPath, body, okStatuses = [200, 201]) {
  const r = await unixRequest(socketPath, method, urlPath, body);
  if (!okStatuses.includes(r.status)) {
    const msg = r.body && typeof r.body === "object" ? r.body.error : r.raw;
    const err = new Error(`LXD ${method} ${urlPath} -> ${r.status}: ${msg}`);
    err.status = r.status;
    throw err;
  }
  return r;
}

// ---------------------------------------------------------------- processes, mounts

function procState(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const after = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state: after[0], startTime: after[19] }; // field 3 and field 22
  } catch {
    return null;
  }
}

function isAlive(pid) {
  if (!pid || pid <= 0) return false;
  const s = procState(pid);
  return !!s && s.state !== "Z" && s.state !== "X";
}

/** pids of `lxd` daemons started with --logfile <dir>/lxd.log (identifies our daemons without trusting pid files) */
function daemonPidsFor(dir) {
  const needle = path.join(dir, LOG_FILE);
  const out = [];
  let entries = [];
  try {
    entries = fs.readdirSync("/proc");
  } catch {
    return out;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    let argv;
    try {
      argv = fs.readFileSync(`/proc/${e}/cmdline`, "utf8").split("\0");
    } catch {
      continue;
    }
    const i = argv.indexOf("--logfile");
    if (i >= 0 && argv[i + 1] === needle && isAlive(Number(e))) out.push(Number(e));
  }
  return out;
}

function unescapeMount(s) {
  return s.replace(/\\([0-7]{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8)));
}

function mountsUnder(dir) {
  let text = "";
  try {
    text = fs.readFileSync("/proc/self/mountinfo", "utf8");
  } catch {
    return [];
  }
  const res = [];
  for (const line of text.split("\n")) {
    const f = line.split(" ");
    if (f.length < 5) continue;
    const mp = unescapeMount(f[4]);
    if (mp === dir || mp.startsWith(`${dir}/`)) res.push(mp);
  }
  return [...new Set(res)].sort((a, b) => b.length - a.length); // deepest first
}

function unmountAll(dir) {
  for (let round = 0; round < 3; round++) {
    const mps = mountsUnder(dir);
    if (mps.length === 0) return;
    for (const mp of mps) {
      const r = spawnSync("umount", [mp], { timeout: 10_000, stdio: "ignore" });
      if (r.status !== 0) spawnSync("umount", ["-l", mp], { timeout: 10_000, stdio: "ignore" });
    }
  }
  const left = mountsUnder(dir);
  if (left.length) throw new Error(`could not unmount under ${dir}: ${left.join(", ")}`);
}

async function waitDead(pids, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (pids.every((p) => !isAlive(p))) return true;
    await sleep(100);
  }
  return pids.every((p) => !isAlive(p));
}

function signal(pid, sig) {
  try {
    process.kill(-pid, sig);
  } catch {} // process group (spawned detached => own group)
  try {
    process.kill(pid, sig);
  } catch {}
}

/** SIGTERM (LXD then unmounts its tmpfs and exits, ~2 s), then SIGKILL; every wait bounded. */
async function killDaemons(pids, { termMs = 15_000, killMs = 5_000 } = {}) {
  pids = pids.filter(isAlive);
  if (!pids.length) return;
  for (const p of pids) {
    try {
      process.kill(p, "SIGTERM");
    } catch {}
  }
  if (await waitDead(pids, termMs)) return;
  for (const p of pids) signal(p, "SIGKILL");
  if (!(await waitDead(pids, killMs))) throw new Error(`lxd pid(s) ${pids.filter(isAlive).join(",")} survived SIGKILL`);
}

function readState(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, STATE_FILE), "utf8"));
  } catch {
    return null;
  }
}

function ownerAlive(st) {
  if (!st?.ownerPid) return false;
  const s = procState(st.ownerPid);
  return !!s && s.state !== "Z" && String(s.startTime) === String(st.ownerStart);
}

/** Stop whatever daemon runs in dir (ours or a leftover), unmount, optionally remove dir. */
async function teardownDir(dir, { remove = true, extraPids = [] } = {}) {
  const st = readState(dir);
  const pids = new Set([...daemonPidsFor(dir), ...extraPids]);
  if (st?.daemonPid && daemonPidsFor(dir).includes(st.daemonPid)) pids.add(st.daemonPid);
  // A daemon answering on the socket but started some other way: ask it for its pid.
  const sock = path.join(dir, "unix.socket");
  if (fs.existsSync(sock)) {
    try {
      const r = await unixRequest(sock, "GET", "/1.0", undefined, { timeoutMs: 3000 });
      const pid = r.body?.metadata?.environment?.server_pid;
      if (pid) pids.add(pid);
    } catch {}
  }
  await killDaemons([...pids]);
  unmountAll(dir);
  if (remove) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  else {
    for (const f of ["unix.socket", "devlxd/sock", "seccomp.socket"]) fs.rmSync(path.join(dir, f), { force: true });
  }
}

/**
 * Clean up throwaway daemons/dirs in os.tmpdir() left by earlier runs: those whose owning
 * process is gone (crashed test run, SIGKILL). Dirs of live owners are never touched.
 * With { includeDetached: true } also stops those started by `start --detach`.
 * @returns {Promise<string[]>} dirs removed
 */
export async function reapStale({ includeDetached = false, minAgeMs = 60_000 } = {}) {
  const base = os.tmpdir();
  const removed = [];
  let names = [];
  try {
    names = fs.readdirSync(base);
  } catch {
    return removed;
  }
  for (const n of names) {
    if (!n.startsWith(DIR_PREFIX)) continue;
    const dir = path.join(base, n);
    const st = readState(dir);
    if (st) {
      if (st.detached ? !includeDetached : ownerAlive(st)) continue;
    } else {
      // no state file: only reap when old and no daemon is using it
      let age = 0;
      try {
        age = Date.now() - fs.statSync(dir).mtimeMs;
      } catch {
        continue;
      }
      if (age < minAgeMs || daemonPidsFor(dir).length) continue;
    }
    try {
      await teardownDir(dir);
      removed.push(dir);
    } catch {}
  }
  return removed;
}

// ---------------------------------------------------------------- self-signed client certificate (pure node:crypto)

function derLen(n) {
  if (n < 0x80) return Buffer.from([n]);
  const b = [];
  while (n > 0) {
    b.unshift(n & 0xff);
    n >>= 8;
  }
  return Buffer.from([0x80 | b.length, ...b]);
}
const der = (tag, ...parts) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
};
const seq = (...p) => der(0x30, ...p);
function oid(s) {
  const a = s.split(".").map(Number);
  const bytes = [40 * a[0] + a[1]];
  for (const v of a.slice(2)) {
    const enc = [v & 0x7f];
    for (let x = v >> 7; x > 0; x >>= 7) enc.unshift(0x80 | (x & 0x7f));
    bytes.push(...enc);
  }
  return der(0x06, Buffer.from(bytes));
}
function utcTime(d) {
  const p = (n) => String(n).padStart(2, "0");
  const s = `${p(d.getUTCFullYear() % 100)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
  return der(0x17, Buffer.from(s, "ascii"));
}

/**
 * A self-signed ECDSA P-256 client certificate (what `lxc` would generate), without openssl.
 * @returns {{ cert: string, key: string, derBase64: string, fingerprint: string }}
 */
export function generateClientCertificate(commonName = "clientele-test") {
  const { privateKey, publicKey } = crypto.generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const serial = crypto.randomBytes(16);
  serial[0] &= 0x7f;
  serial[0] |= 0x01;
  const sigAlg = seq(oid("1.2.840.10045.4.3.2")); // ecdsa-with-SHA256
  const name = seq(der(0x31, seq(oid("2.5.4.3"), der(0x0c, Buffer.from(commonName, "utf8")))));
  const now = Date.now();
  const validity = seq(utcTime(new Date(now - 3600_000)), utcTime(new Date(now + 10 * 365 * 86400_000)));
  const spki = publicKey.export({ type: "spki", format: "der" });
  const extKeyUsage = seq(oid("2.5.29.37"), der(0x04, seq(oid("1.3.6.1.5.5.7.3.2")))); // clientAuth
  const keyUsage = seq(oid("2.5.29.15"), der(0x01, Buffer.from([0xff])), der(0x04, der(0x03, Buffer.from([0x07, 0x80])))); // critical digitalSignature
  const tbs = seq(
    der(0xa0, der(0x02, Buffer.from([2]))), // v3
    der(0x02, serial),
    sigAlg,
    name,
    validity,
    name,
    spki,
    der(0xa3, seq(keyUsage, extKeyUsage)),
  );
  const sig = crypto.sign("sha256", tbs, privateKey); // DER-encoded ECDSA signature
  const certDer = seq(tbs, sigAlg, der(0x03, Buffer.from([0]), sig));
  const b64 = certDer.toString("base64");
  return {
    cert: `-----BEGIN CERTIFICATE-----\n${b64.match(/.{1,64}/g).join("\n")}\n-----END CERTIFICATE-----\n`,
    key: privateKey.export({ type: "pkcs8", format: "pem" }),
    derBase64: b64,
    fingerprint: crypto.createHash("sha256").update(certDer).digest("hex"),
  };
}

function pemToDer(pem) {
  const m = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(pem);
  if (!m) throw new Error("certificate is not PEM");
  return Buffer.from(m[1].replace(/\s+/g, ""), "base64");
}

// ---------------------------------------------------------------- start / stop

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return `(no ${path.basename(file)})`;
  }
}

function httpsGet(address, urlPath, { ca, cert, key }, timeoutMs = 5000) {
  const [host, port] = [address.slice(0, address.lastIndexOf(":")), Number(address.slice(address.lastIndexOf(":") + 1))];
  return new Promise((resolve, reject) => {
    const req = https.request({ host, port, path: urlPath, method: "GET", ca, cert, key, agent: false }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        clearTimeout(t);
        resolve({ status: res.statusCode, raw: Buffer.concat(chunks).toString("utf8") });
      });
    });
    const t = setTimeout(() => req.destroy(new Error(`HTTPS GET ${urlPath}: timeout`)), timeoutMs);
    req.on("error", (e) => {
      clearTimeout(t);
      reject(e);
    });
    req.end();
  });
}

async function setupHttps(socketPath, dir, opt) {
  const o = opt === true ? {} : opt;
  let client;
  if (o.certificate) {
    const d = pemToDer(o.certificate);
    client = {
      cert: o.certificate,
      key: o.key,
      derBase64: d.toString("base64"),
      fingerprint: crypto.createHash("sha256").update(d).digest("hex"),
    };
  } else {
    client = generateClientCertificate(o.name || "clientele-test");
  }
  // Trust the client certificate (5.0.2 wants base64 DER, i.e. the PEM body without BEGIN/END lines).
  const existing = await unixRequest(socketPath, "GET", `/1.0/certificates/${client.fingerprint}`);
  if (existing.status !== 200) {
    await api(socketPath, "POST", "/1.0/certificates", {
      type: "client",
      name: o.name || "clientele-test",
      certificate: client.derBase64,
    });
  }
  // Listen on a free loopback port (retry if another process grabbed it in between).
  let address;
  let lastErr;
  for (let attempt = 0; attempt < 5 && !address; attempt++) {
    const port = o.port || (await freePort());
    try {
      await api(socketPath, "PATCH", "/1.0", { config: { "core.https_address": `127.0.0.1:${port}` } });
      address = `127.0.0.1:${port}`;
    } catch (e) {
      lastErr = e;
      if (o.port) break;
    }
  }
  if (!address) throw new Error(`could not enable HTTPS: ${lastErr?.message}`);
  const info = await api(socketPath, "GET", "/1.0");
  const serverCert = info.body.metadata.environment.certificate;
  const files = {
    serverCertPath: path.join(dir, "server.crt"),
    clientCertPath: path.join(dir, "client.crt"),
    clientKeyPath: client.key ? path.join(dir, "client.key") : undefined,
  };
  fs.writeFileSync(files.clientCertPath, client.cert);
  if (client.key) fs.writeFileSync(files.clientKeyPath, client.key, { mode: 0o600 });
  // Check: the listener is up and the certificate is trusted (bounded).
  if (client.key) {
    const end = Date.now() + 10_000;
    for (;;) {
      try {
        const r = await httpsGet(address, "/1.0/instances", { ca: serverCert, cert: client.cert, key: client.key });
        if (r.status === 200) break;
        throw new Error(`HTTPS GET /1.0/instances -> ${r.status} ${r.raw.slice(0, 200)}`);
      } catch (e) {
        if (Date.now() > end) throw new Error(`HTTPS listener check failed: ${e.message}`);
        await sleep(100);
      }
    }
  }
  return {
    address,
    url: `https://${address}`,
    serverCert,
    clientCert: client.cert,
    clientKey: client.key,
    clientFingerprint: client.fingerprint,
    ...files,
  };
}

async function setupStorage(socketPath) {
  const pool = await unixRequest(socketPath, "GET", "/1.0/storage-pools/default");
  if (pool.status === 404) {
    await api(socketPath, "POST", "/1.0/storage-pools", { name: "default", driver: "dir", description: "clientele test pool" });
  } else if (pool.status !== 200) {
    throw new Error(`GET /1.0/storage-pools/default -> ${pool.status}: ${pool.raw}`);
  }
  await api(socketPath, "PATCH", "/1.0/profiles/default", {
    devices: { root: { type: "disk", path: "/", pool: "default" } },
  });
}

/**
 * Start a throwaway LXD daemon.
 * @param {object} [opts]
 * @param {string} [opts.dir] LXD_DIR to use (created if missing; a leftover daemon in it is stopped first).
 *   Default: a fresh mkdtemp `${os.tmpdir()}/clientele-lxd-XXXXXX`.
 * @param {boolean|{certificate?: string, key?: string, name?: string, port?: number}} [opts.https]
 *   true: listen on 127.0.0.1:<free port> and trust a freshly generated client certificate.
 * @param {boolean} [opts.keepDir] stop() leaves the dir in place (default: remove it).
 * @param {boolean} [opts.debug] pass --debug to lxd (verbose log).
 * @param {number} [opts.timeoutMs] readiness timeout (default 30000).
 * @param {boolean} [opts.detached] CLI use: the daemon outlives this process (not reaped as stale, not killed on exit).
 * @param {boolean} [opts.reap] first clean up stale dirs of dead owners (default true).
 * @param {boolean} [opts.allowNetwork] let the daemon make outgoing requests (default false: proxied to a dead loopback port).
 */
export async function startLxd(opts = {}) {
  const { https: httpsOpt, keepDir = false, debug = false, timeoutMs = 30_000, detached = false, reap = true, allowNetwork = false } = opts;
  const avail = lxdAvailable();
  if (!avail.ok) throw new Error(`LXD not available: ${avail.why}`);
  if (reap) await reapStale().catch(() => {});

  let dir;
  if (opts.dir) {
    dir = path.resolve(opts.dir);
    fs.mkdirSync(dir, { recursive: true, mode: 0o711 });
    dir = fs.realpathSync(dir);
    await teardownDir(dir, { remove: false }); // leftover daemon / socket / mounts from a previous run
  } else {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), DIR_PREFIX)));
  }
  fs.chmodSync(dir, 0o711);
  const socketPath = path.join(dir, "unix.socket");
  if (Buffer.byteLength(path.join(dir, "devlxd", "sock")) > SOCKET_MAX || Buffer.byteLength(socketPath) > SOCKET_MAX) {
    throw new Error(`LXD_DIR path too long for unix sockets: ${dir}`);
  }
  const logFile = path.join(dir, LOG_FILE);
  const outFile = path.join(dir, OUT_FILE);
  const owner = procState(process.pid);
  const writeState = (extra) =>
    fs.writeFileSync(
      path.join(dir, STATE_FILE),
      `${JSON.stringify({
        ownerPid: detached ? null : process.pid,
        ownerStart: detached ? null : owner?.startTime,
        detached,
        createdAt: new Date().toISOString(),
        ...extra,
      })}\n`,
    );
  writeState({ daemonPid: null });

  const t0 = Date.now();
  const outFd = fs.openSync(outFile, "a");
  let child;
  try {
    child = spawn(avail.bin, ["--group", "root", "--logfile", logFile, debug ? "--debug" : "--verbose"], {
      cwd: dir,
      detached: true,
      stdio: ["ignore", outFd, outFd],
      env: {
        ...process.env,
        LXD_DIR: dir,
        LXD_SECURITY_APPARMOR: process.env.LXD_SECURITY_APPARMOR ?? "false",
        // LXD fetches images.linuxcontainers.org/meta/instance-types at start; route every
        // outgoing request of the daemon to a dead loopback proxy so it never leaves the machine.
        ...(allowNetwork ? {} : NO_NETWORK_ENV),
      },
    });
  } finally {
    fs.closeSync(outFd);
  }
  let exited = null;
  let spawnError = null;
  child.on("exit", (code, sig) => {
    exited = { code, sig };
  });
  child.on("error", (e) => {
    spawnError = e;
  });
  child.unref();
  const pid = child.pid;
  writeState({ daemonPid: pid ?? null });

  const onExit = () => {
    if (!detached && pid) signal(pid, "SIGTERM");
  };
  process.on("exit", onExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener("exit", onExit);
    await teardownDir(dir, { remove: !keepDir, extraPids: pid && !exited ? [pid] : [] });
  };

  const fail = async (why) => {
    const msg = `LXD daemon did not come up (${why}) in ${dir}\n--- ${LOG_FILE} (tail) ---\n${tail(logFile)}\n--- ${OUT_FILE} (tail) ---\n${tail(outFile, 15)}`;
    try {
      await stop();
    } catch {}
    return new Error(msg);
  };

  // Wait for readiness: socket answers and /internal/ready says 200 (what `lxd waitready` polls).
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (spawnError) throw await fail(`spawn failed: ${spawnError.message}`);
    if (exited) throw await fail(`lxd exited early, code ${exited.code} signal ${exited.sig}`);
    if (Date.now() > deadline) throw await fail(`not ready after ${timeoutMs} ms`);
    if (fs.existsSync(socketPath)) {
      try {
        const r = await unixRequest(socketPath, "GET", "/internal/ready", undefined, { timeoutMs: 2000 });
        if (r.status === 200) break;
      } catch {}
    }
    await sleep(50);
  }
  const readyMs = Date.now() - t0;

  let version;
  let httpsInfo;
  try {
    const info = await api(socketPath, "GET", "/1.0");
    version = info.body.metadata.environment.server_version;
    await setupStorage(socketPath);
    if (httpsOpt) httpsInfo = await setupHttps(socketPath, dir, httpsOpt);
    else if (info.body.metadata.config?.["core.https_address"]) {
      // reused dir that had HTTPS before: switch it off so the daemon matches what was asked
      await api(socketPath, "PATCH", "/1.0", { config: { "core.https_address": "" } });
    }
  } catch (e) {
    throw await fail(`setup failed: ${e.message}`);
  }
  return {
    dir,
    socketPath,
    pid,
    version,
    readyMs,
    startMs: Date.now() - t0,
    logFile,
    httpsAddress: httpsInfo?.address,
    https: httpsInfo,
    env: { LXD_DIR: dir, LXD_SOCKET: socketPath, ...(httpsInfo ? { LXD_HTTPS_ADDRESS: httpsInfo.address } : {}) },
    stop,
  };
}

/** Stop the daemon in dir (from an earlier `start --detach` or a crashed run), unmount, remove dir. */
export async function stopLxd(dir, { keepDir = false } = {}) {
  const d = fs.realpathSync(dir);
  await teardownDir(d, { remove: !keepDir });
}

// ---------------------------------------------------------------- CLI

function parseArgs(argv) {
  const o = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--dir") o.dir = argv[++i];
    else if (a.startsWith("--dir=")) o.dir = a.slice(6);
    else if (a === "--https") o.https = true;
    else if (a === "--detach") o.detached = true;
    else if (a === "--keep-dir") o.keepDir = true;
    else if (a === "--debug") o.debug = true;
    else if (a === "--all") o.all = true;
    else if (a === "--json") o.json = true;
    else o._.push(a);
  }
  return o;
}

function describe(d) {
  return {
    dir: d.dir,
    socketPath: d.socketPath,
    pid: d.pid,
    version: d.version,
    startMs: d.startMs,
    httpsAddress: d.httpsAddress,
    serverCertPath: d.https?.serverCertPath,
    clientCertPath: d.https?.clientCertPath,
    clientKeyPath: d.https?.clientKeyPath,
  };
}

async function selftest(o) {
  const results = [];
  const check = (name, ok, detail = "") => {
    results.push(ok);
    console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? `: ${detail}` : ""}`);
  };
  const waitOp = async (sock, r) => {
    const w = await api(sock, "GET", `${r.body.operation}/wait?timeout=30`);
    return w.body.metadata;
  };
  for (let round = 1; round <= 2; round++) {
    const t = Date.now();
    const d = await startLxd({ https: true, debug: o.debug });
    check(
      `round ${round}: start`,
      true,
      `${Date.now() - t} ms (ready ${d.readyMs} ms), lxd ${d.version}, ${d.socketPath}, https ${d.httpsAddress}`,
    );
    try {
      const s = d.socketPath;
      const prof = await api(s, "GET", "/1.0/profiles/default");
      check("default profile root disk on pool default", prof.body.metadata.devices?.root?.pool === "default");
      const c = await api(s, "POST", "/1.0/instances", { name: "selftest-c1", source: { type: "none" }, type: "container" }, [202]);
      const cOp = await waitOp(s, c);
      check("create instance source none", cOp.status_code === 200, cOp.err);
      const st = await api(s, "PUT", "/1.0/instances/selftest-c1/state", { action: "start" }, [202]);
      const stOp = await waitOp(s, st);
      check("start instance fails with an operation error", stOp.status_code === 400 && !!stOp.err, stOp.err);
      await api(s, "POST", "/1.0/profiles", { name: "selftest-p1", config: { "user.x": "1" } });
      const p = await api(s, "GET", "/1.0/profiles/selftest-p1");
      check("profile create/get", p.body.metadata.config["user.x"] === "1" && !!p.headers.etag);
      await api(s, "POST", "/1.0/storage-pools/default/volumes/custom", { name: "selftest-v1", config: {} });
      const v = await api(s, "GET", "/1.0/storage-pools/default/volumes/custom/selftest-v1");
      check("storage volume create/get", v.body.metadata.name === "selftest-v1");
      const h = await httpsGet(d.httpsAddress, "/1.0/instances", {
        ca: d.https.serverCert,
        cert: d.https.clientCert,
        key: d.https.clientKey,
      });
      check("HTTPS with trusted client cert", h.status === 200 && h.raw.includes("selftest-c1"), `${h.status}`);
      const anon = await httpsGet(d.httpsAddress, "/1.0/instances", { ca: d.https.serverCert });
      check("HTTPS without client cert is refused", anon.status === 403, `${anon.status}`);
      const del = await api(s, "DELETE", "/1.0/instances/selftest-c1", undefined, [202]);
      check("delete instance", (await waitOp(s, del)).status_code === 200);
    } finally {
      const t2 = Date.now();
      await d.stop();
      check(`round ${round}: stop`, !fs.existsSync(d.dir) && mountsUnder(d.dir).length === 0, `${Date.now() - t2} ms, dir removed`);
    }
  }
  const failed = results.filter((x) => !x).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed === 0;
}

const USAGE = `usage: node scripts/lxd-daemon.mjs <command> [options]
  check                         is lxd installed and runnable here? (exit 0/1)
  start [--dir D] [--https] [--debug] [--keep-dir]
                                start a throwaway daemon, print its socket path, run until Ctrl-C/SIGTERM, then clean up
  start --detach [...]          start, print JSON + shell exports, exit; the daemon keeps running
  stop --dir D [--keep-dir]     stop the daemon in D, unmount, remove D
  stop [--all]                  stop/remove throwaway daemons in ${os.tmpdir()}/${DIR_PREFIX}*: --detach ones and
                                leftovers of dead processes (--all: also those of running processes)
  selftest [--debug]            start (with HTTPS), exercise the API, stop; twice`;

async function main(argv) {
  const o = parseArgs(argv);
  const cmd = o._[0];
  if (cmd === "check") {
    const a = lxdAvailable();
    console.log(JSON.stringify(a));
    return a.ok ? 0 : 1;
  }
  if (cmd === "start") {
    const d = await startLxd({ dir: o.dir, https: o.https, debug: o.debug, keepDir: o.keepDir, detached: o.detached });
    const info = describe(d);
    if (o.detached) {
      console.log(JSON.stringify(info, null, 2));
      console.log(`export LXD_DIR=${d.dir}`);
      console.log(`# stop with: node ${path.relative(process.cwd(), fileURLToPath(import.meta.url))} stop --dir ${d.dir}`);
      return 0;
    }
    console.log(d.socketPath);
    console.error(JSON.stringify(info, null, 2));
    console.error(`LXD ${d.version} ready in ${d.startMs} ms; export LXD_DIR=${d.dir}; Ctrl-C to stop`);
    await new Promise((resolve) => {
      for (const s of ["SIGINT", "SIGTERM", "SIGHUP"]) process.once(s, resolve);
      setInterval(() => {}, 1 << 30); // keep alive
    });
    console.error("stopping LXD...");
    await d.stop();
    console.error("stopped");
    return 0;
  }
  if (cmd === "stop") {
    if (o.dir) {
      await stopLxd(o.dir, { keepDir: o.keepDir });
      console.log(`stopped ${o.dir}`);
    } else {
      const removed = await reapStale({ includeDetached: true, minAgeMs: 0 });
      if (o.all) {
        // also dirs whose owner is alive (use with care: kills running test daemons)
        for (const n of fs.readdirSync(os.tmpdir())) {
          if (n.startsWith(DIR_PREFIX)) {
            const dir = path.join(os.tmpdir(), n);
            await teardownDir(dir);
            removed.push(dir);
          }
        }
      }
      console.log(removed.length ? `removed: ${removed.join(" ")}` : "nothing to stop");
    }
    return 0;
  }
  if (cmd === "selftest") return (await selftest(o)) ? 0 : 1;
  console.error(USAGE);
  return cmd ? 2 : 0;
}

function isMain() {
  try {
    return !!process.argv[1] && fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e?.stack || String(e));
      process.exit(1);
    },
  );
}

// What the live LXD suites share: scripts/lxd-daemon.mjs (a throwaway daemon per run), whether one
// can run here, and how a suite that cannot says so: loudly, and as a failure when CI is set.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { it } from "vitest";
import { BUSYBOX } from "./busybox-image.js";

export interface Daemon {
  dir: string;
  socketPath: string;
  version: string;
  https?: {
    url: string;
    serverCert: string;
    clientCert: string;
    clientKey: string;
    serverCertPath: string;
    clientCertPath: string;
    clientKeyPath: string;
  };
  stop(): Promise<void>;
}
export interface DaemonModule {
  lxdAvailable(): { ok: boolean; why?: string };
  startLxd(options?: { dir?: string; https?: boolean; timeoutMs?: number }): Promise<Daemon>;
  generateClientCertificate(name?: string): { cert: string; key: string; derBase64: string; fingerprint: string };
  /** A raw request over the daemon's socket, for setup the client under test must not do itself. */
  unixRequest(socketPath: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
}

/** The repository's root directory. */
export const root = fileURLToPath(new URL("../../../", import.meta.url));
const loaded = await import(pathToFileURL(`${root}scripts/lxd-daemon.mjs`).href).then(
  (m) => m as DaemonModule,
  (e: unknown) => ({ error: String(e) }),
);
/** The daemon helper: use it only where {@link liveAvailability} said ok. */
export const daemons = loaded as DaemonModule;

/** Whether a live suite can run here (with a busybox container too, when `busybox` is set), and why not. */
export function liveAvailability(options: { busybox?: boolean } = {}): { ok: boolean; why?: string } {
  if ("error" in loaded) return { ok: false, why: `scripts/lxd-daemon.mjs could not be loaded: ${loaded.error}` };
  if (options.busybox && !existsSync(BUSYBOX))
    return { ok: false, why: `${BUSYBOX} is missing: install Debian's busybox-static (scripts/lxd-install.sh does)` };
  return loaded.lxdAvailable();
}

/** Says why `suite` does not run: an error when CI is set (where the daemon must exist), a loud warning otherwise. */
export function notRun(suite: string, why: string): void {
  const bar = "!".repeat(78);
  const message = `\n${bar}\n!! ${suite} NOT RUN: ${why}\n!! Install LXD with scripts/lxd-install.sh (as root) to run it.\n${bar}\n`;
  if (process.env.CI) throw new Error(message);
  console.warn(message);
}

/** At a suite's top level: when it cannot run, a failing test under CI, a warning elsewhere. */
export function requireLive(suite: string, availability: { ok: boolean; why?: string }): void {
  if (availability.ok) return;
  const why = availability.why ?? "unknown";
  if (process.env.CI) it(`${suite}: LXD is available (required when CI is set)`, () => notRun(suite, why));
  else notRun(suite, why);
}

// Where the daemon is: the local unix socket (found as pylxd finds it) or an HTTPS URL, and the
// certificate files an HTTPS connection needs.

import { existsSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { ConfigurationError } from "@clientele/core";

/** The sockets tried, in order, when no endpoint is given. */
export function socketCandidates(env: Record<string, string | undefined> = process.env): string[] {
  const candidates: string[] = [];
  if (env.LXD_DIR) candidates.push(join(env.LXD_DIR, "unix.socket"));
  candidates.push("/var/snap/lxd/common/lxd/unix.socket", "/var/lib/lxd/unix.socket");
  return candidates;
}

function isSocket(path: string): boolean {
  try {
    return statSync(path).isSocket();
  } catch {
    return false;
  }
}

/** The first candidate that is a unix socket; a `ConfigurationError` listing them all otherwise. */
export function findSocket(candidates: readonly string[] = socketCandidates()): string {
  const found = candidates.find(isSocket);
  if (found) return found;
  throw new ConfigurationError(
    `no LXD unix socket found; tried ${candidates.join(", ")}. ` +
      "Is LXD installed and running? Set LXD_DIR to its directory, or pass `endpoint` (a socket path or an https:// URL).",
    { source: "endpoint" },
  );
}

/** lxdapi's display form of a socket: `http+unix://%2Fvar%2Flib%2Flxd%2Funix.socket`. */
export function socketUrl(path: string): string {
  return `http+unix://${encodeURIComponent(path).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

export type ResolvedEndpoint =
  | { kind: "socket"; socketPath: string; display: string }
  | { kind: "url"; url: string; display: string };

/** Turns the `endpoint` option into a socket path or a base URL (no trailing slash). */
export function resolveEndpoint(endpoint: string | undefined, env: Record<string, string | undefined> = process.env): ResolvedEndpoint {
  if (endpoint === undefined || endpoint === "") {
    const socketPath = findSocket(socketCandidates(env));
    return { kind: "socket", socketPath, display: socketUrl(socketPath) };
  }
  let socketPath: string | undefined;
  if (endpoint.startsWith("/")) socketPath = endpoint;
  else if (endpoint.startsWith("unix://")) socketPath = endpoint.slice("unix://".length);
  else if (endpoint.startsWith("unix:")) socketPath = endpoint.slice("unix:".length);
  else if (endpoint.startsWith("http+unix://")) socketPath = decodeURIComponent(endpoint.slice("http+unix://".length).split("/")[0] ?? "");
  if (socketPath !== undefined) {
    if (!isSocket(socketPath)) {
      const why = existsSync(socketPath) ? "is not a unix socket" : "does not exist";
      throw new ConfigurationError(`LXD socket ${socketPath} ${why}; is the daemon running?`, { source: "endpoint" });
    }
    return { kind: "socket", socketPath, display: socketUrl(socketPath) };
  }
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ConfigurationError(`endpoint ${JSON.stringify(endpoint)} is neither a socket path nor a URL`, { source: "endpoint" });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigurationError(`endpoint ${JSON.stringify(endpoint)}: use an https:// URL or a socket path`, { source: "endpoint" });
  }
  const base = `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
  return { kind: "url", url: base, display: base };
}

/** A PEM given inline or as a file path; `undefined` when not given. */
export function pemOption(value: string | Uint8Array | undefined, option: string): string | Uint8Array | undefined {
  if (value === undefined || value instanceof Uint8Array) return value;
  if (value.includes("-----BEGIN")) return value;
  try {
    return readFileSync(value);
  } catch (cause) {
    throw new ConfigurationError(`\`${option}\`: cannot read ${value} (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`, { source: option, cause });
  }
}

/** The `lxc` client configuration directory: `$LXD_CONF`, the snap's, else `~/.config/lxc`. */
export function clientConfigDir(env: Record<string, string | undefined> = process.env): string {
  if (env.LXD_CONF) return env.LXD_CONF;
  const home = homedir();
  const snap = join(home, "snap", "lxd", "common", "config");
  return existsSync(snap) ? snap : join(home, ".config", "lxc");
}

/** The `lxc` client certificate and key, when both exist. */
export function defaultClientCertificate(env: Record<string, string | undefined> = process.env): { cert: string; key: string } | undefined {
  const dir = clientConfigDir(env);
  const cert = join(dir, "client.crt");
  const key = join(dir, "client.key");
  return existsSync(cert) && existsSync(key) ? { cert, key } : undefined;
}

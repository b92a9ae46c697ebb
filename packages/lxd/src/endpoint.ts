// Where the daemon is: the local unix socket (found as pylxd finds it) or an http(s) URL, and the
// certificate files an HTTPS connection needs. Files and the environment go through core's platform layer.

import { checkBaseUrl, ConfigurationError, platform } from "@clientele/core";

/** The sockets tried, in order, when no endpoint is given. */
export function socketCandidates(env: Readonly<Record<string, string | undefined>> = { LXD_DIR: platform.env("LXD_DIR") }): string[] {
  const candidates: string[] = [];
  if (env.LXD_DIR) candidates.push(platform.joinPath(env.LXD_DIR, "unix.socket"));
  candidates.push("/var/snap/lxd/common/lxd/unix.socket", "/var/lib/lxd/unix.socket");
  return candidates;
}

/** The first candidate that is a unix socket; a `ConfigurationError` listing them all otherwise. */
export function findSocket(candidates: readonly string[] = socketCandidates()): string {
  const found = candidates.find((path) => platform.isSocket(path));
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

/** The `endpoint` option, resolved: a socket, or the base URL core is given. */
export type ResolvedEndpoint = { kind: "socket"; socketPath: string; display: string } | { kind: "url"; url: string; display: string };

/**
 * Turns the `endpoint` (or `baseUrl`) option into a socket path or a base URL without trailing
 * slash. `option` names it in errors.
 */
export function resolveEndpoint(endpoint: unknown, option = "endpoint"): ResolvedEndpoint {
  if (endpoint === undefined || endpoint === "") {
    const socketPath = findSocket();
    return { kind: "socket", socketPath, display: socketUrl(socketPath) };
  }
  if (typeof endpoint !== "string") {
    const shown = JSON.stringify(endpoint) ?? String(endpoint);
    throw new ConfigurationError(`option \`${option}\` must be a socket path or an http(s) URL, got ${shown}`, { source: option });
  }
  const socketPath = socketPathOf(endpoint);
  if (socketPath !== undefined) {
    if (platform.platformName === "web") {
      // A browser build has no file system: "does not exist" would send the user looking for a daemon.
      throw new ConfigurationError(
        `option \`${option}\`: LXD socket ${socketPath}: unix sockets need Node.js (or Bun, Deno); use an https:// endpoint here`,
        {
          source: option,
        },
      );
    }
    if (!platform.isSocket(socketPath)) {
      const why = platform.fileExists(socketPath) ? "is not a unix socket" : "does not exist";
      throw new ConfigurationError(`option \`${option}\`: LXD socket ${socketPath} ${why}; is the daemon running?`, { source: option });
    }
    return { kind: "socket", socketPath, display: socketUrl(socketPath) };
  }
  const url = checkBaseUrl(endpoint, `option \`${option}\``);
  return { kind: "url", url, display: url };
}

/** The socket path an endpoint names (`/path`, `unix:/path`, `unix:///path`, `http+unix://%2Fpath`), if it names one. */
function socketPathOf(endpoint: string): string | undefined {
  if (endpoint.startsWith("/")) return endpoint;
  if (endpoint.startsWith("unix://")) return endpoint.slice("unix://".length);
  if (endpoint.startsWith("unix:")) return endpoint.slice("unix:".length);
  if (!endpoint.startsWith("http+unix://")) return undefined;
  const encoded = endpoint.slice("http+unix://".length).split("/")[0] ?? "";
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded; // not percent-encoded after all: checked as a path like any other
  }
}

/** A PEM given inline or as a file path (read here, so a missing file is named at construction); `undefined` when not given. */
export function pemOption(value: string | Uint8Array | undefined, option: string): string | Uint8Array | undefined {
  if (value === undefined || value instanceof Uint8Array || value.includes("-----BEGIN")) return value;
  try {
    return platform.readFileBytes(value);
  } catch (cause) {
    const why = (cause as { code?: string }).code ?? String(cause);
    throw new ConfigurationError(`option \`${option}\`: cannot read ${value} (${why})`, { source: option, cause });
  }
}

/** The `lxc` client configuration directory: `$LXD_CONF`, the snap's, else `~/.config/lxc`. */
export function clientConfigDir(): string | undefined {
  const conf = platform.env("LXD_CONF");
  if (conf) return conf;
  const home = platform.homeDir();
  if (!home) return undefined;
  const snap = platform.joinPath(home, "snap", "lxd", "common", "config");
  return platform.fileExists(snap) ? snap : platform.joinPath(home, ".config", "lxc");
}

/** The `lxc` client certificate and key files, when both exist. */
export function defaultClientCertificate(): { cert: string; key: string } | undefined {
  const dir = clientConfigDir();
  if (!dir) return undefined;
  const cert = platform.joinPath(dir, "client.crt");
  const key = platform.joinPath(dir, "client.key");
  return platform.fileExists(cert) && platform.fileExists(key) ? { cert, key } : undefined;
}

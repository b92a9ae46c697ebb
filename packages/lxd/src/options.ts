// LXD's options: core's vocabulary plus the daemon's address (a socket or a URL), certificates,
// the API version and the project; all checked at construction, and turned into core's options.

import {
  applyAliases,
  ConfigurationError,
  validateClientOptions,
  type ApiClientOptions,
  type ClientOptions,
  type RetryPolicy,
  type TransportOptions,
} from "@clientele/core";
import { defaultClientCertificate, pemOption, resolveEndpoint, type ResolvedEndpoint } from "./endpoint.js";

/**
 * Options of {@link API.factory}: core's `ClientOptions` (durations in ms) plus LXD's own.
 *
 * @example
 * ```ts
 * import { API, type FactoryOptions } from "@clientele/lxd";
 * const options: FactoryOptions = { endpoint: "/var/lib/lxd/unix.socket", timeout: 10_000, retry: { maxRetries: 0 }, project: "ci" };
 * const api = API.factory(options);
 * ```
 */
export interface FactoryOptions extends ClientOptions {
  /**
   * lxdapi's name for `baseUrl`. A unix socket path (also `unix:/path` or `http+unix://%2Fpath`),
   * or an `https://host:port` URL (`http://` for tests). Default: the first socket among
   * `$LXD_DIR/unix.socket`, `/var/snap/lxd/common/lxd/unix.socket`, `/var/lib/lxd/unix.socket`.
   */
  endpoint?: string;
  /** Same as `endpoint` (core's name); giving both with different values is a `ConfigurationError`. */
  baseUrl?: string;
  /** Per-attempt timeout in ms (default 30 000, lxdapi's 30 s); 0 disables it. */
  timeout?: number;
  /** The retry policy over LXD's defaults ({@link LXD_RETRY_DEFAULTS}: GET/HEAD on 503 and connection failures, 2 retries). */
  retry?: RetryPolicy;
  /** API version prefixed to relative URLs (`'instances'` → `/1.0/instances`). Default `1.0`. */
  defaultVersion?: string;
  /** HTTPS: client certificate (PEM text, bytes or file path). Default: `client.crt` of `$LXD_CONF` / the lxc config directory. */
  cert?: string | Uint8Array;
  /** HTTPS: the client certificate's private key (PEM text, bytes or file path). Never logged. */
  key?: string | Uint8Array;
  /**
   * HTTPS: the server's certificate (PEM text, bytes or file path), pinned: the connection is
   * refused before anything is sent unless the server presents exactly it. Default: the system's CAs.
   */
  serverCert?: string | Uint8Array;
  /** Project added as `?project=` to every request that names none. */
  project?: string;
}

/** LXD's per-attempt timeout in ms: lxdapi's 30 s. */
export const DEFAULT_TIMEOUT = 30_000;

/** Retry defaults: LXD is local, so only reads are retried, on connection errors, timeouts and 503. */
export const LXD_RETRY_DEFAULTS: Readonly<RetryPolicy> = Object.freeze({
  maxRetries: 2,
  backoffFactor: 250,
  backoffJitter: 100,
  statuses: Object.freeze([503]),
  methods: Object.freeze(["GET", "HEAD"]),
});

/** The placeholder origin of requests sent over a unix socket (the socket, not the host, decides). */
export const SOCKET_ORIGIN = "http://lxd";

/** Top-level retry options of earlier versions, and where they live now. */
const MOVED: Readonly<Record<string, string>> = {
  maxRetries: "retry: { maxRetries }",
  backoffFactor: "retry: { backoffFactor }",
  backoffJitter: "retry: { backoffJitter }",
  backoffMax: "retry: { backoffMax }",
  statusForcelist: "retry: { statuses }",
  allowedMethods: "retry: { methods }",
  retryAfterMax: "retry: { maxRetryAfter }",
};

/** A certificate or key: PEM text, PEM bytes, or a file path. */
type Pem = string | Uint8Array;

/** The options resolved: what core is given, and what the LXD layer keeps. */
export interface ResolvedOptions {
  client: ApiClientOptions;
  endpoint: ResolvedEndpoint;
  defaultVersion: string;
  project: string | undefined;
}

/** Checks every option (a `ConfigurationError` names the bad one) and finds the daemon. */
export function resolveOptions(options: FactoryOptions): ResolvedOptions {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new ConfigurationError(`API.factory() takes an options object, got ${JSON.stringify(options) ?? String(options)}`);
  }
  for (const [name, place] of Object.entries(MOVED)) {
    if ((options as Record<string, unknown>)[name] !== undefined)
      throw new ConfigurationError(`option \`${name}\` is not an LXD option: pass it as \`${place}\``, { source: name });
  }
  const endpointOption = options.endpoint !== undefined ? "endpoint" : "baseUrl";
  const { baseUrl, defaultVersion, project, cert, key, serverCert, ...shared } = applyAliases(options as Record<string, unknown>, {
    endpoint: "baseUrl",
  }) as FactoryOptions;
  // Core checks these again when the client is built; checked here first so a bad option is named
  // before the daemon is looked for.
  validateClientOptions(shared);
  for (const [name, value] of Object.entries({ cert, key, serverCert })) {
    if (value !== undefined && !(typeof value === "string" && value) && !(value instanceof Uint8Array)) {
      const shown = value === "" ? "an empty string" : typeof value;
      throw new ConfigurationError(`option \`${name}\` must be PEM text, PEM bytes or a file path, got ${shown}`, { source: name });
    }
  }
  const version = checkName(defaultVersion ?? "1.0", "defaultVersion").replace(/^\/+|\/+$/g, "");
  if (!/^[A-Za-z0-9._-]+$/.test(version)) {
    const shown = JSON.stringify(defaultVersion);
    throw new ConfigurationError(`option \`defaultVersion\` must be a version like "1.0", got ${shown}`, { source: "defaultVersion" });
  }
  const projectName = project === undefined ? undefined : checkName(project, "project");

  const endpoint = resolveEndpoint(baseUrl, endpointOption);
  const transport: TransportOptions = { ...shared.transport };
  if (endpoint.kind === "socket") transport.socketPath = endpoint.socketPath;
  else if (endpoint.url.startsWith("https:")) transport.tls = { ...transport.tls, ...clientTls(cert, key, serverCert) };
  return {
    client: { ...shared, baseUrl: endpoint.kind === "socket" ? SOCKET_ORIGIN : endpoint.url, transport },
    endpoint,
    defaultVersion: version,
    project: projectName,
  };
}

/** The TLS settings of an HTTPS endpoint: the client certificate (given, or lxc's) and the pinned server certificate. */
function clientTls(cert: Pem | undefined, key: Pem | undefined, serverCert: Pem | undefined): NonNullable<TransportOptions["tls"]> {
  if ((cert === undefined) !== (key === undefined)) {
    const missing = cert === undefined ? "cert" : "key";
    throw new ConfigurationError(`option \`${missing}\` is missing: \`cert\` and \`key\` go together`, { source: missing });
  }
  const fallback = cert === undefined ? defaultClientCertificate() : undefined;
  const certificate = pemOption(cert ?? fallback?.cert, "cert");
  const privateKey = pemOption(key ?? fallback?.key, "key");
  const serverCertificate = pemOption(serverCert, "serverCert");
  // Pinned: any other server certificate is refused before a byte of the request is sent.
  return {
    ...(certificate ? { cert: certificate } : {}),
    ...(privateKey ? { key: privateKey } : {}),
    ...(serverCertificate ? { serverCertificate } : {}),
  };
}

function checkName(value: unknown, option: string): string {
  if (typeof value !== "string" || !value.trim()) {
    const shown = JSON.stringify(value) ?? String(value);
    throw new ConfigurationError(`option \`${option}\` must be a non-empty string, got ${shown}`, { source: option });
  }
  return value;
}

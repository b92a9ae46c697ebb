// The undici dispatcher a client sends through, built once per client: keep-alive pooling, unix
// sockets, TLS pinning and proxies from the environment. (Redirects are the transport's: redirect.ts.)

import type { TLSSocket } from "node:tls";
import type { Agent, buildConnector, Dispatcher } from "undici";
import { ConnectionError } from "../../core/errors.js";
import type { TransportOptions } from "../../core/transport.js";

// undici's index loads all of undici (about 50 ms at startup); a client needs only the agent,
// loaded from its own modules when the first request is made.
const load = process.getBuiltinModule("node:module").createRequire(import.meta.url);
const undici = {
  Agent: () => load("undici/lib/dispatcher/agent.js") as typeof Agent,
  // The proxy agent calls `connect()`, which only undici's index adds to dispatchers: proxies load it.
  // By its file path: Bun answers the bare name "undici" with its own partial copy, whose proxy agent
  // fails every request made through this dispatcher ("too many redirects"), NO_PROXY hosts included.
  EnvHttpProxyAgent: () => (load("undici/index.js") as typeof import("undici")).EnvHttpProxyAgent,
  buildConnector: () => load("undici/lib/core/connect.js") as typeof buildConnector,
};

/** The dispatcher of `createTransport`, also used by the websocket connector. */
export function createDispatcher(options: TransportOptions): Dispatcher {
  return prepareDispatcher(options)();
}

/** Checks the options now (a bad pinned certificate fails at construction) and builds the dispatcher when called. */
export function prepareDispatcher(options: TransportOptions): () => Dispatcher {
  const tls = options.tls ?? {};
  const connect: Record<string, unknown> = {};
  if (options.socketPath) connect.socketPath = options.socketPath;
  if (tls.cert) connect.cert = toBuffer(tls.cert);
  if (tls.key) connect.key = toBuffer(tls.key);
  if (tls.ca) connect.ca = Array.isArray(tls.ca) ? tls.ca.map(toBuffer) : toBuffer(tls.ca);

  const pinned = tls.serverCertificate ? fingerprint256(toBuffer(tls.serverCertificate)) : undefined;
  const useProxy = (options.proxyFromEnv ?? true) && !options.socketPath && !pinned && hasProxyEnv();
  return () => {
    const agentOptions: Agent.Options = { connections: options.connections ?? 128, keepAliveTimeout: 10_000, connect };
    if (pinned) agentOptions.connect = pinnedConnector(connect, pinned);
    return useProxy ? new (undici.EnvHttpProxyAgent())(agentOptions) : new (undici.Agent())(agentOptions);
  };
}

/** A connector that accepts exactly one server certificate (its SHA-256 `expected`) and fails before the request is written. */
function pinnedConnector(connect: Record<string, unknown>, expected: string): buildConnector.connector {
  // No session resumption: a resumed session shows no peer certificate to check.
  const base = undici.buildConnector()({ ...connect, rejectUnauthorized: false, maxCachedSessions: 0 } as buildConnector.BuildOptions);
  return (opts, callback) =>
    base(opts, (error, socket) => {
      if (error || !socket) return callback(error ?? new Error("no socket"), null);
      const peer = (socket as TLSSocket).getPeerX509Certificate?.();
      const now = Date.now();
      const current = peer && Date.parse(peer.validFrom) <= now && now <= Date.parse(peer.validTo);
      if (peer?.fingerprint256 === expected && current) return callback(null, socket);
      socket.destroy();
      const host = `${opts.hostname}:${opts.port}`;
      callback(
        new ConnectionError({
          method: "CONNECT",
          url: `${opts.protocol}//${host}`,
          host,
          detail:
            peer?.fingerprint256 === expected
              ? `the pinned server certificate is not valid now (valid from ${peer.validFrom} to ${peer.validTo}); nothing was sent`
              : `the server's certificate (SHA-256 ${peer?.fingerprint256 ?? "none"}) does not match the pinned certificate (SHA-256 ${expected}); nothing was sent`,
        }),
        null,
      );
    });
}

function hasProxyEnv(): boolean {
  const env = process.env;
  return Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
}

function toBuffer(value: string | Uint8Array): Buffer {
  return typeof value === "string" ? Buffer.from(value) : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

/** A PEM or DER certificate's SHA-256 fingerprint, as `getPeerX509Certificate()` reports it. crypto only when pinning. */
function fingerprint256(certificate: Buffer): string {
  const { X509Certificate } = process.getBuiltinModule("node:crypto");
  return new X509Certificate(certificate).fingerprint256;
}

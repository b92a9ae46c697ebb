// How bytes reach the server: the platform's transport, or a `fetch` the user brings.

/** A WHATWG-compatible fetch function: the global `fetch`, undici's, or a test double. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** TLS settings for HTTPS endpoints (Node only). PEM strings or buffers. */
export interface TlsOptions {
  /** Client certificate, for servers that authenticate clients by certificate (LXD). */
  cert?: string | Uint8Array;
  /** Private key of the client certificate. Never logged. */
  key?: string | Uint8Array;
  /** Certificate authorities to trust instead of the system's. */
  ca?: string | Uint8Array | Array<string | Uint8Array>;
  /**
   * Pin the server: the connection is refused, before any byte of the request is sent, unless the
   * server presents exactly this certificate. Replaces CA and host name checks.
   */
  serverCertificate?: string | Uint8Array;
}

/** How to connect. Only the Node transport (undici) understands sockets, TLS and proxies. */
export interface TransportOptions {
  /** Connect through this unix socket instead of TCP; the URL's host is then ignored. */
  socketPath?: string;
  tls?: TlsOptions;
  /** Honour `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` (default true). */
  proxyFromEnv?: boolean;
  /** Keep-alive connections per origin (default 128). */
  connections?: number;
}

// How bytes reach the server: the platform's transport, or a `fetch` the user brings.

/** A WHATWG-compatible fetch function: the global `fetch`, undici's, or a test double. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * What core reads of an answer before anyone else sees it. A `Response` is one; Node's transport
 * answers with a lighter object that becomes a `Response` (`toResponse()`) only when someone asks,
 * so a typed call that only wants the parsed body never builds one.
 */
export interface TransportResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
  /** The WHATWG `Response` over the same body; made once. Absent when this already is one. */
  toResponse?(): Response;
}

/** The `Response` of an answer (made from it on first call when the transport answered lightly). */
export function asResponse(answer: TransportResponse): Response {
  return answer.toResponse ? answer.toResponse() : (answer as Response);
}

/**
 * A fetch that may also answer lightly: `send` takes the same arguments and resolves to a
 * {@link TransportResponse}. Core calls `send` when it reads the body itself.
 */
export type Transport = FetchLike & {
  send?: (input: string | URL, init?: RequestInit & { timeout?: number }) => Promise<TransportResponse>;
  /** The transport enforces `init.timeout` itself. */
  handlesTimeout?: boolean;
};

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

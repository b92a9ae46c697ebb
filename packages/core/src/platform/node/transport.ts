// Node's transport: undici's dispatcher API under a WHATWG `Response`, which is what openapi-fetch
// needs, without the cost of undici's fetch layer (about 1.3× the throughput of global fetch on
// loopback; see bench/RESULTS.md). Keep-alive pooling, unix sockets, TLS pinning, proxies,
// redirects and decompression are set up once per client.

import { X509Certificate } from "node:crypto";
import { Readable, pipeline } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import type { TLSSocket } from "node:tls";
import { createRequire } from "node:module";
import type { Agent, buildConnector, Dispatcher, interceptors } from "undici";
import { bodyReadError, withOriginal } from "../../core/body-error.js";
import { ConnectionError } from "../../core/errors.js";
import type { FetchLike, TransportOptions } from "../../core/transport.js";
import { interceptedFetch } from "./fetch-interception.js";
import { FileBody } from "./files.js";

// undici's index loads all of undici (about 50 ms at startup); a client needs only the agent, the
// redirect interceptor and request(), loaded from their own modules when the first request is made.
const load = createRequire(import.meta.url);
const undici = {
  Agent: () => load("undici/lib/dispatcher/agent.js") as typeof Agent,
  // The proxy agent calls `connect()`, which only undici's index adds to dispatchers: proxies load it.
  // By its file path: Bun answers the bare name "undici" with its own partial copy, whose proxy agent
  // fails every request made through this dispatcher ("too many redirects"), NO_PROXY hosts included.
  EnvHttpProxyAgent: () => (load("undici/index.js") as typeof import("undici")).EnvHttpProxyAgent,
  buildConnector: () => load("undici/lib/core/connect.js") as typeof buildConnector,
  redirect: () => load("undici/lib/interceptor/redirect.js") as typeof interceptors.redirect,
  /** `Dispatcher#request` as the index would add it, called on our dispatcher. */
  request: () =>
    load("undici/lib/api/api-request.js") as (this: Dispatcher, options: Dispatcher.RequestOptions) => Promise<Dispatcher.ResponseData>,
};

/** Statuses whose responses have no body by definition. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * A fetch over one undici dispatcher, created once per client and reused by every request.
 * It understands `init.timeout` (ms): the longest wait for the headers and for each piece of the
 * body, enforced by undici's own timers rather than an `AbortSignal` per request.
 */
export function createTransport(options: TransportOptions = {}): FetchLike {
  const makeDispatcher = prepareDispatcher(options);
  let dispatcher: Dispatcher | undefined;
  let request: ReturnType<typeof undici.request> | undefined;
  const socketOrigin = options.socketPath ? "http://localhost" : undefined;
  const transport = async (input: string | URL | Request, init: RequestInit & { timeout?: number } = {}) => {
    const mocked = interceptedFetch(); // a mock (msw's setupServer…) replaced the global fetch: it must see the request
    if (mocked) return mocked(input, init);
    const url = typeof input === "string" ? new URL(input) : input instanceof URL ? input : new URL(input.url);
    const { body, contentType, contentLength } = await toDispatchBody(init.body);
    const headers = toHeaderRecord(init.headers);
    if (contentType && !hasHeader(headers, "content-type")) headers["content-type"] = contentType;
    if (contentLength !== undefined && !hasHeader(headers, "content-length")) headers["content-length"] = String(contentLength);
    const timeout = init.timeout || undefined;
    const {
      statusCode,
      headers: responseHeaders,
      body: responseBody,
    } = await (request ??= undici.request()).call((dispatcher ??= makeDispatcher()), {
      origin: socketOrigin ?? url.origin,
      path: url.pathname + url.search,
      method: (init.method ?? "GET") as Dispatcher.HttpMethod,
      headers,
      body,
      signal: init.signal ?? undefined,
      headersTimeout: timeout,
      bodyTimeout: timeout,
    });
    if (NULL_BODY.has(statusCode)) {
      responseBody.resume();
      return nodeResponse(null, statusCode, responseHeaders, url.href);
    }
    const encoding = responseHeaders["content-encoding"];
    // A failed read of the body (a stall, a reset, a short or corrupt body) is clientele's typed
    // error, named by the URL without its query (a presigned signature stays out).
    const method = init.method ?? "GET";
    const shown = `${url.origin}${url.pathname}`;
    const fail = (error: unknown) =>
      withOriginal(bodyReadError(error, { method, url: shown, status: statusCode, timeout: timeout ?? 0 }), error);
    return nodeResponse(encoding ? decoded(responseBody, encoding) : responseBody, statusCode, responseHeaders, url.href, fail);
  };
  return Object.assign(transport as FetchLike, { handlesTimeout: true });
}

/** The dispatcher of `createTransport`, also used by the websocket connector. */
export function createDispatcher(options: TransportOptions): Dispatcher {
  return prepareDispatcher(options)();
}

/** Checks the options now (a bad pinned certificate fails at construction) and builds the dispatcher when called. */
function prepareDispatcher(options: TransportOptions): () => Dispatcher {
  const tls = options.tls ?? {};
  const connect: Record<string, unknown> = {};
  if (options.socketPath) connect.socketPath = options.socketPath;
  if (tls.cert) connect.cert = toBuffer(tls.cert);
  if (tls.key) connect.key = toBuffer(tls.key);
  if (tls.ca) connect.ca = Array.isArray(tls.ca) ? tls.ca.map(toBuffer) : toBuffer(tls.ca);

  const pinned = tls.serverCertificate ? new X509Certificate(toBuffer(tls.serverCertificate)).fingerprint256 : undefined;
  const useProxy = (options.proxyFromEnv ?? true) && !options.socketPath && !pinned && hasProxyEnv();
  return () => {
    const agentOptions: Agent.Options = { connections: options.connections ?? 128, keepAliveTimeout: 10_000, connect };
    if (pinned) agentOptions.connect = pinnedConnector(connect, pinned);
    const agent = useProxy ? new (undici.EnvHttpProxyAgent())(agentOptions) : new (undici.Agent())(agentOptions);
    return agent.compose(undici.redirect()({ maxRedirections: 20 }));
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

/** What undici's body offers besides being a Node stream (its mixin reads without a WHATWG stream). */
type UndiciBody = Readable & { text?: () => Promise<string>; arrayBuffer?: () => Promise<ArrayBuffer> };

/**
 * A `Response` whose WHATWG body stream is made only when asked for. `text()`, `json()` and
 * `arrayBuffer()` read undici's body directly (no web stream, no async iterator in between);
 * `body`, `blob()`, `clone()`… switch to a full `Response` over the same stream first.
 */
function defineNodeResponse() {
  return class NodeResponse extends Response {
    #raw: UndiciBody | null;
    #full: Response | undefined;
    #used = false;
    readonly #url: string;
    readonly #fail: (error: unknown) => unknown;

    constructor(
      raw: UndiciBody | null,
      status: number,
      headers: Record<string, string | string[] | undefined>,
      url: string,
      fail: (error: unknown) => unknown,
    ) {
      super(null, { status, headers: toHeaderPairs(headers) });
      this.#raw = raw;
      this.#url = url;
      this.#fail = fail;
    }

    /** A read of the whole body, its failure typed. */
    #read<T>(read: () => Promise<T>): Promise<T> {
      try {
        return read().catch((error: unknown) => Promise.reject(this.#fail(error)));
      } catch (error) {
        return Promise.reject(error);
      }
    }

    override get url(): string {
      return this.#url;
    }

    /** The full `Response` over the raw body, for everything but the direct reads. */
    #materialise(): Response {
      if (!this.#full) {
        // A body already read directly is used up: the full Response shows it as such.
        const body = this.#used ? emptyUsedStream() : this.#raw && webStreamOf(this.#raw, this.#fail);
        this.#full = new Response(body, { status: this.status, headers: this.headers });
      }
      return this.#full;
    }

    /** The raw body for a direct read, or undefined when the full Response must serve it. */
    #direct(): UndiciBody | undefined {
      if (this.#full || !this.#raw || typeof this.#raw.text !== "function") return undefined;
      if (this.#used) throw new TypeError("Body is unusable: Body has already been read");
      this.#used = true;
      return this.#raw;
    }

    override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
      return this.#raw ? this.#materialise().body : null;
    }

    override get bodyUsed(): boolean {
      return this.#full ? this.#full.bodyUsed : this.#used;
    }

    override text(): Promise<string> {
      if (!this.#raw) return Promise.resolve("");
      return this.#read(() => {
        const raw = this.#direct();
        return raw ? raw.text!() : this.#materialise().text();
      });
    }

    override async json(): Promise<any> {
      return JSON.parse(await this.text());
    }

    override arrayBuffer(): Promise<ArrayBuffer> {
      if (!this.#raw) return Promise.resolve(new ArrayBuffer(0));
      return this.#read(() => {
        const raw = this.#direct();
        return raw ? raw.arrayBuffer!() : this.#materialise().arrayBuffer();
      });
    }

    override blob(): Promise<Blob> {
      return this.#raw ? this.#read(() => this.#materialise().blob()) : super.blob();
    }

    override bytes(): Promise<Uint8Array<ArrayBuffer>> {
      return this.#raw ? this.#read(() => this.#materialise().bytes()) : super.bytes();
    }

    override formData(): Promise<FormData> {
      return this.#raw ? this.#materialise().formData() : super.formData();
    }

    override clone(): Response {
      if (this.bodyUsed) throw new TypeError("Response.clone: Body has already been consumed.");
      const copy = this.#raw ? this.#materialise().clone() : super.clone();
      Object.defineProperty(copy, "url", { value: this.#url });
      return copy;
    }
  };
}

// Defined on first use: `extends Response` at import would load Node's built-in fetch (several ms).
let NodeResponse: ReturnType<typeof defineNodeResponse> | undefined;

function nodeResponse(
  raw: UndiciBody | null,
  status: number,
  headers: Record<string, string | string[] | undefined>,
  url: string,
  fail: (error: unknown) => unknown = (error) => error,
): Response {
  NodeResponse ??= defineNodeResponse();
  return new NodeResponse(raw, status, headers, url, fail);
}

/**
 * A Node stream as a web stream, its chunks passed on as they are. `new Response(nodeStream)`
 * would read it through an async iterator and copy every chunk (about 1.5× slower for downloads).
 */
function webStreamOf(raw: Readable, fail: (error: unknown) => unknown): ReadableStream<Uint8Array> {
  // Once the stream is closed, errored or cancelled, late events from the socket are dropped:
  // touching a finished controller throws outside any caller's reach (an uncaught exception).
  let finished = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        raw.on("data", (chunk: Uint8Array) => {
          if (finished) return;
          controller.enqueue(chunk);
          if ((controller.desiredSize ?? 0) <= 0) raw.pause();
        });
        raw.once("end", () => {
          if (finished) return;
          finished = true;
          controller.close();
        });
        raw.on("error", (error) => {
          if (finished) return;
          finished = true;
          // Typed like a direct read's failure: a reset mid-body is clientele's ConnectionError.
          controller.error(fail(error));
        });
      },
      pull() {
        raw.resume();
      },
      cancel(reason) {
        finished = true;
        raw.destroy(reason instanceof Error ? reason : undefined);
      },
    },
    { highWaterMark: 4 },
  );
}

/** A stream that is already disturbed, so a full Response made after a direct read reports `bodyUsed`. */
function emptyUsedStream(): ReadableStream {
  const stream = new ReadableStream();
  void stream.getReader().read();
  return stream;
}

/** The body, decompressed when the server encoded it (we never ask for it, but some servers do anyway). */
function decoded(body: Readable, encoding: string | string[] | undefined): UndiciBody {
  const coding = typeof encoding === "string" ? encoding.trim().toLowerCase() : "";
  const decoder =
    coding === "gzip" || coding === "x-gzip"
      ? createGunzip()
      : coding === "deflate"
        ? createInflate()
        : coding === "br"
          ? createBrotliDecompress()
          : undefined;
  return decoder ? pipeline(body, decoder, () => {}) : body;
}

/** Request bodies as the dispatcher takes them; types fetch would encode are encoded the same way. */
async function toDispatchBody(
  body: BodyInit | null | undefined,
): Promise<{ body: Dispatcher.DispatchOptions["body"]; contentType?: string; contentLength?: number }> {
  if (body == null) return { body: null };
  if (typeof body === "string" || body instanceof Uint8Array) return { body };
  if (body instanceof ArrayBuffer) return { body: new Uint8Array(body) };
  if (ArrayBuffer.isView(body)) return { body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
  if (body instanceof URLSearchParams) return { body: body.toString(), contentType: "application/x-www-form-urlencoded;charset=UTF-8" };
  // undici's writer is done with a chunk (written, or drained) before it asks for the next: a file
  // body can reuse its buffers here, sparing the garbage collector (see FileBody.reusingBuffers).
  // (undici takes async iterables, though its types list only streams.)
  if (body instanceof FileBody) return { body: body.reusingBuffers() as unknown as Readable };
  if (body instanceof Readable) return { body };
  if (body instanceof ReadableStream) return { body: Readable.fromWeb(body as NodeReadableStream) };
  // Blob and FormData: let the platform encode them (multipart boundary, blob type).
  const encoded = new Response(body as BodyInit);
  // A Blob's size is known, as fetch would send it: a Content-Length, not chunks (presigned PUTs refuse chunks).
  const contentLength = body instanceof Blob ? body.size : undefined;
  return {
    body: Readable.fromWeb(encoded.body as NodeReadableStream),
    contentType: encoded.headers.get("content-type") ?? undefined,
    contentLength,
  };
}

function toHeaderRecord(headers: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  if (headers instanceof Headers)
    headers.forEach((value, name) => {
      out[name] = value;
    });
  else if (Array.isArray(headers)) for (const [name, value] of headers) out[name!.toLowerCase()] = value!;
  else for (const name in headers) out[name.toLowerCase()] = (headers as Record<string, string>)[name]!;
  return out;
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return name in headers;
}

function toHeaderPairs(headers: Record<string, string | string[] | undefined>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const name in headers) {
    const value = headers[name];
    if (Array.isArray(value)) for (const v of value) pairs.push([name, v]);
    else if (value !== undefined) pairs.push([name, value]);
  }
  return pairs;
}

function hasProxyEnv(): boolean {
  const env = process.env;
  return Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
}

function toBuffer(value: string | Uint8Array): Buffer {
  return typeof value === "string" ? Buffer.from(value) : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

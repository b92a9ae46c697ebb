// Node's transport: undici's dispatcher under a fetch, without the cost of undici's fetch layer
// (about twice the throughput of global fetch on loopback; see bench/RESULTS.md). Typed calls take
// its `send`, whose answer becomes a WHATWG `Response` only when someone asks for one.

import type { Readable as NodeReadable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import type { Dispatcher } from "undici";
import { bodyReadError, withOriginal } from "../../core/body-error.js";
import { isStream } from "../../core/raw-body.js";
import type { Transport, TransportOptions } from "../../core/transport.js";
import { type BodySource, fromNodeStream, toNodeStream } from "./body-source.js";
import { dispatch } from "./dispatch.js";
import { prepareDispatcher } from "./dispatcher.js";
import { interceptedFetch } from "./fetch-interception.js";
import { FileBody } from "./files.js";
import { LazyResponse } from "./lazy-response.js";
import { type Hop, MAX_REDIRECTS, nextHop } from "./redirect.js";

// zlib only for the rare server that compresses unasked: loading it costs a one-shot script about 2 ms.
const zlib = () => process.getBuiltinModule("node:zlib");
const { Readable, pipeline } = process.getBuiltinModule("node:stream");

/** Statuses whose responses have no body by definition. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

type SendInit = RequestInit & { timeout?: number };

/**
 * A fetch over one undici dispatcher, created once per client and reused by every request.
 * It understands `init.timeout` (ms): the longest wait for the headers and for each piece of the
 * body, enforced by undici's own timers rather than an `AbortSignal` per request.
 */
export function createTransport(options: TransportOptions = {}): Transport {
  const makeDispatcher = prepareDispatcher(options);
  let dispatcher: Dispatcher | undefined;
  const socketOrigin = options.socketPath ? "http://localhost" : undefined;

  const send = async (input: string | URL, init: SendInit = {}): Promise<LazyResponse> => {
    let hop: Hop = {
      url: typeof input === "string" ? new URL(input) : input,
      method: init.method ?? "GET",
      headers: toHeaderRecord(init.headers),
      body: init.body,
    };
    const timeout = init.timeout || undefined;
    let visited: Set<string> | undefined;
    for (let redirects = 0; ; redirects++) {
      const { url, method } = hop;
      const { body, contentType, contentLength } = toDispatchBody(hop.body as BodyInit | null | undefined);
      const headers = contentType || contentLength !== undefined ? { ...hop.headers } : hop.headers;
      if (contentType && !("content-type" in headers)) headers["content-type"] = contentType;
      if (contentLength !== undefined && !("content-length" in headers)) headers["content-length"] = String(contentLength);
      const head = await dispatch(
        (dispatcher ??= makeDispatcher()),
        {
          origin: socketOrigin ?? url.origin,
          path: url.pathname + url.search,
          method: method as Dispatcher.HttpMethod,
          headers,
          body,
          headersTimeout: timeout,
          bodyTimeout: timeout,
        },
        init.signal,
      );
      const next = init.redirect === "manual" ? undefined : nextHop(head.status, head.headers.location, hop, !isStream(hop.body));
      if (next) {
        head.body.attach(DISCARD); // read to its end: the connection stays reusable
        if (init.redirect === "error") throw new TypeError(`the server redirected (${head.status}) and this request forbids redirects`);
        if (redirects >= MAX_REDIRECTS) throw new TypeError(`too many redirects (more than ${MAX_REDIRECTS})`);
        // Back to a request already made (same method, same URL): a loop, stopped now rather than after
        // 20 hops. The method counts: a POST answered by a 303 to its own URL is then fetched by GET.
        (visited ??= new Set()).add(`${method} ${url.href}`);
        if (visited.has(`${next.method} ${next.url.href}`)) {
          throw new TypeError("redirect loop: the server redirects back to a request already made");
        }
        hop = next;
        continue;
      }
      // A failed read of the body (a stall, a reset, a short or corrupt body) is clientele's typed
      // error, named by the URL without its query (a presigned signature stays out).
      const shown = `${url.origin}${url.pathname}`;
      const fail = (error: unknown) =>
        withOriginal(bodyReadError(error, { method, url: shown, status: head.status, timeout: timeout ?? 0 }), error);
      if (NULL_BODY.has(head.status)) {
        head.body.attach(DISCARD);
        return new LazyResponse(null, head.status, head.headers, url.href, fail);
      }
      const encoding = head.headers["content-encoding"];
      return new LazyResponse(encoding ? decoded(head.body, encoding) : head.body, head.status, head.headers, url.href, fail);
    }
  };

  const transport = (input: string | URL | Request, init: SendInit = {}): Promise<Response> => {
    const mocked = interceptedFetch(); // a mock (msw's setupServer…) replaced the global fetch: it must see the request
    if (mocked) return mocked(input, init);
    if (typeof input !== "string" && !(input instanceof URL)) return send(input.url, requestInit(input, init)).then((r) => r.toResponse());
    return send(input, init).then((r) => r.toResponse());
  };
  return Object.assign(transport, {
    handlesTimeout: true,
    send: (input: string | URL, init?: SendInit) => {
      const mocked = interceptedFetch();
      return mocked ? mocked(input, init) : send(input, init);
    },
  });
}

/** A `Request`'s fields under `init`'s (fetch's rule when both are given). */
function requestInit(request: Request, init: SendInit): SendInit {
  return {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: request.signal,
    ...init,
  };
}

/** A body nobody will read (a 204's, a redirect's): whatever arrives is dropped. */
const DISCARD = { write: () => true, end: () => {}, error: () => {} };

/** The body, decompressed when the server encoded it (we never ask for it, but some servers do anyway). */
function decoded(body: BodySource, encoding: string | string[] | undefined): BodySource {
  const coding = typeof encoding === "string" ? encoding.trim().toLowerCase() : "";
  const decoder =
    coding === "gzip" || coding === "x-gzip"
      ? zlib().createGunzip()
      : coding === "deflate"
        ? zlib().createInflate()
        : coding === "br"
          ? zlib().createBrotliDecompress()
          : undefined;
  return decoder ? fromNodeStream(pipeline(toNodeStream(body), decoder, () => {})) : body;
}

/** Request bodies as the dispatcher takes them; types fetch would encode are encoded the same way. */
function toDispatchBody(body: BodyInit | null | undefined): {
  body: Dispatcher.DispatchOptions["body"];
  contentType?: string;
  contentLength?: number;
} {
  if (body == null) return { body: null };
  if (typeof body === "string" || body instanceof Uint8Array) return { body };
  if (body instanceof ArrayBuffer) return { body: new Uint8Array(body) };
  if (ArrayBuffer.isView(body)) return { body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
  if (body instanceof URLSearchParams) return { body: body.toString(), contentType: "application/x-www-form-urlencoded;charset=UTF-8" };
  // undici's writer is done with a chunk (written, or drained) before it asks for the next: a file
  // body can reuse its buffers here, sparing the garbage collector (see FileBody.reusingBuffers).
  // (undici takes async iterables, though its types list only streams.)
  if (body instanceof FileBody) return { body: body.reusingBuffers() as unknown as NodeReadable };
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
  // Plain objects first: looking at the global `Headers` would load Node's built-in fetch.
  if (Array.isArray(headers)) for (const [name, value] of headers) out[name!.toLowerCase()] = value!;
  else if (typeof (headers as Headers).forEach === "function")
    (headers as Headers).forEach((value, name) => {
      out[name] = value;
    });
  else for (const name in headers) out[name.toLowerCase()] = (headers as Record<string, string>)[name]!;
  return out;
}

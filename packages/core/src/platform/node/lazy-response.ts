// The Node transport's answers. A `LazyResponse` is what core reads: status, headers and the body
// straight from the socket's chunks, with no WHATWG object made. `toResponse()` turns it into a
// real `Response` for whoever asks (a user, middleware); that one still reads `text()`, `json()`
// and `arrayBuffer()` directly, and makes a web stream only for `body`, `blob()`, `clone()`…

import type { TransportResponse } from "../../core/transport.js";
import { readArrayBuffer, readText, toWebStream, type BodySource } from "./body-source.js";

type RawHeaders = Record<string, string | string[] | undefined>;

/** Header lookups over undici's parsed headers (lower-case names), as `Headers#get` answers them. */
class HeaderLookup {
  readonly #raw: RawHeaders;
  constructor(raw: RawHeaders) {
    this.#raw = raw;
  }
  get(name: string): string | null {
    const value = this.#raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  }
}

/** An answer of the Node transport: a `Response` only when asked. */
export class LazyResponse implements TransportResponse {
  readonly status: number;
  readonly url: string;
  readonly rawHeaders: RawHeaders;
  readonly #source: BodySource | null;
  readonly #fail: (error: unknown) => unknown;
  #headers: HeaderLookup | undefined;
  /** Whether the body was read whole (`text()`…) or handed to a stream. */
  #taken: "read" | "streamed" | undefined;
  #response: Response | undefined;

  constructor(source: BodySource | null, status: number, headers: RawHeaders, url: string, fail: (error: unknown) => unknown) {
    this.#source = source;
    this.status = status;
    this.rawHeaders = headers;
    this.url = url;
    this.#fail = fail;
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get headers(): HeaderLookup {
    return (this.#headers ??= new HeaderLookup(this.rawHeaders));
  }

  get hasBody(): boolean {
    return this.#source !== null;
  }

  /** Whether the body was read whole. */
  get bodyRead(): boolean {
    return this.#taken === "read";
  }

  text(): Promise<string> {
    // Once a Response streams the body (a transcript's clone…), reads go through it.
    if (this.#taken === "streamed") return this.#response!.text();
    return this.#readWhole(readText, "");
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    if (this.#taken === "streamed") return this.#response!.arrayBuffer();
    return this.#readWhole(readArrayBuffer, new ArrayBuffer(0));
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  #readWhole<T>(read: (source: BodySource) => Promise<T>, empty: T): Promise<T> {
    if (!this.#source) return Promise.resolve(empty);
    if (this.#taken) return Promise.reject(new TypeError("Body is unusable: Body has already been read"));
    this.#taken = "read";
    return read(this.#source).catch((error: unknown) => Promise.reject(this.#fail(error)));
  }

  /** The body as a web stream; one already read whole shows as used up. */
  takeStream(): ReadableStream<Uint8Array> | null {
    if (!this.#source) return null;
    if (this.#taken) return usedStream();
    this.#taken = "streamed";
    return toWebStream(this.#source, this.#fail);
  }

  toResponse(): Response {
    NodeResponse ??= defineNodeResponse();
    return (this.#response ??= new NodeResponse(this));
  }
}

/**
 * A `Response` over a {@link LazyResponse}: `text()`, `json()` and `arrayBuffer()` read its body
 * directly; `body`, `blob()`, `clone()`… switch to a full `Response` over its web stream first.
 */
function defineNodeResponse() {
  return class NodeResponse extends Response {
    readonly #answer: LazyResponse;
    #full: Response | undefined;

    constructor(answer: LazyResponse) {
      super(null, { status: answer.status, headers: toHeaderPairs(answer.rawHeaders) });
      this.#answer = answer;
    }

    override get url(): string {
      return this.#answer.url;
    }

    #materialise(): Response {
      return (this.#full ??= new Response(this.#answer.takeStream(), { status: this.status, headers: this.headers }));
    }

    override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
      return this.#answer.hasBody ? this.#materialise().body : null;
    }

    override get bodyUsed(): boolean {
      return this.#full ? this.#full.bodyUsed : this.#answer.bodyRead;
    }

    override text(): Promise<string> {
      return this.#full ? this.#full.text() : this.#answer.text();
    }

    override async json(): Promise<any> {
      return JSON.parse(await this.text());
    }

    override arrayBuffer(): Promise<ArrayBuffer> {
      return this.#full ? this.#full.arrayBuffer() : this.#answer.arrayBuffer();
    }

    override blob(): Promise<Blob> {
      return this.#answer.hasBody ? this.#materialise().blob() : super.blob();
    }

    override bytes(): Promise<Uint8Array<ArrayBuffer>> {
      return this.#answer.hasBody ? this.#materialise().bytes() : super.bytes();
    }

    override formData(): Promise<FormData> {
      return this.#answer.hasBody ? this.#materialise().formData() : super.formData();
    }

    override clone(): Response {
      if (this.bodyUsed) throw new TypeError("Response.clone: Body has already been consumed.");
      const copy = this.#answer.hasBody ? this.#materialise().clone() : super.clone();
      Object.defineProperty(copy, "url", { value: this.#answer.url });
      return copy;
    }
  };
}

// Defined on first use: `extends Response` at import would load Node's built-in fetch (several ms).
let NodeResponse: ReturnType<typeof defineNodeResponse> | undefined;

/** A stream that is already disturbed, so a full Response made after a direct read reports `bodyUsed`. */
function usedStream(): ReadableStream<Uint8Array> {
  const stream = new ReadableStream<Uint8Array>();
  void stream.getReader().read();
  return stream;
}

function toHeaderPairs(headers: RawHeaders): [string, string][] {
  const pairs: [string, string][] = [];
  for (const name in headers) {
    const value = headers[name];
    if (Array.isArray(value)) for (const v of value) pairs.push([name, v]);
    else if (value !== undefined) pairs.push([name, value]);
  }
  return pairs;
}

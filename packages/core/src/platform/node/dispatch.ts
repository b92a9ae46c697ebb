// One request through undici's dispatcher, answered with its status, headers and a body read on
// demand. This is undici's `request()` without the Node stream it builds for every response: the
// socket's chunks go straight to whoever reads the body (bench/NOTES.md has the measurements).

import type { Dispatcher } from "undici";
import type { BodySource, Sink } from "./body-source.js";

/** What arrives first: the status line and headers, and the body still to come. */
export interface DispatchedHead {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: BodySource;
}

/** Bytes kept for a body nobody reads yet; past this the socket waits. */
const UNREAD_LIMIT = 1 << 20;

/** Sends one request; resolves at its headers, rejects when it fails before them or `signal` aborts. */
export function dispatch(
  dispatcher: Dispatcher,
  options: Dispatcher.DispatchOptions,
  signal?: AbortSignal | null,
): Promise<DispatchedHead> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    dispatcher.dispatch(options, new ResponseHandler(resolve, reject, signal ?? undefined));
  });
}

const cancelled = () => new DOMException("the body was cancelled", "AbortError");

/** undici's handler for one response, and the source of its body. */
class ResponseHandler implements Dispatcher.DispatchHandler, BodySource {
  readonly #resolve: (head: DispatchedHead) => void;
  readonly #reject: (error: unknown) => void;
  readonly #signal: AbortSignal | undefined;
  readonly #onAbort: (() => void) | undefined;
  #controller: Dispatcher.DispatchController | undefined;
  /** Why the request was aborted before undici gave us its controller. */
  #abortReason: unknown;
  #settled = false;
  #sink: Sink | undefined;
  #pending: Uint8Array[] = [];
  #pendingBytes = 0;
  #done = false;
  #failed = false;
  #error: unknown;

  constructor(resolve: (head: DispatchedHead) => void, reject: (error: unknown) => void, signal: AbortSignal | undefined) {
    this.#resolve = resolve;
    this.#reject = reject;
    this.#signal = signal;
    if (signal) {
      this.#onAbort = () => this.#abort(signal.reason);
      signal.addEventListener("abort", this.#onAbort, { once: true });
    }
  }

  #abort(reason: unknown): void {
    if (this.#controller) {
      this.#controller.abort(reason as Error);
      return;
    }
    // Not started yet (waiting for a connection): fail now, and stop it when it starts.
    this.#abortReason = reason ?? cancelled();
    if (!this.#settled) {
      this.#settled = true;
      this.#reject(this.#abortReason);
    }
  }

  #release(): void {
    if (this.#onAbort) this.#signal!.removeEventListener("abort", this.#onAbort);
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.#controller = controller;
    if (this.#abortReason !== undefined) controller.abort(this.#abortReason as Error);
  }

  onResponseStart(controller: Dispatcher.DispatchController, status: number, headers: Record<string, string | string[] | undefined>): void {
    this.#controller = controller;
    if (this.#settled) return;
    this.#settled = true;
    this.#resolve({ status, headers, body: this });
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    // undici flushes its parser with an empty chunk on resume: pausing on that one would stall the
    // body forever (every resume gives another).
    if (chunk.byteLength === 0) return;
    if (this.#sink) {
      if (!this.#sink.write(chunk)) controller.pause();
      return;
    }
    this.#pending.push(chunk);
    this.#pendingBytes += chunk.byteLength;
    if (this.#pendingBytes >= UNREAD_LIMIT) controller.pause();
  }

  onResponseEnd(): void {
    this.#done = true;
    this.#release();
    this.#sink?.end();
  }

  onResponseError(_controller: Dispatcher.DispatchController | undefined, error: Error): void {
    this.#release();
    if (!this.#settled) {
      this.#settled = true;
      this.#reject(error);
      return;
    }
    if (this.#done) return;
    this.#done = true;
    this.#failed = true;
    this.#error = error;
    this.#pending = [];
    this.#sink?.error(error);
  }

  attach(sink: Sink): void {
    if (this.#sink) throw new TypeError("Body is unusable: Body has already been read");
    this.#sink = sink;
    const pending = this.#pending;
    this.#pending = [];
    this.#pendingBytes = 0;
    let wantsMore = true;
    for (const chunk of pending) wantsMore = sink.write(chunk);
    if (this.#failed) sink.error(this.#error);
    else if (this.#done) sink.end();
    else if (wantsMore) this.#controller?.resume();
  }

  resume(): void {
    if (!this.#done) this.#controller?.resume();
  }

  cancel(reason?: unknown): void {
    this.#pending = [];
    if (this.#done) return;
    this.#controller?.abort((reason instanceof Error ? reason : cancelled()) as Error);
  }
}

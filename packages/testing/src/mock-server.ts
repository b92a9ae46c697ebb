// A standalone mock server (node:http on 127.0.0.1) serving an API's validated defaults and handlers.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { BlobStore } from "./blob-store.js";
import { closestNames } from "./closest-names.js";
import { isPreflight, preflightHeaders, responseCorsHeaders } from "./cors.js";
import { readBytes } from "./fetch-conversion.js";
import { findOperation, type Spec, type SpecInput } from "./load-spec.js";
import { isJsonMediaType, mediaType, toHeaders } from "./media.js";
import { MockEngine, type MockAnswer, type MockEngineOptions } from "./mock-engine.js";
import type { Operation } from "./operation-index.js";
import type { CallRecorder, RecordedCall } from "./recorder.js";
import { blobKey } from "./rewrite-urls.js";
import type { HeadersInit, Violation } from "./types.js";
import type { InspectedRequest } from "./validate-request.js";

/** What a server handler answers: status (default: 200), headers, and a body (JSON value, text or bytes). */
export interface ServerReply {
  status?: number;
  headers?: Record<string, string>;
  /** Objects, arrays, numbers, booleans and `null` are sent as JSON; strings and bytes as they are. */
  body?: unknown;
}

/**
 * Answers one operation on the mock server. Return a {@link ServerReply} or a Fetch `Response`, or nothing to
 * send the spec's default answer. The answer is validated against the spec like any other.
 */
export type ServerHandler = (
  call: Omit<RecordedCall, "operation"> & { operation: Operation },
) => ServerReply | Response | undefined | void | Promise<ServerReply | Response | undefined | void>;

/** Options of {@link startMockServer}. */
export interface MockServerOptions extends MockEngineOptions {
  /** Port to listen on; 0 or absent picks a free one. */
  port?: number;
  /** Interface to listen on (default `127.0.0.1`). */
  host?: string;
  /** Handlers by operationId or `"METHOD /path/template"`. */
  handlers?: Record<string, ServerHandler>;
  /**
   * Lets pages on other origins call the server (default `false`; the `clientele-mock` CLI turns it on):
   * preflights (OPTIONS with `Access-Control-Request-Method`) get a 204 allowing the origin, method and
   * headers asked for, and are neither recorded nor validated; every answer gets `Access-Control-Allow-Origin`
   * (the request's `Origin`, or `*`) and `Access-Control-Expose-Headers` (its own headers, `Retry-After`,
   * `Location`…).
   */
  cors?: boolean;
}

/** A running mock server. */
export interface MockServer {
  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** The port listened on. */
  readonly port: number;
  /** The spec served. */
  readonly spec: Spec;
  /** Every request received, by operation. */
  readonly calls: CallRecorder;
  /** Every violation so far. */
  readonly violations: readonly Violation[];
  /** Uploads received on rewritten transfer URLs. */
  readonly blobs: BlobStore;
  /** @throws SpecViolationError listing every violation so far. */
  assertNoViolations(): void;
  /** Forgets calls, violations and uploads. */
  reset(): void;
  /** For `afterEach`: forgets calls, violations and uploads, then throws a `SpecViolationError` if there were violations. */
  verifyAndReset(): void;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** Largest request body read into memory for validation (transfer-URL uploads are streamed instead). */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

/**
 * Starts a mock server for an API on 127.0.0.1: every operation answers with its handler or the spec's
 * example, every request and answer is validated, requests not in the spec get 501, and pre-signed
 * transfer URLs in answers point back at the server, which accepts the uploads and serves the downloads.
 * The host name is ignored: paths of every server of the spec (e.g. ABEJA's inference host) are served.
 *
 * @param api - The spec: an API name (`"nextmv"`), a file path, a document or a loaded spec.
 * @param options - Port, host, handlers, violation hook, `cors` for pages on other origins.
 * @returns The running server; `close()` it when done.
 *
 * @example
 * const server = await startMockServer("abeja", { handlers: { getDeployment: ({ params }) => ({ body: { deployment_id: params.deployment_id, name: "x" } }) } });
 * await fetch(`${server.url}/organizations/1/deployments/2`);
 * await server.close();
 */
export async function startMockServer(api: SpecInput, options: MockServerOptions = {}): Promise<MockServer> {
  const engine = new MockEngine(api, options);
  const handlers = new Map<Operation, ServerHandler>();
  for (const [key, handler] of Object.entries(options.handlers ?? {})) {
    const op = findOperation(engine.spec, key);
    if (!op) {
      const names = engine.spec.operations.map((o) => o.operationId ?? `${o.method.toUpperCase()} ${o.path}`);
      const near = closestNames(key, names).map((n) => `"${n}"`);
      throw new Error(`handler "${key}" names no operation of the ${engine.spec.api} spec; did you mean ${near.join(", ")}?`);
    }
    handlers.set(op, handler);
  }
  const cors = options.cors ?? false;
  const server = createServer((req, res) => {
    if (cors && isPreflight(req)) {
      req.resume();
      res.writeHead(204, preflightHeaders(req)).end();
      return;
    }
    const reply = (answer: MockAnswer, head: boolean) =>
      send(res, cors ? { ...answer, headers: { ...answer.headers, ...responseCorsHeaders(req, answer.headers) } } : answer, head);
    handle(engine, handlers, req).then(
      (answer) => reply(answer, req.method === "HEAD"),
      (error: unknown) =>
        reply(
          {
            status: 599,
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ error: "mock_failure", message: (error as Error)?.message ?? String(error) }),
          },
          false,
        ),
    );
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    spec: engine.spec,
    calls: engine.calls,
    violations: engine.violations,
    blobs: engine.blobs,
    assertNoViolations: () => engine.assertNoViolations(),
    reset: () => engine.reset(),
    verifyAndReset: () => engine.verifyAndReset(),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(engine: MockEngine, handlers: Map<Operation, ServerHandler>, req: IncomingMessage): Promise<MockAnswer> {
  const method = req.method ?? "GET";
  const rawUrl = req.url ?? "/";
  const path = new URL(rawUrl, "http://x").pathname;
  const selfOrigin = `http://${req.headers.host ?? "127.0.0.1"}`;
  const key = blobKey(path);
  if (key !== undefined) return engine.blobAnswer(method, key, req, req.headers["content-type"]);
  const body = await readBody(req);
  const inspected = engine.receive({ method, url: rawUrl, headers: req.headers as HeadersInit, ...(body ? { body } : {}) });
  if (inspected.violations.length > 0 || inspected.match.kind !== "operation") return engine.violationAnswer(inspected.violations);
  const denied = engine.unauthorizedAnswer(inspected);
  if (denied) return denied;
  const operation = inspected.match.operation;
  const handler = handlers.get(operation);
  const call = engine.calls.all.at(-1)!;
  const reply = handler ? await handler({ ...call, operation }) : undefined;
  if (!reply) return engine.defaultAnswer(inspected, selfOrigin);
  const answer = reply instanceof Response ? await fromResponse(reply) : fromReply(reply);
  return checked(engine, inspected, answer);
}

function checked(engine: MockEngine, inspected: InspectedRequest, answer: MockAnswer): MockAnswer {
  const violations = engine.checkAnswer(inspected, answer);
  return violations.length > 0 ? engine.violationAnswer(violations) : answer;
}

async function fromResponse(response: Response): Promise<MockAnswer> {
  const body = await readBytes(response);
  return { status: response.status, headers: Object.fromEntries(response.headers), ...(body ? { body } : {}) };
}

function fromReply(reply: ServerReply): MockAnswer {
  const headers = Object.fromEntries([...toHeaders(reply.headers)]);
  const { body } = reply;
  if (body === undefined) return { status: reply.status ?? 200, headers };
  if (typeof body === "string" || body instanceof Uint8Array) return { status: reply.status ?? 200, headers, body };
  headers["content-type"] ??= "application/json";
  const type = mediaType(headers["content-type"]);
  return { status: reply.status ?? 200, headers, body: isJsonMediaType(type) ? JSON.stringify(body) : String(body) };
}

async function readBody(req: IncomingMessage): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) throw new Error(`request body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return size === 0 ? undefined : Buffer.concat(chunks);
}

function send(res: ServerResponse, answer: MockAnswer, head: boolean): void {
  res.writeHead(answer.status, answer.status === 599 ? "Spec Violation" : undefined, answer.headers);
  res.end(head || answer.body === undefined ? undefined : answer.body);
}

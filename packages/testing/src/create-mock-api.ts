// Typed msw handlers for one API: every request and every mocked response is validated against the spec.
import { http, HttpResponse, type HttpHandler, type HttpResponseInit } from "msw";
import type { BlobStore } from "./blob-store.js";
import { answerToResponse, readBytes, requestToSample } from "./fetch-conversion.js";
import { deepMerge } from "./deep-merge.js";
import type {
  DeepPartial,
  JsonBodyAt,
  MockMethod,
  OperationAt,
  PathParamsOf,
  PathsWithMethod,
  QueryOf,
  RequestBodyOf,
  StatusOf,
  TypedResponse,
} from "./handler-types.js";
import type { Spec, SpecInput } from "./load-spec.js";
import { matchOperation } from "./match-operation.js";
import { MockEngine, type MockEngineOptions } from "./mock-engine.js";
import type { Operation } from "./operation-index.js";
import type { CallRecorder } from "./recorder.js";
import { blobKey } from "./rewrite-urls.js";
import { expandServerUrl, serverOriginPattern } from "./servers.js";
import type { Violation } from "./types.js";

/** Options of {@link createMockApi}. */
export interface MockApiOptions extends MockEngineOptions {
  /**
   * The base URL the client under test calls, e.g. `https://api.example.com` or `http://localhost/api`.
   * Defaults to the spec's first server. Requests to the spec's servers' hosts (e.g. ABEJA's
   * `https://{organization_id}.api.abeja.io`) are handled too.
   */
  baseUrl?: string;
}

/** Builds responses typed by the operation's response for `status`. */
export interface ResponseBuilder<Op, S extends StatusOf<Op>> {
  /** A JSON response with the given status; the body must match that response's JSON schema type. */
  json(body: JsonBodyAt<Op, S>, init?: HttpResponseInit): TypedResponse<Op>;
  /**
   * A JSON response whose body is the spec's example for this status (a value built from the schema when
   * there is none) with `partial` deep-merged over it: objects merge at any depth, arrays and other values
   * replace, `undefined` removes a property. The result is validated like any answer.
   *
   * @example
   * ```ts
   * import type { paths } from "@clientele/nextmv-types";
   * import { createMockApi } from "@clientele/testing";
   * const nextmv = createMockApi<paths>("nextmv");
   * nextmv.get("/v1/applications/{application_id}/runs/{run_id}/metadata", ({ response }) =>
   *   response(200).merge({ metadata: { status_v2: "failed", error: "out of memory" } }));
   * ```
   */
  merge(partial: DeepPartial<JsonBodyAt<Op, S>>, init?: HttpResponseInit): TypedResponse<Op>;
  /** A text response with the given status (for text or binary responses). */
  text(body: string, init?: HttpResponseInit): TypedResponse<Op>;
  /** A response without a body. */
  empty(init?: HttpResponseInit): TypedResponse<Op>;
}

/** What a typed handler's resolver receives. */
export interface HandlerInfo<Op> {
  /** The intercepted request (its body is still unread). */
  request: Request;
  /** Path parameters, by the names of the path template. */
  params: PathParamsOf<Op>;
  /** Query parameters as sent. */
  query: QueryOf<Op>;
  /** The request body, already parsed (JSON) and validated. */
  body: RequestBodyOf<Op>;
  /** The operation matched. */
  operation: Operation;
  /**
   * Typed response builders: `response(200).json({...})`, `response(404).json(error)`, `response(204).empty()`.
   * For `default` or range keys, pass the status in `init`.
   */
  response: <S extends StatusOf<Op>>(status: S) => ResponseBuilder<Op, S>;
}

/**
 * A typed resolver: returns a response typed by the operation's responses, or nothing to answer with the
 * spec's default (example) response.
 */
export type TypedResolver<Op> = (
  info: HandlerInfo<Op>,
) => TypedResponse<Op> | undefined | void | Promise<TypedResponse<Op> | undefined | void>;

/** Handler builders and state of one mocked API. Create one with {@link createMockApi}. */
export interface MockApi<Paths> {
  /** The spec served. */
  readonly spec: Spec;
  /**
   * The default handlers: answer every operation of the spec with its example (validated), serve rewritten
   * transfer URLs, and answer requests not in the spec with 501. Pass them to `setupServer(...)`; add
   * typed handlers with `server.use(...)` so they take precedence.
   */
  readonly handlers: HttpHandler[];
  /** Every request received, by operation. */
  readonly calls: CallRecorder;
  /** Every violation so far. */
  readonly violations: readonly Violation[];
  /** Uploads received on rewritten transfer URLs. */
  readonly blobs: BlobStore;
  /** A typed GET handler for a path of the spec. */
  get<P extends PathsWithMethod<Paths, "get">>(path: P, resolver: TypedResolver<OperationAt<Paths, P, "get">>): HttpHandler;
  /** A typed PUT handler. */
  put<P extends PathsWithMethod<Paths, "put">>(path: P, resolver: TypedResolver<OperationAt<Paths, P, "put">>): HttpHandler;
  /** A typed POST handler. */
  post<P extends PathsWithMethod<Paths, "post">>(path: P, resolver: TypedResolver<OperationAt<Paths, P, "post">>): HttpHandler;
  /** A typed PATCH handler. */
  patch<P extends PathsWithMethod<Paths, "patch">>(path: P, resolver: TypedResolver<OperationAt<Paths, P, "patch">>): HttpHandler;
  /** A typed DELETE handler. */
  delete<P extends PathsWithMethod<Paths, "delete">>(path: P, resolver: TypedResolver<OperationAt<Paths, P, "delete">>): HttpHandler;
  /** A typed HEAD handler. */
  head<P extends PathsWithMethod<Paths, "head">>(path: P, resolver: TypedResolver<OperationAt<Paths, P, "head">>): HttpHandler;
  /** A typed OPTIONS handler. */
  options<P extends PathsWithMethod<Paths, "options">>(path: P, resolver: TypedResolver<OperationAt<Paths, P, "options">>): HttpHandler;
  /** @throws SpecViolationError listing every violation seen since the last {@link MockApi.reset}. */
  assertNoViolations(): void;
  /** Forgets calls, violations and uploads (e.g. in `afterEach`). */
  reset(): void;
  /**
   * For `afterEach`: resets msw's handlers (when given the server), then calls, violations and uploads, and
   * only then throws a `SpecViolationError` listing every violation seen, so a failing test never leaves
   * state behind for the next one.
   *
   * @example
   * ```ts
   * import type { paths } from "@clientele/abeja-types";
   * import { createMockApi } from "@clientele/testing";
   * import { setupServer } from "msw/node";
   * import { afterEach } from "vitest";
   * const abeja = createMockApi<paths>("abeja");
   * const server = setupServer(...abeja.handlers);
   * afterEach(() => abeja.verifyAndReset(server));
   * ```
   */
  verifyAndReset(server?: { resetHandlers(): void }): void;
}

/**
 * Creates typed msw handlers for an API, in the spirit of openapi-msw. Paths, path parameters, request and
 * response bodies are checked by `tsc` against the generated `paths` type; at run time every request
 * reaching a handler is validated against the spec, and so is every response a handler returns. A
 * violation is recorded (see `assertNoViolations()` and `onViolation`) and answered with status 599 and a
 * JSON body naming it.
 *
 * @typeParam Paths - The `paths` type generated from the spec (e.g. from `@clientele/abeja-types`).
 * @param api - The spec: an API name (`"abeja"`), a file path, a document or a loaded spec.
 * @param options - Base URL, violation hook, transfer-URL rule.
 *
 * @example
 * const abeja = createMockApi<paths>("abeja", { baseUrl: "https://api.abeja.io" });
 * const server = setupServer(...abeja.handlers);
 * server.use(abeja.get("/organizations/{organization_id}/deployments/{deployment_id}", ({ params, response }) =>
 *   response(200).json({ deployment_id: params.deployment_id, name: "demo" })));
 */
export function createMockApi<Paths extends object = Record<string, Record<MockMethod, unknown>>>(
  api: SpecInput,
  options: MockApiOptions = {},
): MockApi<Paths> {
  const engine = new MockEngine(api, options);
  const spec = engine.spec;
  const allServers = [...(spec.document.servers ?? []), ...spec.operations.flatMap((op) => op.servers)];
  const selfBase = (
    options.baseUrl ?? (spec.document.servers?.[0] ? expandServerUrl(spec.document.servers[0]) : "http://localhost")
  ).replace(/\/+$/, "");
  const base = new URL(selfBase);
  const basePath = base.pathname.replace(/\/+$/, "");
  const origins = serverOriginPattern(allServers);

  /** The request's path and query relative to the API, or `undefined` when the request is not for this API. */
  const apiUrl = (raw: string): string | undefined => {
    const url = new URL(raw);
    if (url.origin === base.origin) {
      if (basePath === "") return url.pathname + url.search;
      if (url.pathname.startsWith(`${basePath}/`)) return url.pathname.slice(basePath.length) + url.search;
    }
    return origins?.test(url.origin) ? url.pathname + url.search : undefined;
  };

  const typed =
    (method: MockMethod) =>
    (path: string, resolver: AnyResolver): HttpHandler =>
      http[method](
        ({ request }) => {
          const rel = apiUrl(request.url);
          if (rel === undefined || blobKey(new URL(rel, "http://x").pathname) !== undefined) return false;
          const match = matchOperation(spec, request.method, rel);
          return match.kind === "operation" && match.operation.path === path && match.operation.method === method;
        },
        async ({ request }) => {
          const inspected = engine.receive(await requestToSample(request, apiUrl(request.url)));
          if (inspected.violations.length > 0 || inspected.match.kind !== "operation")
            return answerToResponse(engine.violationAnswer(inspected.violations));
          const denied = engine.unauthorizedAnswer(inspected);
          if (denied) return answerToResponse(denied);
          const operation = inspected.match.operation;
          const result = await resolver({
            request,
            params: inspected.params as never,
            query: inspected.query as never,
            body: inspected.body as never,
            operation,
            response: ((status: number | string) =>
              responseBuilder(status, (code) => engine.exampleBody(operation, code, selfBase))) as never,
          });
          if (!(result instanceof Response)) return answerToResponse(engine.defaultAnswer(inspected, selfBase));
          const body = await readBytes(result);
          const violations = engine.checkAnswer(inspected, { status: result.status, headers: result.headers, ...(body ? { body } : {}) });
          return violations.length > 0 ? answerToResponse(engine.violationAnswer(violations)) : result;
        },
      );

  const fallback = http.all(
    ({ request }) => apiUrl(request.url) !== undefined,
    async ({ request }) => {
      const rel = apiUrl(request.url)!;
      const key = blobKey(new URL(rel, "http://x").pathname);
      if (key !== undefined) {
        const bytes = await readBytes(request);
        return answerToResponse(
          await engine.blobAnswer(request.method, key, bytes ? [bytes] : [], request.headers.get("content-type") ?? undefined),
        );
      }
      const inspected = engine.receive(await requestToSample(request, rel));
      return answerToResponse(engine.defaultAnswer(inspected, selfBase));
    },
  );

  return {
    spec,
    handlers: [fallback],
    calls: engine.calls,
    violations: engine.violations,
    blobs: engine.blobs,
    get: typed("get") as unknown as MockApi<Paths>["get"],
    put: typed("put") as unknown as MockApi<Paths>["put"],
    post: typed("post") as unknown as MockApi<Paths>["post"],
    patch: typed("patch") as unknown as MockApi<Paths>["patch"],
    delete: typed("delete") as unknown as MockApi<Paths>["delete"],
    head: typed("head") as unknown as MockApi<Paths>["head"],
    options: typed("options") as unknown as MockApi<Paths>["options"],
    assertNoViolations: () => engine.assertNoViolations(),
    reset: () => engine.reset(),
    verifyAndReset: (server) => {
      try {
        server?.resetHandlers();
      } finally {
        engine.verifyAndReset();
      }
    },
  };
}

/** A resolver as the runtime sees it. */
type AnyResolver = (info: Record<string, unknown>) => unknown;

/** Runtime side of {@link HandlerInfo.response}; `example(status)` is the spec's body that `merge` starts from. */
function responseBuilder(status: number | string, example: (status: number) => unknown): ResponseBuilder<unknown, never> {
  const code = (init?: HttpResponseInit) =>
    init?.status ?? (typeof status === "number" ? status : /^\d+$/.test(status) ? Number(status) : 500);
  return {
    json: (body, init) => HttpResponse.json(body as never, { ...init, status: code(init) }) as never,
    merge: (partial, init) => HttpResponse.json(deepMerge(example(code(init)), partial) as never, { ...init, status: code(init) }) as never,
    text: (body, init) => HttpResponse.text(body, { ...init, status: code(init) }) as never,
    empty: (init) => new HttpResponse(null, { ...init, status: code(init) }) as never,
  };
}

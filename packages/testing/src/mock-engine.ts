// What every mock (msw handlers and the standalone server) shares: validate, record, answer by default.
import { BlobStore } from "./blob-store.js";
import { deepMerge } from "./deep-merge.js";
import { defaultResponse, exampleBody, responseKey, type DefaultResponse } from "./default-response.js";
import { edgeShape, randomShape } from "./edge-shape.js";
import { isJsonMediaType, mediaType } from "./media.js";
import { joinPointer } from "./refs.js";
import { validateAgainst } from "./schema-validator.js";
import { loadSpec, type Spec, type SpecInput } from "./load-spec.js";
import type { Operation } from "./operation-index.js";
import { CallRecorder } from "./recorder.js";
import { isTransferUrl, rewriteTransferUrls, type TransferUrlPredicate } from "./rewrite-urls.js";
import { missingCredentials } from "./security.js";
import type { HeadersInit, RequestSample, Violation } from "./types.js";
import { inspectRequest, type InspectedRequest } from "./validate-request.js";
import { validateResponse } from "./validate-response.js";
import { SpecViolationError } from "./violations.js";

/** Status of an answer replacing a request or response that broke the spec (outside the range clients retry). */
export const VIOLATION_STATUS = 599;
/** Status of the answer to a request for a path or method the spec does not have. */
export const NOT_IN_SPEC_STATUS = 501;
/** Header set on every answer that reports a violation. */
export const VIOLATION_HEADER = "x-clientele-violation";

/** An answer in transport-neutral form. */
export interface MockAnswer {
  status: number;
  headers: Record<string, string>;
  /** Text or bytes; `undefined` for no body. */
  body?: string | Uint8Array;
}

/** Options shared by every mock. */
export interface MockEngineOptions {
  /**
   * Called with the violations of each bad request or response, after they are recorded. Throw from it
   * to fail at once; otherwise call `assertNoViolations()` at the end of the test (e.g. in `afterEach`).
   */
  onViolation?: (violations: readonly Violation[]) => void;
  /**
   * Which strings in default answers are pre-signed transfer URLs to point at the mock itself
   * (default {@link isTransferUrl}); `false` leaves answers untouched.
   */
  transferUrls?: TransferUrlPredicate | false;
  /**
   * Answer 401 when a request lacks the credentials the spec's `security` asks for (an `Authorization`
   * header of the right scheme, an API-key header, query parameter or cookie), as the API would
   * (default true). Only presence is checked. `false` lets unauthenticated requests through.
   */
  security?: boolean;
  /**
   * What default answers look like: `"example"` (default) the spec's examples; `"edge"` spec-valid edge
   * cases derived from them (`null` where the schema allows it, optional properties left out, empty
   * arrays, the longest enum value), to find the helper that only works on the happy shape. An edge case
   * that would not validate falls back to the example. `"random"`: a different valid variation of the
   * example on every answer (some nulls, some optional properties left out, lists shortened or
   * lengthened, other enum values), reproducible with `seed`, for property tests.
   */
  shapes?: "example" | "edge" | "random";
  /** Seed of `shapes: "random"` (default 1), so a failing run can be replayed. */
  seed?: number;
}

const json = (status: number, value: unknown, extra: Record<string, string> = {}): MockAnswer => ({
  status,
  headers: { "content-type": "application/json", ...extra },
  body: JSON.stringify(value),
});

/** Validation, recording and default answers for one API. */
export class MockEngine {
  /** The spec served. */
  readonly spec: Spec;
  /** Every request received, by operation. */
  readonly calls: CallRecorder;
  /** Every violation seen so far. */
  readonly violations: Violation[] = [];
  /** Uploads to rewritten transfer URLs. */
  readonly blobs = new BlobStore();
  /** The generator of `shapes: "random"` (mulberry32, seeded). */
  private readonly random: () => number;

  /**
   * @param api - The spec: an API name, a file path, a document or a loaded spec.
   * @param options - Violation hook and transfer-URL rule.
   */
  constructor(
    api: SpecInput,
    private readonly options: MockEngineOptions = {},
  ) {
    this.spec = loadSpec(api);
    this.calls = new CallRecorder(this.spec.operations);
    this.random = seeded(options.seed ?? 1);
  }

  /** Checks and records an incoming request; violations are reported. */
  receive(request: RequestSample): InspectedRequest {
    const inspected = inspectRequest(this.spec, request);
    const op = inspected.match.kind === "operation" ? inspected.match.operation : undefined;
    this.calls.record({
      ...(op?.operationId ? { operationId: op.operationId } : {}),
      operation: op?.label ?? `${inspected.method} ${inspected.path}`,
      ...(op ? { template: op.path } : {}),
      method: inspected.method,
      path: inspected.path,
      params: inspected.params,
      query: inspected.query,
      headers: inspected.headers,
      body: inspected.body,
    });
    this.report(inspected.violations);
    return inspected;
  }

  /** Records violations and calls the `onViolation` hook (which may throw). */
  report(violations: readonly Violation[]): void {
    if (violations.length === 0) return;
    this.violations.push(...violations);
    this.options.onViolation?.(violations);
  }

  /** Validates an answer given for a request; violations are reported and returned. */
  checkAnswer(request: InspectedRequest, answer: { status: number; headers?: HeadersInit; body?: unknown }): Violation[] {
    const violations = validateResponse(this.spec, { method: request.method, url: request.path, ...answer });
    this.report(violations);
    return violations;
  }

  /**
   * The answer replacing a request or response that broke the spec: status 599, JSON whose `error` and
   * `message` list every violation (clients show `error` as their error's reason, so the test's error reads
   * as the violations), `code: "spec_violation"` and the `violations` themselves.
   */
  violationAnswer(violations: readonly Violation[]): MockAnswer {
    const notInSpec = violations.length === 1 && violations[0]!.location === "operation";
    if (notInSpec) {
      const message = violations[0]!.message;
      return json(NOT_IN_SPEC_STATUS, { error: message, code: "not_in_spec", message, violations }, { [VIOLATION_HEADER]: "not-in-spec" });
    }
    const message = `${new SpecViolationError(violations).message}\n(answered by the mock: nothing reached the API)`;
    return json(
      VIOLATION_STATUS,
      { error: message, code: "spec_violation", message, violations },
      { [VIOLATION_HEADER]: "spec-violation" },
    );
  }

  /**
   * The 401 answer for a valid request that lacks the credentials the spec asks for, else `undefined`.
   * Its body is the spec's 401 example with its message saying what was missing (not a violation: the
   * API would answer the same).
   */
  unauthorizedAnswer(request: InspectedRequest): MockAnswer | undefined {
    if (this.options.security === false || request.violations.length > 0 || request.match.kind !== "operation") return undefined;
    const op = request.match.operation;
    const missing = missingCredentials(this.spec, op, request);
    if (missing === undefined) return undefined;
    const reason = `${op.label}: no credentials the spec accepts; send ${missing} (answered by the mock)`;
    const example = exampleBody(this.spec, op, 401);
    const field = ["error_description", "message", "error"].find(
      (k) => typeof (example as Record<string, unknown> | undefined)?.[k] === "string",
    );
    const body = field ? deepMerge(example, { [field]: reason }) : { error: "unauthorized", message: reason };
    return json(401, body, {
      "www-authenticate": missing.startsWith("Authorization: Basic") ? 'Basic realm="mock"' : 'Bearer realm="mock"',
    });
  }

  /**
   * The answer when no handler took the request: a violation answer for a bad request, else the success
   * response's example (or a value built from its schema), with transfer URLs pointed at `selfOrigin`.
   * A default that breaks its own schema is reported and served anyway.
   */
  defaultAnswer(request: InspectedRequest, selfOrigin: string): MockAnswer {
    if (request.violations.length > 0) return this.violationAnswer(request.violations);
    if (request.match.kind !== "operation") return this.violationAnswer([]);
    const denied = this.unauthorizedAnswer(request);
    if (denied) return denied;
    const answer = defaultResponse(this.spec, request.match.operation);
    if (answer.status < 200) {
      const message = `${request.match.operation.label} only answers ${answer.status} (a protocol switch such as a WebSocket upgrade), which the mock cannot serve; mock it yourself`;
      return json(NOT_IN_SPEC_STATUS, { error: "not_mockable", message });
    }
    if (this.options.shapes === "edge" || this.options.shapes === "random") answer.body = this.edgeBody(request.match.operation, answer);
    const predicate = this.options.transferUrls === undefined ? isTransferUrl : this.options.transferUrls;
    const body = predicate && answer.body !== undefined ? rewriteTransferUrls(answer.body, selfOrigin, predicate) : answer.body;
    const headers: Record<string, string> = answer.contentType ? { "content-type": answer.contentType } : {};
    const wire =
      body === undefined ? undefined : typeof body === "string" && !answer.contentType?.includes("json") ? body : JSON.stringify(body);
    this.checkAnswer(request, { status: answer.status, headers, body: wire });
    return { status: answer.status, headers, ...(wire === undefined || request.method === "HEAD" ? {} : { body: wire }) };
  }

  /** The edge-case version of a default JSON answer, or the answer's own body when it would not validate. */
  private edgeBody(op: Operation, answer: DefaultResponse): unknown {
    if (answer.body === undefined || !answer.contentType || !isJsonMediaType(mediaType(answer.contentType))) return answer.body;
    const key = responseKey(op, answer.status);
    const response = key === undefined ? undefined : op.responses[key];
    if (!response?.value.content?.[answer.contentType]) return answer.body;
    const pointer = joinPointer(response.pointer, "content", answer.contentType, "schema");
    const schema = response.value.content[answer.contentType]!.schema;
    // Random variations that break the schema (a dropped property another one depends on…) are drawn again.
    for (let attempt = 0; attempt < (this.options.shapes === "random" ? 20 : 1); attempt++) {
      const shaped =
        this.options.shapes === "random"
          ? randomShape(this.spec.document, schema, answer.body, this.random)
          : edgeShape(this.spec.document, schema, answer.body);
      if (validateAgainst(this.spec, pointer, shaped).length === 0) return shaped;
    }
    return answer.body;
  }

  /**
   * The spec's JSON body for one status of an operation (example, else synthesized), with transfer URLs
   * pointed at `selfOrigin` as in default answers: the base of partial overrides.
   */
  exampleBody(op: Operation, status: number, selfOrigin: string): unknown {
    const body = exampleBody(this.spec, op, status);
    const predicate = this.options.transferUrls === undefined ? isTransferUrl : this.options.transferUrls;
    return predicate && body !== undefined ? rewriteTransferUrls(body, selfOrigin, predicate) : body;
  }

  /** Handles a request to a rewritten transfer URL: PUT/POST store the body (streamed), GET/HEAD serve it. */
  async blobAnswer(
    method: string,
    key: string,
    body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    contentType?: string,
  ): Promise<MockAnswer> {
    const upper = method.toUpperCase();
    if (upper === "PUT" || upper === "POST") {
      const stored = await this.blobs.put(key, body, contentType);
      return { status: 200, headers: { etag: `"${stored.size.toString(16)}"` } };
    }
    if (upper === "GET" || upper === "HEAD") {
      const blob = this.blobs.get(key);
      const headers = { "content-type": blob?.contentType ?? (blob ? "application/octet-stream" : "application/json") };
      if (upper === "HEAD") return { status: 200, headers };
      return { status: 200, headers, body: blob ? blob.bytes : "{}" };
    }
    return json(405, { error: "method_not_allowed", message: `${upper} is not supported on transfer URLs` });
  }

  /** @throws SpecViolationError when any violation was seen since the last {@link MockEngine.reset}. */
  assertNoViolations(): void {
    if (this.violations.length > 0) throw new SpecViolationError(this.violations);
  }

  /**
   * For `afterEach`: throws like {@link MockEngine.assertNoViolations}, but forgets calls, violations and
   * uploads first, so one failing test does not fail the next ones too.
   * @throws SpecViolationError when any violation was seen since the last reset.
   */
  verifyAndReset(): void {
    const seen = [...this.violations];
    this.reset();
    if (seen.length > 0) throw new SpecViolationError(seen);
  }

  /** Forgets calls, violations and uploads. */
  reset(): void {
    this.calls.clear();
    this.violations.length = 0;
    this.blobs.clear();
  }
}

/** mulberry32: a small, seeded generator of numbers in [0, 1). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Checking a request against its operation: path, method, parameters, headers and body.
import { coerceParameter } from "./coerce.js";
import { loadSpec, type Spec, type SpecInput } from "./load-spec.js";
import { matchOperation, type OperationMatch } from "./match-operation.js";
import { decodeBody, emptyBodyAllowed, mediaType, pickContentKey, toHeaders } from "./media.js";
import type { Operation } from "./operation-index.js";
import { joinPointer } from "./refs.js";
import { validateAgainst } from "./schema-validator.js";
import type { RequestSample, Violation } from "./types.js";
import { describeValue, makeViolation, schemaViolations } from "./violations.js";

/** Header parameters OpenAPI says to ignore (they are described elsewhere in the spec). */
const IGNORED_HEADERS = new Set(["accept", "content-type", "authorization"]);

/** A request taken apart and checked; what the mocks and the recorder work from. */
export interface InspectedRequest {
  /** How the request matched the spec. */
  match: OperationMatch;
  /** Upper-case method. */
  method: string;
  /** The URL path. */
  path: string;
  /** Path parameters (strings, as sent). */
  params: Record<string, string>;
  /** Query parameters: a string, or an array when a name repeats. */
  query: Record<string, string | string[]>;
  /** Request headers, lower-case names. */
  headers: Record<string, string>;
  /** The body: parsed JSON, text, or `undefined` when there was none. */
  body: unknown;
  /** Everything wrong with the request; empty when it conforms. */
  violations: Violation[];
}

/** A readable name for a request that matched no operation. */
export function notInSpecViolation(method: string, match: Exclude<OperationMatch, { kind: "operation" }>): Violation {
  const label = `${method.toUpperCase()} ${match.path}`;
  const detail =
    match.kind === "method-not-allowed" ? `the path ${match.template} only has ${match.allowed.join(", ")}` : "no path template matches";
  return makeViolation({
    side: "request",
    operation: label,
    location: "operation",
    pointer: "",
    expected: "an operation of the spec",
    actual: label,
    message: `${label} is not in the spec (${detail})`,
  });
}

/**
 * Checks a request and returns its parts along with the violations.
 * @param api - The spec (see {@link SpecInput}).
 * @param request - The request as sent.
 */
export function inspectRequest(api: SpecInput, request: RequestSample): InspectedRequest {
  const spec = loadSpec(api);
  const url = new URL(String(request.url), "http://localhost");
  const method = request.method.toUpperCase();
  const headers = toHeaders(request.headers);
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    query[key] = all.length === 1 ? all[0]! : all;
  }
  const headerRecord = Object.fromEntries([...headers].map(([k, v]) => [k.toLowerCase(), v]));
  const match = matchOperation(spec, method, url);
  const type = mediaType(headers.get("content-type"));
  const base = { method, path: url.pathname, query, headers: headerRecord };
  if (match.kind !== "operation") {
    const decoded = decodeBody(request.body, type);
    return { ...base, match, params: {}, body: decoded.ok ? decoded.value : request.body, violations: [notInSpecViolation(method, match)] };
  }
  const { operation, params } = match;
  const violations = [...checkParameters(spec, operation, params, url.searchParams, headers)];
  const body = checkBody(spec, operation, request.body, type, violations);
  return { ...base, match, params, body, violations };
}

/**
 * Validates a request against the spec: the operation exists, required path/query/header parameters are
 * present and match their schemas (strings coerced to the schema's type), and the body matches the
 * schema of its content type.
 *
 * @param api - The spec: an API name (`"abeja"`), a file path, a document or a loaded spec.
 * @param request - Method, URL (absolute or a path with query), headers and body.
 * @returns The violations, empty when the request conforms.
 *
 * @example
 * validateRequest("abeja", { method: "POST", url: "/organizations/1/deployments", headers: { "content-type": "application/json" }, body: { name: "x" } });
 */
export function validateRequest(api: SpecInput, request: RequestSample): Violation[] {
  return inspectRequest(api, request).violations;
}

function checkParameters(
  spec: Spec,
  op: Operation,
  params: Record<string, string>,
  search: URLSearchParams,
  headers: Headers,
): Violation[] {
  const out: Violation[] = [];
  const ids = { side: "request" as const, operation: op.label, ...(op.operationId ? { operationId: op.operationId } : {}) };
  for (const { value: param, pointer } of op.parameters) {
    if (param.in === "cookie") continue;
    if (param.in === "header" && IGNORED_HEADERS.has(param.name.toLowerCase())) continue;
    const location = param.in;
    let raw: string[];
    if (param.in === "path") raw = params[param.name] === undefined ? [] : [params[param.name]!];
    else if (param.in === "query") {
      raw = search.getAll(param.name);
      if (raw.length === 0 && param.style === "deepObject" && [...search.keys()].some((k) => k.startsWith(`${param.name}[`))) continue;
    } else raw = headers.has(param.name) ? [headers.get(param.name)!] : [];
    if (raw.length === 0) {
      if (param.required || param.in === "path") {
        out.push(
          makeViolation({
            ...ids,
            location,
            pointer: `/${param.name}`,
            expected: `required ${location} parameter "${param.name}"`,
            actual: "missing",
          }),
        );
      }
      continue;
    }
    if (param.style === "deepObject") continue;
    let schemaPointer = joinPointer(pointer, "schema");
    let value: unknown;
    if (!param.schema && param.content) {
      const key = Object.keys(param.content)[0];
      if (key === undefined) continue;
      schemaPointer = joinPointer(pointer, "content", key, "schema");
      try {
        value = JSON.parse(raw[0]!);
      } catch {
        value = raw[0];
      }
    } else {
      value = coerceParameter(
        spec.document,
        param.schema,
        raw,
        param.explode ?? (param.in === "query" && (param.style ?? "form") === "form"),
      );
    }
    const errors = validateAgainst(spec, schemaPointer, value);
    if (errors.length > 0) out.push(...schemaViolations({ ...ids, location }, errors, value).map((v) => reprefix(v, param.name)));
  }
  return out;
}

/** Prefixes a parameter violation's pointer with the parameter's name and rebuilds its message. */
function reprefix(v: Violation, name: string): Violation {
  const { message: _old, ...rest } = v;
  return makeViolation({ ...rest, pointer: `/${name}${v.pointer}` });
}

function checkBody(spec: Spec, op: Operation, raw: unknown, type: string | undefined, out: Violation[]): unknown {
  const ids = { side: "request" as const, operation: op.label, ...(op.operationId ? { operationId: op.operationId } : {}) };
  const rb = op.requestBody;
  const content = rb?.value.content ?? {};
  const key = rb ? pickContentKey(content, type) : undefined;
  const decoded = decodeBody(raw, type ?? (key ? mediaType(key) : undefined));
  if (!decoded.ok) {
    out.push(makeViolation({ ...ids, location: "body", pointer: "", expected: "a JSON body", actual: decoded.error }));
    return raw;
  }
  if (!rb) {
    if (decoded.present) {
      out.push(
        makeViolation({
          ...ids,
          location: "body",
          pointer: "",
          expected: "no request body (the operation takes none)",
          actual: describeValue(decoded.value),
        }),
      );
    }
    return decoded.value;
  }
  if (!decoded.present) {
    // A zero-byte upload (Content-Type sent, not JSON) is a body, just an empty one.
    const emptyBody = raw !== undefined && type !== undefined && emptyBodyAllowed(content, type);
    if (rb.value.required && !emptyBody)
      out.push(makeViolation({ ...ids, location: "body", pointer: "", expected: "a request body (required)", actual: "missing" }));
    return decoded.value;
  }
  if (key === undefined) {
    out.push(
      makeViolation({
        ...ids,
        location: "content-type",
        pointer: "",
        expected: `one of ${Object.keys(content).join(", ")}`,
        actual: type ?? "no Content-Type",
      }),
    );
    return decoded.value;
  }
  if (mediaType(key)?.startsWith("multipart/")) return decoded.value;
  const errors = validateAgainst(spec, joinPointer(rb.pointer, "content", key, "schema"), decoded.value);
  out.push(...schemaViolations({ ...ids, location: "body" }, errors, decoded.value));
  return decoded.value;
}

// Checking a response against its operation: a response defined for the status, its headers and its body.
import { loadSpec, type SpecInput } from "./load-spec.js";
import { matchOperation } from "./match-operation.js";
import { decodeBody, emptyBodyAllowed, mediaType, pickContentKey, toHeaders } from "./media.js";
import type { ResponseObject } from "./openapi.js";
import type { Operation } from "./operation-index.js";
import { joinPointer, resolveRef, type Located } from "./refs.js";
import { validateAgainst } from "./schema-validator.js";
import type { ResponseSample, Violation } from "./types.js";
import { notInSpecViolation } from "./validate-request.js";
import { describeValue, makeViolation, schemaViolations } from "./violations.js";

/** The response the spec defines for a status: the exact code, then `2XX`-style ranges, then `default`. */
export function responseForStatus(op: Operation, status: number): { key: string; response: Located<ResponseObject> } | undefined {
  const keys = Object.keys(op.responses);
  const key =
    keys.find((k) => k === String(status)) ??
    keys.find((k) => k.toUpperCase() === `${Math.floor(status / 100)}XX`) ??
    keys.find((k) => k === "default");
  return key === undefined ? undefined : { key, response: op.responses[key]! };
}

/**
 * Validates a response against the spec: the request's operation exists, a response is defined for the
 * status (or `default`), required response headers are present, and the body matches the schema of its
 * content type.
 *
 * @param api - The spec: an API name (`"abeja"`), a file path, a document or a loaded spec.
 * @param response - The request's method and URL, and the response's status, headers and body.
 * @returns The violations, empty when the response conforms.
 */
export function validateResponse(api: SpecInput, response: ResponseSample): Violation[] {
  const spec = loadSpec(api);
  const match = matchOperation(spec, response.method, response.url);
  if (match.kind !== "operation") return [{ ...notInSpecViolation(response.method, match), side: "response" }];
  const op = match.operation;
  const ids = { side: "response" as const, operation: op.label, ...(op.operationId ? { operationId: op.operationId } : {}) };
  const found = responseForStatus(op, response.status);
  if (!found) {
    return [
      makeViolation({
        ...ids,
        location: "status",
        pointer: "",
        expected: `one of ${Object.keys(op.responses).join(", ")}`,
        actual: String(response.status),
      }),
    ];
  }
  const out: Violation[] = [];
  const headers = toHeaders(response.headers);
  const { value: definition, pointer } = found.response;
  for (const [name, header] of Object.entries(definition.headers ?? {})) {
    let required = false;
    try {
      required = resolveRef<{ required?: boolean }>(spec.document, header, joinPointer(pointer, "headers", name)).value.required === true;
    } catch {
      // An unresolvable header reference is the spec's problem, not this response's.
    }
    if (required && !headers.has(name) && name.toLowerCase() !== "content-type") {
      out.push(
        makeViolation({ ...ids, location: "header", pointer: `/${name}`, expected: `required header "${name}"`, actual: "missing" }),
      );
    }
  }
  const type = mediaType(headers.get("content-type"));
  const content = definition.content ?? {};
  const key = pickContentKey(content, type);
  const decoded = decodeBody(response.body, type ?? (key ? mediaType(key) : undefined));
  if (!decoded.ok) {
    out.push(makeViolation({ ...ids, location: "body", pointer: "", expected: "a JSON body", actual: decoded.error }));
    return out;
  }
  const bodyless = response.method.toUpperCase() === "HEAD" || response.status === 204 || response.status === 304;
  if (Object.keys(content).length === 0) {
    if (decoded.present && !bodyless) {
      out.push(
        makeViolation({
          ...ids,
          location: "body",
          pointer: "",
          expected: `no body (response ${found.key} has no content)`,
          actual: describeValue(decoded.value),
        }),
      );
    }
    return out;
  }
  if (!decoded.present) {
    if (!bodyless && !emptyBodyAllowed(content, type))
      out.push(
        makeViolation({ ...ids, location: "body", pointer: "", expected: `a body (${Object.keys(content).join(", ")})`, actual: "empty" }),
      );
    return out;
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
    return out;
  }
  const errors = validateAgainst(spec, joinPointer(pointer, "content", key, "schema"), decoded.value);
  out.push(...schemaViolations({ ...ids, location: "body" }, errors, decoded.value));
  return out;
}

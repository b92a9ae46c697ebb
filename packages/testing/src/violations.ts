// Building violations with a readable message, and the error thrown when an exchange breaks the spec.
import type { ErrorObject } from "ajv";
import type { Violation, ViolationLocation } from "./types.js";
import { getAtPointer } from "./refs.js";

/** Renders a value for a message: JSON, shortened; `missing` for `undefined`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "missing";
  if (value instanceof Uint8Array) return `${value.byteLength} bytes`;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Builds a violation, composing its readable `message` unless one is given. */
export function makeViolation(parts: Omit<Violation, "message"> & { message?: string }): Violation {
  const where = `${parts.side} ${parts.location}${parts.pointer ? ` ${parts.pointer}` : ""}`;
  return { ...parts, message: parts.message ?? `${parts.operation}: ${where}: expected ${parts.expected}, got ${parts.actual}` };
}

/** The readable lines of several violations, one per line. */
export function formatViolations(violations: readonly Violation[]): string {
  return violations.map((v) => v.message).join("\n");
}

/** Thrown by the `assert*` helpers and `assertNoViolations()`; carries the violations. */
export class SpecViolationError extends Error {
  /** Every violation found. */
  readonly violations: readonly Violation[];

  /** @param violations - What was wrong; the message lists them one per line. */
  constructor(violations: readonly Violation[]) {
    super(`${violations.length} spec violation${violations.length === 1 ? "" : "s"}:\n${formatViolations(violations)}`);
    this.name = "SpecViolationError";
    this.violations = violations;
  }
}

function expectedFor(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "type":
      return `type ${String(p.type)}`;
    case "required":
      return `required property "${String(p.missingProperty)}"`;
    case "enum":
      return `one of ${describeValue(p.allowedValues)}`;
    case "const":
      return describeValue(p.allowedValue);
    case "additionalProperties":
      return `no additional property "${String(p.additionalProperty)}"`;
    case "unevaluatedProperties":
      return `no unevaluated property "${String(p.unevaluatedProperty)}"`;
    case "format":
      return `format "${String(p.format)}"`;
    case "oneOf":
      return "a value matching exactly one schema of oneOf";
    case "anyOf":
      return "a value matching at least one schema of anyOf";
    default:
      return (error.message ?? error.keyword).replace(/^must /, "");
  }
}

/** How deep in the value an error is: its JSON pointer's segments. */
const depth = (error: ErrorObject) =>
  (error.instancePath === "" ? 0 : error.instancePath.split("/").length - 1) +
  (error.keyword === "required" || error.keyword === "additionalProperties" ? 1 : 0);

/**
 * Turns Ajv errors for `value` into violations, every one of them (duplicates dropped), deepest first: when
 * a value matches no branch of an `anyOf`/`oneOf`, the branch's precise error (`/items/0/name: expected
 * type string`) comes before the summary at the parent (`expected a value matching … anyOf`).
 * @param base - Operation, side and location shared by all of them.
 * @param pointerPrefix - Prepended to each error's instance path (e.g. `/limit` for a query parameter).
 */
export function schemaViolations(
  base: { side: Violation["side"]; operation: string; operationId?: string; location: ViolationLocation },
  errors: readonly ErrorObject[],
  value: unknown,
  pointerPrefix = "",
): Violation[] {
  const seen = new Set<string>();
  const out: Violation[] = [];
  // Stable sort: Ajv's order among errors at the same depth is kept.
  const ordered = [...errors].sort((a, b) => depth(b) - depth(a));
  for (const error of ordered) {
    const p = error.params as Record<string, unknown>;
    let pointer = error.instancePath;
    let actual = getAtPointer(value, pointer);
    if (error.keyword === "required") {
      pointer += `/${String(p.missingProperty)}`;
      actual = undefined;
    } else if (error.keyword === "additionalProperties") {
      pointer += `/${String(p.additionalProperty)}`;
      actual = getAtPointer(value, pointer);
    }
    const expected = expectedFor(error);
    const key = `${pointer}\u0000${expected}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(makeViolation({ ...base, pointer: pointerPrefix + pointer, expected, actual: describeValue(actual) }));
  }
  return out;
}

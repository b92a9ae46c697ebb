// Helpers read fields of answers; an answer without them is the server's fault, said plainly.

import { ClienteleError } from "./errors.js";

/**
 * The value at `path` (`"metadata.status_v2"`) of an answer, or a `ClienteleError` naming the
 * operation and the missing field, never a `TypeError` from deep inside a helper.
 *
 * @example
 * ```ts
 * import { expectField } from "@clientele/core";
 * const status = expectField<string>({ metadata: { status_v2: "running" } }, "metadata.status_v2", "GET /v1/runs/r-1");
 * ```
 */
export function expectField<T = unknown>(answer: unknown, path: string, operation: string): T {
  let value: unknown = answer;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object" || !(key in value)) {
      throw new ClienteleError(
        `${operation}: the answer has no \`${path}\` (got ${preview(answer)}); the server answered something this client does not understand`,
      );
    }
    value = (value as Record<string, unknown>)[key];
  }
  if (value === undefined || value === null) {
    throw new ClienteleError(
      `${operation}: the answer's \`${path}\` is ${String(value)}; the server answered something this client does not understand`,
    );
  }
  return value as T;
}

function preview(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

// Finding the operation a concrete request is for: method + URL path → operation + path parameters.
import type { Spec } from "./load-spec.js";
import type { Operation } from "./operation-index.js";
import { compareSpecificity, matchPath } from "./path-template.js";

/** The outcome of matching a request against a spec. */
export type OperationMatch =
  | {
      kind: "operation";
      /** The matched operation. */
      operation: Operation;
      /** Path parameters, decoded (strings, as in the URL). */
      params: Record<string, string>;
      /** The path matched, after any server base path was stripped. */
      path: string;
    }
  | {
      kind: "method-not-allowed";
      /** The path template that matched. */
      template: string;
      /** Methods the spec defines for it (upper case). */
      allowed: string[];
      path: string;
    }
  | { kind: "not-found"; path: string };

/** The path of a URL or path-with-query string. */
export function urlPath(url: string | URL): string {
  return new URL(String(url), "http://localhost").pathname;
}

/**
 * Matches a request to an operation of the spec. When several templates match, the most specific wins
 * (literal segments beat parameters, left to right). Server base paths (`/api/v2`) are stripped when
 * the full path matches nothing.
 */
export function matchOperation(spec: Spec, method: string, url: string | URL): OperationMatch {
  const fullPath = urlPath(url);
  const candidates = [fullPath, ...spec.basePaths.filter((b) => fullPath.startsWith(`${b}/`)).map((b) => fullPath.slice(b.length))];
  const lower = method.toLowerCase();
  let fallback: OperationMatch | undefined;
  for (const path of candidates) {
    const hits = spec.operations
      .map((operation) => ({ operation, params: matchPath(operation.matcher, path) }))
      .filter((h): h is { operation: Operation; params: Record<string, string> } => h.params !== undefined);
    if (hits.length === 0) continue;
    const withMethod = hits.filter((h) => h.operation.method === lower);
    if (withMethod.length > 0) {
      const best = withMethod.reduce((a, b) => (compareSpecificity(b.operation.matcher, a.operation.matcher) < 0 ? b : a));
      return { kind: "operation", operation: best.operation, params: best.params, path };
    }
    if (!fallback) {
      const best = hits.reduce((a, b) => (compareSpecificity(b.operation.matcher, a.operation.matcher) < 0 ? b : a));
      const template = best.operation.path;
      const allowed = spec.operations.filter((op) => op.path === template).map((op) => op.method.toUpperCase());
      fallback = { kind: "method-not-allowed", template, allowed, path };
    }
  }
  return fallback ?? { kind: "not-found", path: fullPath };
}

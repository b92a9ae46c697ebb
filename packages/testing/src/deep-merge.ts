// Partial overrides of a default answer: the user's fields laid over the spec's example.

/**
 * `override` laid over `base`: plain objects merge key by key, at any depth; anything else in `override`
 * (arrays, strings, numbers, `null`) replaces what `base` has; a key set to `undefined` is removed, so a
 * test can omit an optional field. Neither argument is changed.
 *
 * @example
 * ```ts
 * import { deepMerge } from "@clientele/testing";
 * deepMerge({ id: "r1", metadata: { status_v2: "succeeded", duration: 3 } }, { metadata: { status_v2: "failed" } });
 * // → { id: "r1", metadata: { status_v2: "failed", duration: 3 } }
 * ```
 */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(override) || !isPlainObject(base)) return override === undefined ? structuredClone(base) : structuredClone(override);
  const out: Record<string, unknown> = structuredClone(base);
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) delete out[key];
    else out[key] = key in out ? deepMerge(out[key], value) : structuredClone(value);
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

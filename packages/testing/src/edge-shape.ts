// Spec-valid edge cases of an answer: what real servers send and happy-path examples never show.
import { resolveSchema } from "./schema-walk.js";

/** Bound on recursion through nested schemas. */
const MAX_DEPTH = 16;

/**
 * The edge-case version of `value` (a valid answer, usually the spec's example) under `schema`: `null`
 * where the schema allows it, optional properties left out, arrays emptied, the longest value of each
 * `enum`. Where a schema is too intricate to reason about (`oneOf`/`anyOf` of non-null branches) the
 * value is kept. The caller validates the result and keeps `value` if it no longer conforms.
 *
 * @param document - The OpenAPI document the schema's `$ref`s point into.
 * @param schema - The schema `value` conforms to.
 * @param value - A valid value to derive the edge case from.
 */
export function edgeShape(document: unknown, schema: unknown, value: unknown): unknown {
  return reshape(document, schema, value, EDGE, 0);
}

/**
 * A random variation of `value` under `schema`, for property tests: each nullable value may become `null`,
 * each optional property may be left out, each list may lose or repeat items, each enum value may change.
 * `random` (values in [0, 1)) makes it reproducible. As with {@link edgeShape}, validate the result.
 *
 * @example
 * ```ts
 * import { randomShape } from "@clientele/testing";
 * const schema = { type: "object", properties: { next: { type: ["string", "null"] } } };
 * randomShape({}, schema, { next: "t" }, Math.random); // { next: "t" }, { next: null } or {}
 * ```
 */
export function randomShape(document: unknown, schema: unknown, value: unknown, random: () => number): unknown {
  const coin = () => random() < 0.5;
  return reshape(
    document,
    schema,
    value,
    {
      nullify: coin,
      drop: coin,
      length: (n, min) => Math.max(min, Math.floor(random() * (n + 2))),
      pick: (values, current) => (coin() ? values[Math.floor(random() * values.length)] : current),
    },
    0,
  );
}

/** How a reshaping decides: make a nullable value null, drop an optional property, a list's length, an enum value. */
interface Policy {
  nullify(): boolean;
  drop(): boolean;
  length(current: number, min: number): number;
  pick(values: unknown[], current: unknown): unknown;
}

const EDGE: Policy = { nullify: () => true, drop: () => true, length: (_, min) => min, pick: (values) => longest(values) };

function reshape(document: unknown, schema: unknown, value: unknown, policy: Policy, depth: number): unknown {
  const s = resolveSchema(document, schema);
  if (!s || depth > MAX_DEPTH) return value;
  if (allowsNull(document, s) && policy.nullify()) return null;
  if (Array.isArray(s.enum) && s.enum.length > 0) return policy.pick(s.enum, value);
  if (Array.isArray(value)) {
    if (value.length === 0) return value;
    const min = typeof s.minItems === "number" ? s.minItems : 0;
    const count = Math.min(typeof s.maxItems === "number" ? s.maxItems : Infinity, policy.length(value.length, min));
    return Array.from({ length: count }, (_, i) => reshape(document, s.items, value[i % value.length], policy, depth + 1));
  }
  if (value === null || typeof value !== "object") return value;
  const view = objectView(document, s, depth);
  if (!view) return value;
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
    if (!view.required.has(name) && policy.drop()) continue;
    const sub = view.properties[name];
    out[name] = sub === undefined ? item : reshape(document, sub, item, policy, depth + 1);
  }
  return out;
}

/** Whether the schema accepts `null`: `type` lists it, or a oneOf/anyOf branch is the null type. */
function allowsNull(document: unknown, s: Record<string, unknown>): boolean {
  if (s.type === "null" || (Array.isArray(s.type) && s.type.includes("null"))) return true;
  if (s.nullable === true) return true;
  for (const key of ["oneOf", "anyOf"] as const) {
    const list = s[key];
    if (Array.isArray(list) && list.some((sub) => resolveSchema(document, sub)?.type === "null")) return true;
  }
  return false;
}

/** Required names and property schemas of an object schema, allOf parts included; undefined for oneOf/anyOf objects. */
function objectView(
  document: unknown,
  s: Record<string, unknown>,
  depth: number,
): { required: Set<string>; properties: Record<string, unknown> } | undefined {
  if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf)) return undefined;
  const required = new Set<string>(Array.isArray(s.required) ? (s.required as string[]) : []);
  const properties: Record<string, unknown> = { ...((s.properties as Record<string, unknown> | undefined) ?? {}) };
  if (Array.isArray(s.allOf)) {
    for (const part of s.allOf) {
      const p = resolveSchema(document, part);
      if (!p || depth > MAX_DEPTH) continue;
      const sub = objectView(document, p, depth + 1);
      if (!sub) return undefined;
      for (const name of sub.required) required.add(name);
      Object.assign(properties, sub.properties);
    }
  }
  return { required, properties };
}

function longest(values: unknown[]): unknown {
  return values.reduce((best, v) => (String(v ?? "").length > String(best ?? "").length ? v : best), values[0]);
}

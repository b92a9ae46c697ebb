// Making up a value that satisfies a schema, for operations whose responses have no example.
import { primaryType, resolveSchema } from "./schema-walk.js";

/** Beyond this depth optional properties are left out and arrays left empty. */
const RICH_DEPTH = 3;
/** Hard bound on recursion (recursive schemas stop here). */
const MAX_DEPTH = 12;

const FORMAT_SAMPLES: Record<string, string> = {
  "date-time": "2024-01-01T00:00:00Z",
  date: "2024-01-01",
  time: "00:00:00Z",
  duration: "PT1S",
  uri: "https://example.com/",
  url: "https://example.com/",
  "uri-reference": "https://example.com/",
  iri: "https://example.com/",
  email: "user@example.com",
  uuid: "00000000-0000-4000-8000-000000000000",
  hostname: "example.com",
  ipv4: "127.0.0.1",
  ipv6: "::1",
  byte: "",
  binary: "",
};

/**
 * A value valid against `schema` (best effort: `pattern` and `multipleOf` are not honoured). Uses, in
 * order: `const`, `examples[0]`, `example`, `default`, `enum[0]`, then builds one from the type: objects
 * get their required properties (and, near the top, the optional ones), arrays one item.
 *
 * @param document - The OpenAPI document the schema's `$ref`s point into.
 * @param schema - The schema.
 */
export function synthesize(document: unknown, schema: unknown, depth = 0): unknown {
  const s = resolveSchema(document, schema);
  if (!s) return schema === false ? null : {};
  if ("const" in s) return s.const;
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if ("example" in s) return s.example;
  if ("default" in s) return s.default;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(s.allOf) && s.allOf.length > 0) {
    const parts = s.allOf.map((sub) => synthesize(document, sub, depth + 1));
    const own = s.properties || s.type ? synthesize(document, { ...s, allOf: undefined }, depth) : undefined;
    const all = own === undefined ? parts : [...parts, own];
    return all.every(isObject) ? Object.assign({}, ...all) : all[all.length - 1];
  }
  for (const key of ["oneOf", "anyOf"] as const) {
    const list = s[key];
    if (Array.isArray(list) && list.length > 0 && !s.type && !s.properties) {
      const choice = list.find((sub) => primaryType(document, sub) !== "null") ?? list[0];
      return synthesize(document, choice, depth + 1);
    }
  }
  switch (primaryType(document, s)) {
    case "object":
      return synthesizeObject(document, s, depth);
    case "array": {
      const min = typeof s.minItems === "number" ? s.minItems : 0;
      const max = typeof s.maxItems === "number" ? s.maxItems : Infinity;
      const count = Math.min(max, Math.max(min, depth < RICH_DEPTH ? 1 : 0));
      return Array.from({ length: count }, () => synthesize(document, s.items, depth + 1));
    }
    case "string":
      return synthesizeString(s);
    case "integer":
    case "number":
      return synthesizeNumber(s);
    case "boolean":
      return false;
    case "null":
      return null;
    default:
      return {};
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function synthesizeObject(document: unknown, s: Record<string, unknown>, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  const properties = isObject(s.properties) ? s.properties : {};
  for (const [name, sub] of Object.entries(properties)) {
    if (!required.has(name) && depth >= RICH_DEPTH) continue;
    const value = synthesize(document, sub, depth + 1);
    if (value !== undefined) out[name] = value;
  }
  for (const name of required) {
    if (!(name in out)) out[name] = isObject(s.additionalProperties) ? synthesize(document, s.additionalProperties, depth + 1) : "string";
  }
  return out;
}

function synthesizeString(s: Record<string, unknown>): string {
  let value = typeof s.format === "string" && s.format in FORMAT_SAMPLES ? FORMAT_SAMPLES[s.format]! : "string";
  const min = typeof s.minLength === "number" ? s.minLength : 0;
  const max = typeof s.maxLength === "number" ? s.maxLength : Infinity;
  if (value.length < min) value = value.padEnd(min, "x");
  if (value.length > max) value = value.slice(0, max);
  return value;
}

function synthesizeNumber(s: Record<string, unknown>): number {
  let value = 0;
  if (typeof s.minimum === "number") value = Math.max(value, s.minimum);
  if (typeof s.exclusiveMinimum === "number") value = Math.max(value, s.exclusiveMinimum + 1);
  if (typeof s.maximum === "number") value = Math.min(value, s.maximum);
  if (typeof s.exclusiveMaximum === "number" && value >= s.exclusiveMaximum) value = s.exclusiveMaximum - 1;
  return s.type === "integer" ? Math.ceil(value) : value;
}

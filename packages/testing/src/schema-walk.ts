// Reading schemas structurally: following `$ref`s and finding the JSON type a schema asks for.
import type { SchemaObject } from "./openapi.js";
import { resolveRef } from "./refs.js";

/** A schema object with its `$ref` followed; `undefined` for missing, boolean or unresolvable schemas. */
export function resolveSchema(document: unknown, schema: unknown): Record<string, unknown> | undefined {
  if (schema === null || typeof schema !== "object") return undefined;
  try {
    const resolved = resolveRef<SchemaObject>(document, schema, "").value;
    return resolved !== null && typeof resolved === "object" ? (resolved as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The first JSON type a schema names (ignoring `"null"`), looking into allOf/oneOf/anyOf; bounded depth. */
export function primaryType(document: unknown, schema: unknown, depth = 0): string | undefined {
  const s = resolveSchema(document, schema);
  if (!s || depth > 8) return undefined;
  const type = s.type;
  if (typeof type === "string") return type;
  if (Array.isArray(type)) return type.find((t) => t !== "null") ?? (type[0] as string | undefined);
  for (const key of ["allOf", "oneOf", "anyOf"]) {
    const list = s[key];
    if (!Array.isArray(list)) continue;
    for (const sub of list) {
      const t = primaryType(document, sub, depth + 1);
      if (t) return t;
    }
  }
  if (s.properties) return "object";
  if (s.items) return "array";
  return undefined;
}

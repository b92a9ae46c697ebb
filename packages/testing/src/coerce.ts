// Turning parameter strings (path, query, header) into the JSON values their schemas describe.
import { primaryType, resolveSchema } from "./schema-walk.js";

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Converts one string to the given JSON type when it reads as one; otherwise returns it unchanged (the schema check then reports it). */
export function coerceScalar(type: string | undefined, text: string): unknown {
  switch (type) {
    case "integer":
    case "number":
      return NUMBER.test(text.trim()) ? Number(text) : text;
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text;
    case "null":
      return text === "" || text === "null" ? null : text;
    default:
      return text;
  }
}

/**
 * The value of a parameter given the strings sent for it, shaped by its schema: arrays collect every
 * occurrence (and split a single comma-separated occurrence unless `explode` is true), scalars take the first.
 */
export function coerceParameter(document: unknown, schema: unknown, values: readonly string[], explode = true): unknown {
  const type = primaryType(document, schema);
  if (type === "array") {
    const items = resolveSchema(document, schema)?.items;
    const itemType = primaryType(document, items);
    const parts = values.length === 1 && (!explode || values[0]!.includes(",")) ? values[0]!.split(",") : [...values];
    return parts.map((v) => coerceScalar(itemType, v));
  }
  return coerceScalar(type, values[0] ?? "");
}

// Request headers as core passes them down: one plain record with lower-case names.

type HeaderSource = HeadersInit | Record<string, unknown> | null | undefined;

/**
 * Merges header sets the way openapi-fetch does (later sets win; `null` removes a header; an array
 * adds each value; `undefined` is skipped), into a plain record rather than a `Headers`: cheaper,
 * and a script that never touches `Headers` never loads Node's built-in fetch.
 */
export function mergeHeaders(...sources: HeaderSource[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const source of sources) {
    if (!source || typeof source !== "object") continue;
    const entries: Iterable<[string, unknown]> = Array.isArray(source)
      ? (source as [string, unknown][])
      : isHeaders(source)
        ? (source as Headers).entries()
        : Object.entries(source);
    for (const [name, value] of entries) {
      const key = name.toLowerCase();
      if (value === null) delete out[key];
      else if (Array.isArray(value)) for (const item of value) out[key] = key in out ? `${out[key]}, ${item}` : String(item);
      else if (value !== undefined) out[key] = String(value);
    }
  }
  return out;
}

/** A `Headers` (or a look-alike with `entries()`), told apart without touching the global class. */
function isHeaders(value: object): boolean {
  return typeof (value as Headers).entries === "function" && typeof (value as Headers).get === "function";
}

// Local `$ref` resolution: JSON pointers into the document itself ("#/components/...").

/** A value found in the document together with the JSON pointer of where it lives. */
export interface Located<T> {
  /** The value, with every `$ref` on the way followed. */
  value: T;
  /** JSON pointer of the value inside the document (`/components/schemas/Thing`). */
  pointer: string;
}

/** The longest chain of `$ref`s followed before giving up (guards against reference cycles). */
const MAX_REF_HOPS = 32;

/** Escapes one JSON-pointer token (`~` → `~0`, `/` → `~1`). */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Joins JSON-pointer tokens onto a base pointer. */
export function joinPointer(base: string, ...tokens: Array<string | number>): string {
  return base + tokens.map((t) => `/${escapePointerToken(t)}`).join("");
}

/** Reads the value at a JSON pointer (`""` or `/a/b`), or `undefined` when nothing is there. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  if (pointer === "" || pointer === "/") return root;
  let current: unknown = root;
  for (const raw of pointer.replace(/^\//, "").split("/")) {
    const token = safeDecode(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

/**
 * Follows `$ref`s (local ones, `#/...`) from `value` found at `pointer` until a non-reference is reached.
 * @throws Error when a reference is external, dangling or part of a cycle.
 */
export function resolveRef<T>(document: unknown, value: unknown, pointer: string): Located<T> {
  let current = value;
  let at = pointer;
  for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
    if (current === null || typeof current !== "object" || typeof (current as { $ref?: unknown }).$ref !== "string") {
      return { value: current as T, pointer: at };
    }
    const ref = (current as { $ref: string }).$ref;
    if (!ref.startsWith("#")) throw new Error(`external $ref ${ref} at ${at || "/"} is not supported; bundle the spec first`);
    at = ref.slice(1);
    current = getAtPointer(document, at);
    if (current === undefined) throw new Error(`$ref ${ref} points at nothing`);
  }
  throw new Error(`$ref chain at ${pointer || "/"} is longer than ${MAX_REF_HOPS} hops (a cycle?)`);
}

function safeDecode(token: string): string {
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}

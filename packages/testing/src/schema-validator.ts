// JSON Schema 2020-12 validation of values against schemas inside a spec (Ajv; compiled lazily, cached).
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { Spec } from "./load-spec.js";
import { getAtPointer } from "./refs.js";

// ajv-formats is CommonJS; depending on the loader its function is the default export or under `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

interface SpecAjv {
  ajv: Ajv2020;
  documentId: string;
  compiled: Map<string, ValidateFunction | Error>;
}

const instances = new WeakMap<Spec, SpecAjv>();
let counter = 0;

const int = (bits: number) => (value: number) => Number.isInteger(value) && Math.abs(value) <= 2 ** (bits - 1);

function instanceFor(spec: Spec): SpecAjv {
  const existing = instances.get(spec);
  if (existing) return existing;
  // strict: false lets OpenAPI's own keywords (example, discriminator, xml, x-*) through.
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false, validateSchema: false });
  addFormats(ajv);
  ajv.addFormat("int32", { type: "number", validate: int(32) });
  ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat("float", { type: "number", validate: () => true });
  ajv.addFormat("double", { type: "number", validate: () => true });
  ajv.addFormat("byte", /^[A-Za-z0-9+/]*={0,2}$/);
  for (const name of ["binary", "password", "uint8", "uint32", "uint64", "int8", "int16", "uint16"]) {
    if (!ajv.formats[name]) ajv.addFormat(name, true);
  }
  const documentId = `clientele-spec-${++counter}:${encodeURIComponent(spec.api)}`;
  ajv.addSchema(spec.document as object, documentId, undefined, false);
  const created = { ajv, documentId, compiled: new Map<string, ValidateFunction | Error>() };
  instances.set(spec, created);
  return created;
}

/** Whether the document holds a schema at `pointer` (missing and `true` schemas accept anything). */
export function hasSchema(spec: Spec, pointer: string): boolean {
  const schema = getAtPointer(spec.document, pointer);
  return schema !== undefined && schema !== true && !(typeof schema === "object" && schema !== null && Object.keys(schema).length === 0);
}

/**
 * Validates `value` against the schema at `pointer` in the spec (e.g. `/components/schemas/Thing`).
 * The schema is compiled on first use and cached per spec and pointer.
 * @returns Ajv's errors, empty when the value is valid or there is no schema at the pointer.
 * @throws Error when the schema cannot be compiled (an invalid spec).
 */
export function validateAgainst(spec: Spec, pointer: string, value: unknown): ErrorObject[] {
  if (!hasSchema(spec, pointer)) return [];
  const { ajv, documentId, compiled } = instanceFor(spec);
  let validate = compiled.get(pointer);
  if (!validate) {
    try {
      const ref = `${documentId}#${pointer.split("/").map(encodeURIComponent).join("/")}`;
      validate = ajv.compile({ $ref: ref });
    } catch (error) {
      validate = new Error(`schema at ${pointer} does not compile: ${(error as Error).message}`);
    }
    compiled.set(pointer, validate);
  }
  if (validate instanceof Error) throw validate;
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

// Loading a spec: YAML (or JSON) from the package's copy, a file, or an object already in memory.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";
import type { OpenAPIDocument } from "./openapi.js";
import { indexOperations, type Operation } from "./operation-index.js";
import { specFile } from "./spec-location.js";
import { serverBasePaths } from "./servers.js";

/** A loaded, indexed spec. Obtain one with {@link loadSpec}. */
export interface Spec {
  /** Short name: the API name, or the file name without `.openapi.yaml`. */
  api: string;
  /** Where the spec came from (file path, or `"<object>"`). */
  source: string;
  /** The parsed document, as written (references unresolved). */
  document: OpenAPIDocument;
  /** Every operation, in the order of the document. */
  operations: Operation[];
  /** Path prefixes of the spec's servers (e.g. `/api/v2`), stripped from request paths when matching. */
  basePaths: string[];
}

/** What the validators and mocks accept as a spec: an API name, a file path, a document, or a loaded {@link Spec}. */
export type SpecInput = string | OpenAPIDocument | Spec;

const byFile = new Map<string, Spec>();
const byDocument = new WeakMap<object, Spec>();

const isSpec = (value: unknown): value is Spec =>
  typeof value === "object" && value !== null && Array.isArray((value as Spec).operations) && "document" in value;

/**
 * Loads and indexes a spec. Results are cached: loading the same API or file twice returns the same object.
 *
 * @param input - An API name (`"abeja"`, looked up with {@link specFile}), a path to a `.yaml`/`.json` file,
 *   a parsed OpenAPI 3.1 document, or an already loaded spec (returned as is).
 * @returns The spec with its operations indexed.
 * @throws Error when the file is missing or is not an OpenAPI document.
 *
 * @example
 * const spec = loadSpec("abeja");
 * spec.operations.map((op) => op.label);
 */
export function loadSpec(input: SpecInput): Spec {
  if (isSpec(input)) return input;
  if (typeof input === "object") {
    const cached = byDocument.get(input);
    if (cached) return cached;
    const spec = build(String(input.info?.title ?? "spec"), "<object>", input);
    byDocument.set(input, spec);
    return spec;
  }
  const isPath = /[\\/]/.test(input) || /\.(ya?ml|json)$/i.test(input);
  const file = isPath ? resolve(input) : specFile(input);
  const cached = byFile.get(file);
  if (cached) return cached;
  const document = parse(readFileSync(file, "utf8")) as OpenAPIDocument;
  if (!document || typeof document !== "object" || typeof document.openapi !== "string") {
    throw new Error(`${file} is not an OpenAPI document (no "openapi" field)`);
  }
  const api = isPath ? file.replace(/^.*[\\/]/, "").replace(/(\.openapi)?\.(ya?ml|json)$/i, "") : input;
  const spec = build(api, file, document);
  byFile.set(file, spec);
  return spec;
}

function build(api: string, source: string, document: OpenAPIDocument): Spec {
  const operations = indexOperations(document);
  return { api, source, document, operations, basePaths: serverBasePaths(document, operations) };
}

/** Finds an operation by operationId, or by `"METHOD /path/template"`. */
export function findOperation(spec: Spec, key: string): Operation | undefined {
  const m = /^([A-Za-z]+)\s+(\/.*)$/.exec(key);
  if (m) return spec.operations.find((op) => op.method === m[1]!.toLowerCase() && op.path === m[2]);
  return spec.operations.find((op) => op.operationId === key);
}

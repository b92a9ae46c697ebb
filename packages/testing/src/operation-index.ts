// Indexing a document's operations by method and path template, with their parameters, body and responses resolved.
import type {
  OpenAPIDocument,
  OperationObject,
  ParameterObject,
  PathItemObject,
  RequestBodyObject,
  ResponseObject,
  ServerObject,
} from "./openapi.js";
import { compilePathTemplate, type PathMatcher } from "./path-template.js";
import { joinPointer, resolveRef, type Located } from "./refs.js";
import { HTTP_METHODS, type HttpMethod } from "./types.js";

/** One operation of a spec, with every `$ref` of its parameters, body and responses followed. */
export interface Operation {
  /** The operationId, when the spec gives one. */
  operationId?: string;
  /** Lower-case method. */
  method: HttpMethod;
  /** The path template, e.g. `/things/{thing_id}`. */
  path: string;
  /** Readable name: `operationId (METHOD /path)`, or `METHOD /path` without an operationId. */
  label: string;
  /** JSON pointer of the operation object in the document. */
  pointer: string;
  /** Path-level and operation-level parameters (the operation's override the path's of the same name and place). */
  parameters: Array<Located<ParameterObject>>;
  /** The request body, when the operation takes one. */
  requestBody?: Located<RequestBodyObject>;
  /** Responses by status key (`"200"`, `"4XX"`, `"default"`). */
  responses: Record<string, Located<ResponseObject>>;
  /** Servers that apply to this operation (operation, else path, else document level). */
  servers: ServerObject[];
  /** Matcher of the path template. */
  matcher: PathMatcher;
}

/** Builds the list of operations of a document. */
export function indexOperations(document: OpenAPIDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const itemPointer = joinPointer("/paths", path);
    const item = resolveRef<PathItemObject>(document, rawItem, itemPointer);
    const matcher = compilePathTemplate(path);
    const shared = resolveParameters(document, item.value.parameters, joinPointer(item.pointer, "parameters"));
    for (const method of HTTP_METHODS) {
      const op = item.value[method] as OperationObject | undefined;
      if (!op || typeof op !== "object") continue;
      const pointer = joinPointer(item.pointer, method);
      const own = resolveParameters(document, op.parameters, joinPointer(pointer, "parameters"));
      const parameters = [...shared.filter((p) => !own.some((o) => o.value.name === p.value.name && o.value.in === p.value.in)), ...own];
      const responses: Record<string, Located<ResponseObject>> = {};
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        responses[status] = resolveRef<ResponseObject>(document, response, joinPointer(pointer, "responses", status));
      }
      const label = `${method.toUpperCase()} ${path}`;
      operations.push({
        ...(op.operationId ? { operationId: op.operationId } : {}),
        method,
        path,
        label: op.operationId ? `${op.operationId} (${label})` : label,
        pointer,
        parameters,
        ...(op.requestBody
          ? { requestBody: resolveRef<RequestBodyObject>(document, op.requestBody, joinPointer(pointer, "requestBody")) }
          : {}),
        responses,
        servers: op.servers ?? item.value.servers ?? document.servers ?? [],
        matcher,
      });
    }
  }
  return operations;
}

function resolveParameters(document: OpenAPIDocument, list: unknown, pointer: string): Array<Located<ParameterObject>> {
  if (!Array.isArray(list)) return [];
  return list.map((p, i) => resolveRef<ParameterObject>(document, p, joinPointer(pointer, i)));
}

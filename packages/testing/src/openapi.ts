// The parts of an OpenAPI 3.1 document this package reads. Loose on purpose: specs are hand-written.

/** A JSON Schema (2020-12) as embedded in an OpenAPI 3.1 document. */
export type SchemaObject = { [keyword: string]: unknown } | boolean;

/** An OpenAPI reference object. */
export interface ReferenceObject {
  $ref: string;
}

/** A server entry (`servers[]`). */
export interface ServerObject {
  url: string;
  description?: string;
  variables?: Record<string, { default?: string; enum?: string[]; description?: string }>;
}

/** A parameter (path, query, header or cookie). */
export interface ParameterObject {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: SchemaObject;
  style?: string;
  explode?: boolean;
  example?: unknown;
  content?: Record<string, MediaTypeObject>;
}

/** One media type of a body. */
export interface MediaTypeObject {
  schema?: SchemaObject;
  example?: unknown;
  examples?: Record<string, { value?: unknown; $ref?: string }>;
}

/** A request body. */
export interface RequestBodyObject {
  required?: boolean;
  content?: Record<string, MediaTypeObject>;
}

/** A response header. */
export interface HeaderObject {
  required?: boolean;
  schema?: SchemaObject;
}

/** A response. */
export interface ResponseObject {
  description?: string;
  headers?: Record<string, HeaderObject | ReferenceObject>;
  content?: Record<string, MediaTypeObject>;
}

/** An operation. */
export interface OperationObject {
  operationId?: string;
  summary?: string;
  parameters?: Array<ParameterObject | ReferenceObject>;
  requestBody?: RequestBodyObject | ReferenceObject;
  responses?: Record<string, ResponseObject | ReferenceObject>;
  servers?: ServerObject[];
}

/** A path item: operations by method plus shared parameters and servers. */
export type PathItemObject = {
  parameters?: Array<ParameterObject | ReferenceObject>;
  servers?: ServerObject[];
  $ref?: string;
} & { [method: string]: unknown };

/** An OpenAPI 3.1 document. */
export interface OpenAPIDocument {
  openapi: string;
  info?: { title?: string; version?: string };
  servers?: ServerObject[];
  paths?: Record<string, PathItemObject>;
  components?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

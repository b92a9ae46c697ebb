// Spec-review rules for every spec in specs/ (a Redocly plugin, loaded by redocly.yaml, so
// `pnpm lint:specs` runs them, and `pnpm test` with it). A typed client is only as true as its
// spec's strictness, so strictness must name where it comes from:
//
//   clientele/enum-source      a closed `enum` needs `x-source` (on the schema, or on a schema or
//                              operation that contains it), or must be open: a branch of an
//                              `anyOf` that also accepts any string.
//   clientele/required-source  `required` on a schema that a response uses needs `x-source` the
//                              same way (the SDK model, fixture or live exchange it was read from).
//   clientele/error-responses  every operation declares an error: a 4XX/5XX status, and `default`.
//
// `x-source` is free text naming the evidence, e.g. `nextmv-py run.py Metadata @0f96f320`.

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
const SCHEMA_KEYS = [
  "items",
  "not",
  "additionalProperties",
  "contains",
  "if",
  "then",
  "else",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
];
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "dependentSchemas"];

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const escapeToken = (s) => String(s).replaceAll("~", "~0").replaceAll("/", "~1");
const pointer = (path) => `#/${path.map(escapeToken).join("/")}`;
const isOpenString = (s) => isObject(s) && s.type === "string" && s.enum === undefined && s.const === undefined;

/**
 * Calls `visit(schema, path, sourced, branches)` for every schema under `node`, in document order;
 * `sourced` tells whether it or a schema around it has `x-source`, and `branches` is the `anyOf`
 * list the schema is a direct branch of (if any).
 */
function walkSchema(node, path, sourced, visit, branches) {
  if (!isObject(node)) return;
  const here = sourced || typeof node["x-source"] === "string";
  visit(node, path, here, branches);
  for (const key of SCHEMA_KEYS) if (isObject(node[key])) walkSchema(node[key], [...path, key], here, visit);
  for (const key of SCHEMA_LISTS) {
    if (!Array.isArray(node[key])) continue;
    for (const [i, branch] of node[key].entries())
      walkSchema(branch, [...path, key, i], here, visit, key === "anyOf" ? node[key] : undefined);
  }
  for (const key of SCHEMA_MAPS) {
    if (!isObject(node[key])) continue;
    for (const [name, branch] of Object.entries(node[key])) walkSchema(branch, [...path, key, name], here, visit);
  }
}

/** Every schema of the document: components' schemas, parameters' and media types' schemas. */
function eachSchema(root, visit) {
  for (const [name, s] of Object.entries(root.components?.schemas ?? {})) walkSchema(s, ["components", "schemas", name], false, visit);
  const media = (content, path, sourced) => {
    for (const [type, m] of Object.entries(content ?? {}))
      if (isObject(m?.schema)) walkSchema(m.schema, [...path, "content", type, "schema"], sourced, visit);
  };
  for (const [name, p] of Object.entries(root.components?.parameters ?? {}))
    if (isObject(p?.schema)) walkSchema(p.schema, ["components", "parameters", name, "schema"], !!p["x-source"], visit);
  for (const [name, r] of Object.entries(root.components?.responses ?? {}))
    media(r?.content, ["components", "responses", name], !!r?.["x-source"]);
  for (const [name, r] of Object.entries(root.components?.requestBodies ?? {}))
    media(r?.content, ["components", "requestBodies", name], !!r?.["x-source"]);
  for (const [route, item] of Object.entries(root.paths ?? {})) {
    for (const [method, op] of Object.entries(item ?? {})) {
      if (!METHODS.has(method) || !isObject(op)) continue;
      const base = ["paths", route, method];
      const sourced = typeof op["x-source"] === "string";
      for (const [i, p] of (op.parameters ?? []).entries())
        if (isObject(p?.schema)) walkSchema(p.schema, [...base, "parameters", i, "schema"], sourced, visit);
      media(op.requestBody?.content, [...base, "requestBody"], sourced);
      for (const [status, r] of Object.entries(op.responses ?? {}))
        media(r?.content, [...base, "responses", status], sourced || !!r?.["x-source"]);
    }
    for (const [i, p] of (item?.parameters ?? []).entries())
      if (isObject(p?.schema)) walkSchema(p.schema, ["paths", route, "parameters", i, "schema"], false, visit);
  }
}

/** Pointers (`#/components/schemas/X/...`) of every schema a response can reach, through `$ref`s. */
function responseSchemas(root) {
  const reached = new Set();
  const parts = (ref) =>
    ref
      .slice(2)
      .split("/")
      .map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"));
  const resolve = (ref) => parts(ref).reduce((n, k) => n?.[k], root);
  const follow = (node, path) => {
    walkSchema(node, path, false, (schema, at) => {
      reached.add(pointer(at));
      if (typeof schema.$ref === "string" && schema.$ref.startsWith("#/") && !reached.has(schema.$ref)) {
        reached.add(schema.$ref);
        follow(resolve(schema.$ref), parts(schema.$ref));
      }
    });
  };
  for (const [route, item] of Object.entries(root.paths ?? {}))
    for (const [method, op] of Object.entries(item ?? {}))
      if (METHODS.has(method) && isObject(op))
        for (const [status, r] of Object.entries(op.responses ?? {})) {
          const [response, path] =
            typeof r?.$ref === "string" ? [resolve(r.$ref), parts(r.$ref)] : [r, ["paths", route, method, "responses", status]];
          for (const [type, m] of Object.entries(response?.content ?? {}))
            if (isObject(m?.schema)) follow(m.schema, [...path, "content", type, "schema"]);
        }
  return reached;
}

const at = (ctx, path) => ctx.location.child(path);

function EnumSource() {
  return {
    Root: {
      leave(root, ctx) {
        eachSchema(root, (schema, path, sourced, branches) => {
          if (!Array.isArray(schema.enum) || sourced) return;
          if (branches?.some(isOpenString)) return;
          ctx.report({
            message: `closed enum [${schema.enum.map((v) => JSON.stringify(v)).join(", ")}] without \`x-source\`: name the source that closes it, or make it open (anyOf: [{enum: [...]}, {type: string}])`,
            location: at(ctx, [...path, "enum"]),
          });
        });
      },
    },
  };
}

function RequiredSource() {
  return {
    Root: {
      leave(root, ctx) {
        const reached = responseSchemas(root);
        eachSchema(root, (schema, path, sourced) => {
          if (!Array.isArray(schema.required) || !schema.required.length || sourced || !reached.has(pointer(path))) return;
          ctx.report({
            message: `response schema requires [${schema.required.join(", ")}] without \`x-source\`: name the SDK model, fixture or live exchange that shows the fields are always sent`,
            location: at(ctx, [...path, "required"]),
          });
        });
      },
    },
  };
}

function ErrorResponses() {
  return {
    Operation(op, ctx) {
      const statuses = Object.keys(op.responses ?? {});
      if (!statuses.some((s) => /^[45]/.test(s)))
        ctx.report({ message: "operation declares no 4XX/5XX error response", location: ctx.location.child(["responses"]) });
      if (!statuses.includes("default"))
        ctx.report({ message: "operation has no `default` (error) response", location: ctx.location.child(["responses"]) });
    },
  };
}

export default function specReview() {
  return {
    id: "clientele",
    rules: { oas3: { "enum-source": EnumSource, "required-source": RequiredSource, "error-responses": ErrorResponses } },
  };
}

// Whether a request carries the credentials the spec's `security` asks for (header presence only: the
// mock cannot know which keys are valid). mutualTLS is outside what a request shows, so it counts as met.
import type { Spec } from "./load-spec.js";
import type { Operation } from "./operation-index.js";
import { getAtPointer } from "./refs.js";

type SecurityRequirement = Record<string, unknown>;
interface SecurityScheme {
  type?: string;
  scheme?: string;
  in?: string;
  name?: string;
}

/**
 * What the request lacks, e.g. `Authorization: Basic … or Authorization: Bearer …`, or `undefined` when
 * one of the operation's security requirements (its own `security`, else the document's) is met.
 */
export function missingCredentials(
  spec: Spec,
  op: Operation,
  request: { headers: Record<string, string>; query: Record<string, string | string[]> },
): string | undefined {
  const own = (getAtPointer(spec.document, op.pointer) as { security?: SecurityRequirement[] } | undefined)?.security;
  const requirements = own ?? (spec.document as { security?: SecurityRequirement[] }).security;
  if (!requirements || requirements.length === 0) return undefined;
  const schemes = ((spec.document as { components?: { securitySchemes?: Record<string, SecurityScheme> } }).components?.securitySchemes ??
    {}) as Record<string, SecurityScheme>;
  const wanted: string[] = [];
  for (const requirement of requirements) {
    const names = Object.keys(requirement);
    const unmet = names.filter((name) => !schemeMet(schemes[name], request));
    if (unmet.length === 0) return undefined;
    wanted.push(unmet.map((name) => describeScheme(name, schemes[name])).join(" and "));
  }
  return wanted.join(" or ");
}

function schemeMet(
  scheme: SecurityScheme | undefined,
  request: { headers: Record<string, string>; query: Record<string, string | string[]> },
): boolean {
  if (!scheme) return true; // An undefined scheme is the spec's problem, not the request's.
  const authorization = request.headers.authorization ?? "";
  switch (scheme.type) {
    case "http": {
      const kind = (scheme.scheme ?? "").toLowerCase();
      return new RegExp(`^${kind}\\s+\\S`, "i").test(authorization);
    }
    case "oauth2":
    case "openIdConnect":
      return /^bearer\s+\S/i.test(authorization);
    case "apiKey": {
      const name = scheme.name ?? "";
      if (scheme.in === "query") return request.query[name] !== undefined;
      if (scheme.in === "cookie") return new RegExp(`(^|;\\s*)${name}=`).test(request.headers.cookie ?? "");
      return (request.headers[name.toLowerCase()] ?? "") !== "";
    }
    default:
      return true; // mutualTLS and unknown types: nothing in the request to check.
  }
}

function describeScheme(name: string, scheme: SecurityScheme | undefined): string {
  if (scheme?.type === "http") return `Authorization: ${capitalize(scheme.scheme ?? "")} … (${name})`;
  if (scheme?.type === "apiKey")
    return `${scheme.in === "query" ? "query parameter" : scheme.in === "cookie" ? "cookie" : "header"} ${scheme.name} (${name})`;
  return `Authorization: Bearer … (${name})`;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

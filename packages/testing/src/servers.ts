// Reading `servers` entries: their base paths and the hosts they stand for.
import type { OpenAPIDocument, ServerObject } from "./openapi.js";
import type { Operation } from "./operation-index.js";

/** A server URL with its `{variables}` replaced by their defaults (or a placeholder). */
export function expandServerUrl(server: ServerObject): string {
  return server.url.replace(/\{([^}]+)\}/g, (_, name: string) => server.variables?.[name]?.default ?? "x");
}

/** The path part of a server URL (`https://h/api/v2` → `/api/v2`), `""` for none. */
export function serverBasePath(server: ServerObject): string {
  try {
    const path = new URL(expandServerUrl(server), "http://localhost").pathname.replace(/\/+$/, "");
    return path === "/" ? "" : path;
  } catch {
    return "";
  }
}

/** Every distinct non-empty base path among the document's and operations' servers, longest first. */
export function serverBasePaths(document: OpenAPIDocument, operations: Operation[]): string[] {
  const servers = [...(document.servers ?? []), ...operations.flatMap((op) => op.servers)];
  const paths = new Set(servers.map(serverBasePath).filter((p) => p !== ""));
  return [...paths].sort((a, b) => b.length - a.length);
}

/**
 * A pattern matching the origins (`scheme://host[:port]`) of the given servers; `{variables}` in the host
 * match any label. Relative server URLs contribute nothing.
 */
export function serverOriginPattern(servers: ServerObject[]): RegExp | undefined {
  const sources = new Set<string>();
  for (const server of servers) {
    const m = /^([a-z][a-z0-9+.-]*:\/\/[^/]+)/i.exec(server.url);
    if (!m) continue;
    const origin = m[1]!.toLowerCase();
    // A host that is nothing but a variable (`https://{host}:{port}`) would claim every request: skip it.
    if (/^[a-z][a-z0-9+.-]*:\/\/\{[^}]+\}(:[^/]*)?$/i.test(origin)) continue;
    sources.add(
      origin
        .split(/(\{[^}]+\})/)
        .map((part) => (/^\{[^}]+\}$/.test(part) ? "[^/.:]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
        .join(""),
    );
  }
  if (sources.size === 0) return undefined;
  return new RegExp(`^(?:${[...sources].join("|")})$`, "i");
}

// Matching concrete URL paths against OpenAPI path templates (`/things/{thing_id}`).

/** A compiled path template. */
export interface PathMatcher {
  /** The template as written in the spec. */
  template: string;
  /** Names of the template's parameters, in order. */
  paramNames: string[];
  /** Per segment, `true` when literal: literal segments win over parameters when several templates match. */
  literalSegments: boolean[];
  /** Anchored expression over the path. */
  regex: RegExp;
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Compiles a path template into a {@link PathMatcher}. */
export function compilePathTemplate(template: string): PathMatcher {
  const paramNames: string[] = [];
  const segments = template.split("/").slice(1);
  const literalSegments = segments.map((s) => !s.includes("{"));
  const source = segments
    .map((segment) =>
      segment
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1];
          if (name === undefined) return escapeRegex(part);
          paramNames.push(name);
          return "([^/]+)";
        })
        .join(""),
    )
    .join("/");
  return { template, paramNames, literalSegments, regex: new RegExp(`^/${source}/?$`) };
}

/** Path parameters of `path` when it matches the template, decoded; `undefined` otherwise. */
export function matchPath(matcher: PathMatcher, path: string): Record<string, string> | undefined {
  const m = matcher.regex.exec(path);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  matcher.paramNames.forEach((name, i) => {
    const raw = m[i + 1] ?? "";
    try {
      params[name] = decodeURIComponent(raw);
    } catch {
      params[name] = raw;
    }
  });
  return params;
}

/** Orders matchers most specific first: at the first differing segment, a literal beats a parameter. */
export function compareSpecificity(a: PathMatcher, b: PathMatcher): number {
  const n = Math.min(a.literalSegments.length, b.literalSegments.length);
  for (let i = 0; i < n; i++) {
    if (a.literalSegments[i] !== b.literalSegments[i]) return a.literalSegments[i] ? -1 : 1;
  }
  return 0;
}

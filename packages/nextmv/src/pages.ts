// Listings paged with `pagereturn=true` / `pagetoken`, as async iterators.

import { paginate, type CallOptions } from "@clientele/core";

/** The query a paged listing sends: page objects, and the token of the page to read. */
export interface PageQuery {
  pagereturn: true;
  pagetoken?: string;
}

/** Options of every `list…` helper: a page bound, and core's per-call options for each page's request. */
export interface ListOptions extends CallOptions {
  /** Stop with an error after this many pages (default 1000), so a server bug cannot loop forever. */
  maxPages?: number;
}

/**
 * Iterates a listing page by page. `getPage` sends one request with `pagereturn=true` (and
 * `pagetoken` after the first page). A server that still answers in a listing's historical shape
 * (a bare array, or `{ [legacyField]: [...] }`) is read as a single last page.
 */
export function listPages<T>(
  getPage: (query: PageQuery) => Promise<unknown>,
  what: string,
  options: { maxPages?: number; legacyField?: string } = {},
): AsyncGenerator<T, void, undefined> {
  return paginate<T>(
    async (token) => {
      const body = await getPage(token === undefined ? { pagereturn: true } : { pagereturn: true, pagetoken: token });
      if (Array.isArray(body)) return { items: body };
      if (options.legacyField && body && typeof body === "object" && !("items" in body)) {
        const legacy = (body as Record<string, unknown>)[options.legacyField];
        if (Array.isArray(legacy)) return { items: legacy };
      }
      return body;
    },
    { what, maxPages: options.maxPages },
  );
}

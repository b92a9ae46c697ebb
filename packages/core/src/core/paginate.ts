// Token-paged endpoints as async iterators.

import { ClienteleError } from "./errors.js";

export interface PaginateOptions {
  /** Field holding the page's items (default `items`). */
  itemsField?: string;
  /** Field holding the next page's token; empty or absent ends the listing (default `next_page_token`). */
  tokenField?: string;
  /** Stop with an error after this many pages (default 1000), so a server bug cannot loop forever. */
  maxPages?: number;
  /** Names the listing in errors, e.g. `GET /v1/applications/app/runs`. */
  what?: string;
}

/**
 * Iterates every item of a token-paged listing. `fetchPage(token)` gets one page (`token` is
 * `undefined` for the first). As the official SDKs do, a page that is `null` or empty ends the
 * listing, and a `null` or absent items field is an empty page (its token, if any, is still followed).
 *
 * @example
 * ```ts
 * import { paginate } from "@clientele/core";
 * const pages = [{ items: [1, 2], next_page_token: "p2" }, { items: [3] }];
 * for await (const n of paginate<number>(async (token) => pages[token ? 1 : 0])) console.log(n);
 * ```
 */
export async function* paginate<T>(
  fetchPage: (token: string | undefined) => Promise<unknown>,
  options: PaginateOptions = {},
): AsyncGenerator<T, void, undefined> {
  const itemsField = options.itemsField ?? "items";
  const tokenField = options.tokenField ?? "next_page_token";
  const maxPages = options.maxPages ?? 1000;
  const what = options.what ?? "listing";
  let token: string | undefined;
  for (let page = 1; ; page++) {
    if (page > maxPages) throw new ClienteleError(`${what}: more than ${maxPages} pages; stopped (raise maxPages to read further)`);
    const body = await fetchPage(token);
    // Go servers marshal a nil slice as `null` and an empty answer may have no body at all; the
    // official SDKs read both as an empty page (`resp.get("items")` / `if page_items is not None`).
    if (body === undefined || body === null) return;
    if (typeof body !== "object" || Array.isArray(body)) {
      throw new ClienteleError(
        `${what}: page ${page} is not an object with \`${itemsField}\` (got ${Array.isArray(body) ? "a list" : typeof body})`,
      );
    }
    const raw = (body as Record<string, unknown>)[itemsField];
    const items = raw === undefined || raw === null ? [] : raw;
    if (!Array.isArray(items)) {
      throw new ClienteleError(`${what}: page ${page} has a \`${itemsField}\` that is not a list (got ${typeof items})`);
    }
    yield* items as T[];
    const next = (body as Record<string, unknown>)[tokenField];
    if (next === undefined || next === null || next === "") return;
    if (typeof next !== "string") throw new ClienteleError(`${what}: page ${page} has a \`${tokenField}\` that is not a string`);
    token = next;
  }
}

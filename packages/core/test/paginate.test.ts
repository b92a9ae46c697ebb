// paginate() over a real loopback server: null, missing and empty pages end or continue the
// listing as the official SDKs read them, instead of throwing.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ClienteleError, createApiClient, paginate } from "@clientele/core";
import { startScriptedServer, type ScriptedServer } from "../../../test/support/scripted-server.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

/** Every item of the listing at `/items`, one request per page, the token sent as `?token=`. */
async function listAll(options: { maxPages?: number } = {}): Promise<unknown[]> {
  const api = createApiClient<Record<string, never>>({ baseUrl: server.url }, {});
  const seen: unknown[] = [];
  const pages = paginate<unknown>(async (token) => (await api.request("GET", "/items", { params: { query: { token } } })).data, {
    what: "GET /items",
    ...options,
  });
  for await (const item of pages) seen.push(item);
  return seen;
}

describe("paginate over the wire", () => {
  it.each([
    ["items: null", { status: 200, json: { items: null } }],
    ["no items field", { status: 200, json: {} }],
    ["items: []", { status: 200, json: { items: [], next_page_token: null } }],
    ["a null body", { status: 200, text: "null", headers: { "content-type": "application/json" } }],
    ["an empty body", { status: 200, body: "", headers: { "content-type": "application/json" } }],
    ["a 204", { status: 204 }],
  ])("reads %s as an empty last page", async (_name, answer) => {
    server.script(answer);
    expect(await listAll()).toEqual([]);
    expect(server.count("GET")).toBe(1);
  });

  it("follows the token of a page whose items are null, and stops at an empty token", async () => {
    server.script(
      { status: 200, json: { items: [1, 2], next_page_token: "b" } },
      { status: 200, json: { items: null, next_page_token: "c" } },
      { status: 200, json: { items: [3], next_page_token: "" } },
    );
    expect(await listAll()).toEqual([1, 2, 3]);
    expect(server.received.map((r) => r.url)).toEqual(["/items", "/items?token=b", "/items?token=c"]);
  });

  it("still refuses what no SDK accepts: items that are not a list, a bare string page, a non-string token", async () => {
    server.script({ status: 200, json: { items: "nope" } });
    await expect(listAll()).rejects.toThrow("GET /items: page 1 has a `items` that is not a list (got string)");
    server.script({ status: 200, json: "text" });
    await expect(listAll()).rejects.toThrow(ClienteleError);
    server.script({ status: 200, json: { items: [1], next_page_token: 7 } });
    await expect(listAll()).rejects.toThrow("page 1 has a `next_page_token` that is not a string");
  });

  it("stops a server that never ends the listing at maxPages", async () => {
    server.always({ status: 200, json: { items: null, next_page_token: "again" } });
    await expect(listAll({ maxPages: 3 })).rejects.toThrow(/more than 3 pages/);
    expect(server.count("GET")).toBe(3);
  });
});

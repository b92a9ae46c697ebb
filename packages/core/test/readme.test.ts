// packages/core/README.md's examples, run as written against a real server on 127.0.0.1: the error
// explainer on real errors, and the documented client options on a client that retries and sends them.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type ClientOptions, createApiClient } from "@clientele/core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { importBlock, tsBlocks } from "../../../test/support/readme-blocks.js";

const [errorsExample, optionsExample] = tsBlocks(new URL("../README.md", import.meta.url));

let server: Server;
let baseUrl: string;
const seen: IncomingHttpHeaders[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    if (req.url === "/missing") res.writeHead(404, { "content-type": "application/json" }).end('{"error":"no such thing"}');
    else if (req.url === "/broken") res.writeHead(500, { "content-type": "text/plain" }).end("it broke");
    // The first two calls to /busy are turned away with Retry-After: 0, the third is answered.
    else if (req.url === "/busy" && seen.filter((h) => h["x-test"] === "busy").length < 3) res.writeHead(429, { "retry-after": "0" }).end();
    else res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

it("has the two examples this test runs", () => {
  expect(errorsExample).toContain("export function explain");
  expect(optionsExample).toContain("export const options");
});

it("Errors: explain() says a 404's URL, any other HTTP error's status and attempts", async () => {
  const { explain } = await importBlock<{ explain(error: unknown): string }>(errorsExample!, import.meta.url, "errors");
  const client = createApiClient<any>({ baseUrl, retry: { maxRetries: 0 } });
  const notFound = await client.GET("/missing", {}).catch((error: unknown) => error);
  expect(explain(notFound)).toBe(`not found: ${baseUrl}/missing`);
  const broken = await client.GET("/broken", {}).catch((error: unknown) => error);
  expect(explain(broken)).toMatch(/^500 after 1 attempt\(s\): GET .*\/broken → 500/);
  expect(explain(new TypeError("bad"))).toBe("TypeError: bad");
});

it("Client options: the example's options retry a 429 and send the team's header on every attempt", async () => {
  const { options } = await importBlock<{ options: ClientOptions }>(optionsExample!, import.meta.url, "options");
  expect(options.baseUrl).toBe("https://api.example.com");
  // The example's options, with this server in place of the example's host.
  const client = createApiClient<any>({ ...options, baseUrl, headers: { ...options.headers, "X-Test": "busy" } });
  const { data } = await client.GET("/busy", {});
  expect(data).toEqual({ ok: true });
  const attempts = seen.filter((h) => h["x-test"] === "busy");
  expect(attempts).toHaveLength(3);
  expect(attempts.map((h) => h["x-team"])).toEqual(["routing", "routing", "routing"]);
});

// The typed client's untyped twin, `request()`: one path to the wire for paths outside a spec.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApiClient, NotFound, ResponseParseError, TimeoutError } from "@clientele/core";
import { startScriptedServer, type ScriptedServer } from "../../../test/support/scripted-server.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const api = () =>
  createApiClient<Record<string, never>>(
    { baseUrl: `${server.url}/root/`, headers: { "X-Client": "1" } },
    {
      errorFields: (body) => ({
        message: (body as { reason?: string })?.reason,
        fields: { reason: (body as { reason?: string })?.reason },
      }),
    },
  );

describe("request()", () => {
  it("templates and encodes path parameters, serializes queries, and sends JSON bodies", async () => {
    await api().request("post", "/things/{name}", {
      params: { path: { name: "a b/c" }, query: { tag: ["x", "y"], n: 2, skip: undefined, none: null, flag: true } },
      body: { hello: "world" },
      headers: { "X-Call": "2" },
    });
    const [r] = server.received;
    expect(r?.method).toBe("POST");
    expect(r?.url).toBe("/root/things/a%20b%2Fc?tag=x&tag=y&n=2&flag=true");
    expect(r?.json).toEqual({ hello: "world" });
    expect(r?.headers["content-type"]).toBe("application/json");
    expect(r?.headers["x-client"]).toBe("1");
    expect(r?.headers["x-call"]).toBe("2");
  });

  it("refuses `.`, `..` and missing path parameters, naming them, before sending", async () => {
    await expect(api().request("GET", "/things/{name}", { params: { path: { name: ".." } } })).rejects.toThrow(/`name` cannot be ".."/);
    await expect(api().request("GET", "/things/{name}", { params: { path: {} } })).rejects.toThrow(/`name` is missing/);
    expect(server.count()).toBe(0);
  });

  it("sends raw bodies as they are, with a fitting default Content-Type", async () => {
    const bytes = new Uint8Array([0, 1, 2, 255]);
    await api().request("PUT", "/bin", { body: bytes });
    await api().request("PUT", "/text", { body: "plain words" });
    await api().request("PUT", "/typed", { body: "a,b", headers: { "Content-Type": "text/csv" } });
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode("streamed "));
        c.enqueue(new TextEncoder().encode("body"));
        c.close();
      },
    });
    await api().request("POST", "/stream", { body: stream });
    const [bin, text, typed, streamed] = server.received;
    expect([...bin!.body]).toEqual([0, 1, 2, 255]);
    expect(bin!.headers["content-type"]).toBe("application/octet-stream");
    expect(text!.text).toBe("plain words");
    expect(text!.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(typed!.headers["content-type"]).toBe("text/csv");
    expect(streamed!.text).toBe("streamed body");
  });

  it("reads bodies as asked: json (strict), text, bytes, auto", async () => {
    server.script(
      { status: 200, headers: { "content-type": "text/html" }, text: "<html>login</html>" },
      { status: 200, headers: { "content-type": "text/plain" }, text: "metrics 1" },
      { status: 200, headers: { "content-type": "application/octet-stream" }, body: Buffer.from([7, 8]) },
      { status: 200, headers: { "content-type": "text/plain" }, text: "metrics 2" },
      { status: 200, headers: { "content-type": "application/json" }, text: "" },
    );
    const client = api();
    const error = await client.request("GET", "/page").catch((e) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error.message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/root\/page: HTTP 200 with an unreadable body \(expected JSON, got text\/html\)$/,
    );
    expect((await client.request("GET", "/m", { parseAs: "text" })).data).toBe("metrics 1");
    expect((await client.request("GET", "/f", { parseAs: "auto" })).data).toEqual(new Uint8Array([7, 8]));
    expect((await client.request("GET", "/m", { parseAs: "auto" })).data).toBe("metrics 2");
    expect((await client.request("GET", "/empty")).data).toBeUndefined();
  });

  it("builds errors that read `METHOD url → status: reason`, with the API's fields", async () => {
    server.script({ status: 404, json: { reason: "no such thing" } }, { status: 404, text: "" });
    const error = await api()
      .request("GET", "/things/x")
      .catch((e) => e);
    expect(error).toBeInstanceOf(NotFound);
    expect(error.message).toBe(`GET ${server.url}/root/things/x \u2192 404 Not Found: no such thing`);
    expect(error.reason).toBe("no such thing");
    const bare = await api()
      .request("GET", "/things/y")
      .catch((e) => e);
    expect(bare.message).toBe(`GET ${server.url}/root/things/y \u2192 404 Not Found`);
  });

  it("bounds each attempt by the per-call timeout", async () => {
    server.script("stall-headers");
    const started = Date.now();
    const error = await api()
      .request("GET", "/slow", { timeout: 150 })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.timeout).toBe(150);
    // Not undici's half-second timer ticks: the attempt ends close to its timeout.
    expect(Date.now() - started).toBeLessThan(450);
  });

  it("cancels with the caller's signal", async () => {
    server.script("stall-headers");
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user gave up")), 50);
    await expect(api().request("GET", "/slow", { signal: controller.signal })).rejects.toThrow("user gave up");
  });
});

// A typed call with no middleware skips openapi-fetch's Request and the Response it would parse:
// what goes on the wire must be exactly what openapi-fetch's own path sends, and the caller's
// `response` must still be a full Response, made when first looked at.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Middleware } from "openapi-fetch";
import { createApiClient } from "@clientele/core";
import { startScriptedServer, type Received, type ScriptedServer } from "../../../test/support/scripted-server.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const api = () => createApiClient<Record<string, never>>({ baseUrl: server.url, headers: { "X-Base": "base", "X-Drop": "gone" } }, {});

/** A middleware that changes nothing, so the call goes through openapi-fetch's own request. */
const passThrough: Middleware = { onRequest: ({ request }) => request };

/** What a request looked like on the wire, without what differs from send to send. */
const wire = (r: Received | undefined) => ({
  method: r?.method,
  url: r?.url,
  text: r?.text.replace(/-+formdata-[\w-]+/g, "--boundary"),
  contentType: r?.headers["content-type"]?.replace(/boundary=\S+/, "boundary=…"),
  base: r?.headers["x-base"],
  drop: r?.headers["x-drop"],
  call: r?.headers["x-call"],
  param: r?.headers["x-param"],
});

/** The same call both ways: directly, then through openapi-fetch with a middleware installed. */
async function bothWays(method: string, path: string, init: Record<string, unknown>) {
  await api().request(method, path, init as never);
  const viaOpenapiFetch = api();
  viaOpenapiFetch.use(passThrough);
  await viaOpenapiFetch.request(method, path, init as never);
  expect(server.received).toHaveLength(2);
  return server.received.map(wire);
}

describe("a typed call without middleware", () => {
  it("gives a Response made on first look: status, headers, the URL sent, its body already read", async () => {
    server.script({ status: 200, headers: { "x-answer": "42" }, json: { id: "a b" } });
    const result = await api().GET("/things/{name}" as never, { params: { path: { name: "a b" }, query: { q: [1, 2] } } } as never);
    expect(result.data).toEqual({ id: "a b" });
    const { response } = result;
    expect(response).toBeInstanceOf(Response);
    expect(response).toBe(result.response);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-answer")).toBe("42");
    expect(response.url).toBe(`${server.url}/things/a%20b?q=1&q=2`);
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it("merges headers as openapi-fetch does: later sets win, null removes, arrays repeat", async () => {
    const sent = await bothWays("GET", "/h", {
      headers: { "X-Call": ["one", "two"], "x-drop": null },
      params: { header: { "X-Param": 7 } },
    });
    expect(sent[0]).toEqual({ ...sent[1] });
    expect(sent[0]).toMatchObject({ base: "base", drop: undefined, call: "one, two", param: "7" });
  });

  it("sends every kind of body with the Content-Type openapi-fetch's path gives it", async () => {
    const form = new FormData();
    form.set("field", "value");
    const cases: Array<[unknown, string | undefined]> = [
      [{ a: 1 }, "application/json"],
      ["plain words", "text/plain; charset=utf-8"],
      [new Uint8Array([1, 2, 3]), "application/octet-stream"],
      [new URLSearchParams({ a: "1", b: "two" }), "application/x-www-form-urlencoded;charset=UTF-8"],
      [new Blob(["<x/>"], { type: "application/xml" }), "application/xml"],
      [form, "multipart/form-data; boundary=…"],
    ];
    for (const [body, contentType] of cases) {
      server.reset();
      const [direct, viaOpenapiFetch] = await bothWays("POST", "/b", { body });
      expect(direct).toEqual(viaOpenapiFetch);
      expect(direct?.contentType).toBe(contentType);
    }
    expect(server.received[0]?.text).toContain('name="field"');
  });

  it("lets a call's own Content-Type, querySerializer and bodySerializer decide", async () => {
    const init = {
      params: { query: { ids: [1, 2], filter: { kind: "x" } } },
      querySerializer: { array: { style: "pipeDelimited", explode: false } },
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: { a: "1", b: "2" },
    };
    const [direct, viaOpenapiFetch] = await bothWays("PUT", "/q", init);
    expect(direct).toEqual(viaOpenapiFetch);
    expect(direct?.url).toBe("/q?ids=1|2&filter[kind]=x");
    expect(direct?.text).toBe("a=1&b=2");

    server.reset();
    await api().request("PUT", "/f", {
      querySerializer: () => "custom=1",
      bodySerializer: (body: unknown) => `<${JSON.stringify(body)}>`,
      body: { a: 1 },
    } as never);
    expect(server.received[0]?.url).toBe("/f?custom=1");
    expect(server.received[0]?.text).toBe('<{"a":1}>');
  });
});

describe("the Node transport's bodies", () => {
  it("a body nobody reads yet makes the server wait instead of filling memory, and reads whole later", async () => {
    const total = 64 << 20;
    let written = 0;
    server.script((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(total) });
      const chunk = Buffer.alloc(1 << 20, 7);
      const write = (): void => {
        while (written < total) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", write);
        }
        res.end();
      };
      write();
    });
    const response = await api().fetch(`${server.url}/big`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // 1 MiB held by the client, plus what the kernel's socket buffers take on loopback.
    expect(written).toBeLessThan(32 << 20);
    expect((await response.arrayBuffer()).byteLength).toBe(total);
  });

  it("an abort while waiting for the headers rejects at once with the signal's reason", async () => {
    server.script("stall-headers");
    const controller = new AbortController();
    const reason = new Error("user gave up");
    setTimeout(() => controller.abort(reason), 50);
    const started = Date.now();
    await expect(api().request("GET", "/stall", { signal: controller.signal, retry: { maxRetries: 0 } })).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

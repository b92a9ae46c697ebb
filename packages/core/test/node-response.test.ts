// The Node transport's Response reads undici's body directly and makes a WHATWG stream only when
// one is asked for; either way it must behave as a Response does.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClienteleError, createApiClient, createTransport } from "@clientele/core";

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/empty") return res.writeHead(204).end();
    if (req.url?.startsWith("/cut")) {
      res.writeHead(200, { "content-length": "100" }).write("0123456789");
      return void setTimeout(() => res.destroy(), 20);
    }
    if (req.url === "/big") {
      // 64 MiB unless the reader cancels: writes stop when the connection closes.
      res.writeHead(200, { "content-length": String(64 << 20) });
      let left = 64;
      const write = (): void => {
        while (left-- > 0) if (!res.write(Buffer.alloc(1 << 20))) return void res.once("drain", write);
        res.end();
      };
      return write();
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ path: req.url }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

describe("the node transport's Response", () => {
  it("is a Response with the URL sent, read once by text(), json() or arrayBuffer()", async () => {
    const fetch = createTransport();
    const res = await fetch(`${base}/a?b=1`);
    expect(res).toBeInstanceOf(Response);
    expect(res.url).toBe(`${base}/a?b=1`);
    expect(res.bodyUsed).toBe(false);
    expect(await res.json()).toEqual({ path: "/a?b=1" });
    expect(res.bodyUsed).toBe(true);
    await expect(res.text()).rejects.toThrow(TypeError);
    expect(new TextDecoder().decode(await (await fetch(`${base}/c`)).arrayBuffer())).toBe('{"path":"/c"}');
  });

  it("gives its body as a stream, a Blob or a clone, and a clone keeps the URL", async () => {
    const fetch = createTransport();
    const streamed = await fetch(`${base}/s`);
    expect(await new Response(streamed.body).text()).toBe('{"path":"/s"}');
    expect(streamed.bodyUsed).toBe(true);
    expect(await (await (await fetch(`${base}/b`)).blob()).text()).toBe('{"path":"/b"}');
    const original = await fetch(`${base}/k`);
    const copy = original.clone();
    expect(copy.url).toBe(`${base}/k`);
    expect(await copy.json()).toEqual({ path: "/k" });
    expect(await original.json()).toEqual({ path: "/k" });
  });

  it("passes a broken body's failure to the stream's reader, and a cancelled stream lets the body go", async () => {
    const fetch = createTransport();
    const cut = await fetch(`${base}/cut`);
    await expect(new Response(cut.body).text()).rejects.toThrow();
    const big = await fetch(`${base}/big`);
    const reader = big.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    expect(big.bodyUsed).toBe(true);
  });

  it("drops what the socket still delivers after the stream is cancelled, unread (no uncaught error)", async () => {
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", record);
    try {
      for (let i = 0; i < 5; i++) {
        const big = await createTransport()(`${base}/big`);
        await big.body!.cancel();
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      process.off("uncaughtException", record);
    }
    expect(uncaught).toEqual([]);
  });

  it("types a failed read of the whole body, naming the URL without its query", async () => {
    const cut = await createTransport()(`${base}/cut?X-Amz-Signature=secret-signature-123`);
    const error = await cut.text().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClienteleError);
    expect((error as Error).message).toContain(`${base}/cut`);
    expect((error as Error).message).not.toContain("secret-signature-123");
  });

  it("has no body for a 204, and reads as empty", async () => {
    const res = await createTransport()(`${base}/empty`);
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
    expect(await res.text()).toBe("");
  });

  it("serves typed calls (no middleware) and calls seen by middleware alike", async () => {
    const client = createApiClient<any>({ baseUrl: base });
    const plain = await client.GET("/x/{id}", { params: { path: { id: "1" } } });
    expect(plain.data).toEqual({ path: "/x/1" });
    expect(plain.response.url).toBe(`${base}/x/1`);
    const seen: string[] = [];
    client.use({ onResponse: ({ response }) => void seen.push(`${response.status} ${response.url}`) });
    const watched = await client.GET("/x/{id}", { params: { path: { id: "2" } } });
    expect(watched.data).toEqual({ path: "/x/2" });
    expect(seen).toEqual([`200 ${base}/x/2`]);
    expect((await client.GET("/empty", {})).data).toBeUndefined();
  });
});

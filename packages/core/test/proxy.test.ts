// HTTPS_PROXY / HTTP_PROXY / NO_PROXY through a real CONNECT proxy on 127.0.0.1.
import { createServer, type Server } from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTransport } from "@clientele/core";

let target: Server;
let proxy: Server;
let targetUrl = "";
const tunnels: string[] = [];
const sockets = new Set<Socket>();

beforeAll(async () => {
  target = createServer((req, res) => res.end(JSON.stringify({ path: req.url })));
  proxy = createServer((_req, res) => res.writeHead(405).end());
  proxy.on("connect", (req, client: Socket) => {
    tunnels.push(req.url!);
    const [host, port] = req.url!.split(":");
    const upstream = connect(Number(port), host, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("error", () => {});
      s.on("close", () => sockets.delete(s));
    }
  });
  await Promise.all([target, proxy].map((s) => new Promise<void>((r) => s.listen(0, "127.0.0.1", r))));
  targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
});
afterEach(() => {
  vi.unstubAllEnvs();
  tunnels.length = 0;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all([target, proxy].map((s) => new Promise((r) => s.close(r))));
});

describe("proxies from the environment", () => {
  it("tunnels through HTTP_PROXY", async () => {
    vi.stubEnv("HTTP_PROXY", `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`);
    vi.stubEnv("NO_PROXY", "");
    const fetch = createTransport({});
    expect(await (await fetch(`${targetUrl}/via-proxy`)).json()).toEqual({ path: "/via-proxy" });
    expect(tunnels).toEqual([new URL(targetUrl).host]);
  });

  it("goes direct for hosts in NO_PROXY, and when proxyFromEnv is false", async () => {
    vi.stubEnv("HTTP_PROXY", `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`);
    vi.stubEnv("NO_PROXY", "127.0.0.1");
    expect(await (await createTransport({})(`${targetUrl}/direct`)).json()).toEqual({ path: "/direct" });
    vi.stubEnv("NO_PROXY", "");
    expect(await (await createTransport({ proxyFromEnv: false })(`${targetUrl}/direct`)).json()).toEqual({ path: "/direct" });
    expect(tunnels).toEqual([]);
  });
});

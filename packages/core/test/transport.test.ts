import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { ConnectionError, createApiClient, createTransport } from "@clientele/core";

const dir = mkdtempSync(join(tmpdir(), "clientele-transport-"));
const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  rmSync(dir, { recursive: true, force: true });
});

function listen(server: Server, where: string | number = 0): Promise<string> {
  servers.push(server);
  return new Promise((resolve) =>
    typeof where === "string"
      ? server.listen(where, () => resolve(where))
      : server.listen(where, "127.0.0.1", () => resolve(String((server.address() as AddressInfo).port))),
  );
}

describe("node transport", () => {
  it("speaks HTTP over a unix socket", async () => {
    const socket = join(dir, "api.sock");
    await listen(
      createHttpServer((req, res) => res.end(JSON.stringify({ path: req.url }))),
      socket,
    );
    const fetch = createTransport({ socketPath: socket });
    const res = await fetch("http://ignored/1.0/instances?recursion=1");
    expect(await res.json()).toEqual({ path: "/1.0/instances?recursion=1" });
  });

  it("decodes gzip bodies, and a corrupt one fails the read instead of returning garbage", async () => {
    const port = await listen(
      createHttpServer((req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
        res.end(req.url === "/good" ? gzipSync(JSON.stringify({ zipped: true })) : Buffer.from("not gzip at all"));
      }),
    );
    const fetch = createTransport({});
    expect(await (await fetch(`http://127.0.0.1:${port}/good`)).json()).toEqual({ zipped: true });
    await expect((await fetch(`http://127.0.0.1:${port}/bad`)).text()).rejects.toThrow();
  });

  it("follows redirects, and stops a redirect loop with an error", async () => {
    const port = await listen(
      createHttpServer((req, res) => {
        if (req.url === "/moved") res.writeHead(302, { location: "/final" }).end();
        else if (req.url === "/loop") res.writeHead(302, { location: "/loop" }).end();
        // Post/Redirect/Get to the same URL: not a loop, the second request is a GET.
        else if (req.url === "/form" && req.method === "POST")
          req.resume().on("end", () => res.writeHead(303, { location: "/form" }).end());
        else res.end(JSON.stringify({ at: req.url, method: req.method }));
      }),
    );
    const client = createApiClient<any>({ baseUrl: `http://127.0.0.1:${port}` });
    expect(await (await client.fetch(`http://127.0.0.1:${port}/moved`)).json()).toEqual({ at: "/final", method: "GET" });
    await expect(client.fetch(`http://127.0.0.1:${port}/loop`)).rejects.toBeInstanceOf(ConnectionError);
    const posted = await client.fetch(`http://127.0.0.1:${port}/form`, { method: "POST", body: "a=1" });
    expect(await posted.json()).toEqual({ at: "/form", method: "GET" });
  });

  it("follows redirects as fetch does: 303 becomes a GET, 307 resends the body, credentials stay on their origin", async () => {
    const seen: Array<{ port: string; method?: string; url?: string; body: string; auth?: string }> = [];
    const record = (port: () => string) => (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        seen.push({ port: port(), method: req.method, url: req.url, body, auth: req.headers.authorization });
        if (req.url === "/see-other") res.writeHead(303, { location: "/landing" }).end("moved");
        else if (req.url === "/temporary") res.writeHead(307, { location: "/landing" }).end();
        else if (req.url === "/elsewhere") res.writeHead(302, { location: `http://127.0.0.1:${otherPort}/landing` }).end();
        else res.end(JSON.stringify({ at: req.url }));
      });
    };
    let port = "";
    let otherPort = "";
    port = await listen(createHttpServer(record(() => port)));
    otherPort = await listen(createHttpServer(record(() => otherPort)));
    const fetch = createTransport();
    const init = { method: "POST", body: "payload", headers: { authorization: "Bearer secret" } };

    const afterSeeOther = await fetch(`http://127.0.0.1:${port}/see-other`, init);
    expect(await afterSeeOther.json()).toEqual({ at: "/landing" });
    expect(afterSeeOther.url).toBe(`http://127.0.0.1:${port}/landing`);
    expect(seen.at(-1)).toMatchObject({ method: "GET", body: "", auth: "Bearer secret" });

    await (await fetch(`http://127.0.0.1:${port}/temporary`, init)).text();
    expect(seen.at(-1)).toMatchObject({ method: "POST", url: "/landing", body: "payload", auth: "Bearer secret" });

    await (await fetch(`http://127.0.0.1:${port}/elsewhere`, { headers: init.headers })).text();
    expect(seen.at(-1)).toMatchObject({ port: otherPort, url: "/landing", auth: undefined });

    const manual = await fetch(`http://127.0.0.1:${port}/see-other`, { redirect: "manual" });
    expect(manual.status).toBe(303);
    expect(manual.headers.get("location")).toBe("/landing");
    expect(await manual.text()).toBe("moved");
  });

  it("pins the server certificate: the right one connects, another is refused before anything is sent", async () => {
    const make = (name: string) => {
      execFileSync(
        "openssl",
        [
          "req",
          "-x509",
          "-newkey",
          "ec",
          "-pkeyopt",
          "ec_paramgen_curve:prime256v1",
          "-nodes",
          "-days",
          "1",
          "-subj",
          `/CN=${name}`,
          "-keyout",
          join(dir, `${name}.key`),
          "-out",
          join(dir, `${name}.crt`),
        ],
        { stdio: "ignore" },
      );
      return { key: readFileSync(join(dir, `${name}.key`)), cert: readFileSync(join(dir, `${name}.crt`)) };
    };
    const server = make("server");
    const other = make("other");
    let requests = 0;
    const port = await listen(
      createHttpsServer({ ...server }, (_req, res) => {
        requests++;
        // A new connection per request: the second one would resume the TLS session.
        res.setHeader("connection", "close");
        res.end(JSON.stringify({ ok: true }));
      }) as unknown as Server,
    );
    const pinned = createTransport({ tls: { serverCertificate: server.cert } });
    expect(await (await pinned(`https://127.0.0.1:${port}/`)).json()).toEqual({ ok: true });
    expect(await (await pinned(`https://127.0.0.1:${port}/`)).json()).toEqual({ ok: true });
    expect(requests).toBe(2);
    const wrong = createApiClient<any>({ baseUrl: `https://127.0.0.1:${port}`, transport: { tls: { serverCertificate: other.cert } } });
    const error = await wrong.fetch(`https://127.0.0.1:${port}/`).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/does not match the pinned certificate/);
    expect(requests).toBe(2);
  });
});

// LIVE: TLS refusals against a real LXD daemon over HTTPS on 127.0.0.1 (one daemon for the file,
// started by scripts/lxd-daemon.mjs), plus local TLS servers where a case needs a certificate the
// daemon cannot present (another certificate, an expired one, one from another CA). Skipped loudly
// without LXD; with CI set, it fails instead (as packages/lxd/test/live.test.ts does).

import { createServer as createTlsServer, type Server as TlsServer, type TLSSocket } from "node:tls";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConnectionError, Forbidden, createApiClient } from "@clientele/core";
import { API, APIException } from "@clientele/lxd";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Daemon, daemons, liveAvailability, requireLive } from "../../packages/lxd/test/live-daemon.js";
import { makeCertificate, type TestCertificate } from "../support/certs.js";

const availability = liveAvailability();
requireLive("LIVE TLS SUITE (test/faults/tls.test.ts)", availability);

const failure = async (promise: Promise<unknown>): Promise<Error> => {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to fail");
};

/** A TLS server that records every byte of application data it receives (none, for a refused pin). */
async function tlsServer(
  certificate: TestCertificate,
  chain = "",
): Promise<{ url: string; bytes: () => number; handshakes: () => number; close(): Promise<void> }> {
  let bytes = 0;
  let handshakes = 0;
  const sockets = new Set<TLSSocket>();
  const server: TlsServer = createTlsServer({ cert: certificate.cert + chain, key: certificate.key }, (socket) => {
    sockets.add(socket);
    socket.on("data", (d: Buffer) => {
      bytes += d.length;
      socket.end(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 60\r\nconnection: close\r\n\r\n" +
          JSON.stringify({ type: "sync", status_code: 200, metadata: { ok: true } }).padEnd(60),
      );
    });
    socket.on("error", () => {});
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("tlsClientError", () => {});
  // TCP connections: a client that refuses the certificate closes before the server's handshake ends.
  server.on("connection", () => void handshakes++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as { port: number }).port}`,
    bytes: () => bytes,
    handshakes: () => handshakes,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

describe.skipIf(!availability.ok)("TLS against a live LXD daemon (HTTPS on 127.0.0.1)", () => {
  let daemon: Daemon;
  let https: NonNullable<Daemon["https"]>;
  let files: string;

  beforeAll(async () => {
    daemon = await daemons.startLxd({ https: true, timeoutMs: 30_000 });
    https = daemon.https!;
    files = mkdtempSync(join(tmpdir(), "clientele-tls-"));
  }, 90_000);

  afterAll(async () => {
    await daemon?.stop();
    if (files) rmSync(files, { recursive: true, force: true });
  }, 60_000);

  const trusted = () => ({
    cert: https.clientCertPath,
    key: https.clientKeyPath,
    serverCert: https.serverCertPath,
    retry: { maxRetries: 0 },
    timeout: 10_000,
  });

  it("the trusted client certificate with the pinned server certificate works (the control)", async () => {
    const api = API.factory({ endpoint: https.url, ...trusted() });
    expect((await api.GET("/1.0")).data.metadata?.auth).toBe("trusted");
    expect((await api.GET("/1.0/instances")).status).toBe(200);
  });

  it("an untrusted client certificate → Forbidden (403), also core's Forbidden", async () => {
    const stranger = makeCertificate({ commonName: "stranger", usage: "client" });
    const api = API.factory({
      endpoint: https.url,
      cert: stranger.cert,
      key: stranger.key,
      serverCert: https.serverCert,
      retry: { maxRetries: 0 },
    });
    expect((await api.GET("/1.0")).data.metadata?.auth).toBe("untrusted");
    const refused = await failure(api.GET("/1.0/instances"));
    expect(refused).toBeInstanceOf(Forbidden);
    expect(refused).toBeInstanceOf(APIException);
    expect((refused as Forbidden).status).toBe(403);
    // No client certificate at all: the same.
    const anonymous = API.factory({
      endpoint: https.url,
      cert: undefined,
      key: undefined,
      serverCert: https.serverCert,
      retry: { maxRetries: 0 },
    });
    expect(await failure(anonymous.GET("/1.0/instances"))).toBeInstanceOf(Forbidden);
  });

  it("an expired client certificate, though in the trust store, is refused", async () => {
    const expired = makeCertificate({
      commonName: "expired-client",
      usage: "client",
      notBefore: new Date(Date.now() - 400 * 86400_000),
      notAfter: new Date(Date.now() - 86400_000),
    });
    const added = await daemons.unixRequest(daemon.socketPath, "POST", "/1.0/certificates", {
      type: "client",
      name: "expired-client",
      certificate: expired.derBase64,
    });
    const api = API.factory({
      endpoint: https.url,
      cert: expired.cert,
      key: expired.key,
      serverCert: https.serverCert,
      retry: { maxRetries: 0 },
    });
    const refused = await failure(api.GET("/1.0/instances"));
    // LXD either refuses to trust it (the POST fails) or refuses the connection's requests.
    expect(
      added.status >= 400 || refused instanceof Forbidden || refused instanceof ConnectionError,
      `POST → ${added.status}; GET → ${refused}`,
    ).toBe(true);
    expect(refused instanceof Forbidden || refused instanceof ConnectionError).toBe(true);
  });

  it("a server certificate that does not match the pin → ConnectionError that says so (live daemon)", async () => {
    const other = makeCertificate({ commonName: "not-the-daemon", usage: "server" });
    const api = API.factory({
      endpoint: https.url,
      cert: https.clientCertPath,
      key: https.clientKeyPath,
      serverCert: other.cert,
      retry: { maxRetries: 0 },
    });
    const mismatch = await failure(api.GET("/1.0/instances"));
    expect(mismatch).toBeInstanceOf(ConnectionError);
    expect(mismatch.message).toMatch(/does not match the pinned certificate/);
    expect(mismatch.message).toMatch(/nothing was sent/);
  });

  it("… and sends nothing: an impostor presenting another certificate receives zero bytes of the request", async () => {
    const impostor = await tlsServer(makeCertificate({ commonName: "impostor", usage: "server" }));
    try {
      // A GET is retried on connection errors by default: every attempt must stop at the handshake.
      const api = API.factory({
        endpoint: impostor.url,
        cert: https.clientCertPath,
        key: https.clientKeyPath,
        serverCert: https.serverCert,
        retry: { backoffFactor: 1 },
      });
      const mismatch = await failure(api.post("instances", { json: { name: "c1", source: { type: "none" } } }));
      expect(mismatch).toBeInstanceOf(ConnectionError);
      expect(mismatch.message).toMatch(/pinned certificate/);
      const read = await failure(api.get("instances"));
      expect(read).toBeInstanceOf(ConnectionError);
      expect(impostor.handshakes(), "connections were made (a GET retried: 1 + 1 + 2)").toBeGreaterThanOrEqual(2);
      expect(impostor.bytes(), "bytes of the request the impostor received").toBe(0);
    } finally {
      await impostor.close();
    }
  });

  it("without a pin, the daemon's self-signed certificate is refused (not in the system's CAs)", async () => {
    const api = API.factory({ endpoint: https.url, cert: https.clientCertPath, key: https.clientKeyPath, retry: { maxRetries: 0 } });
    const refused = await failure(api.GET("/1.0"));
    expect(refused).toBeInstanceOf(ConnectionError);
    expect(refused.message).toMatch(/SELF_SIGNED|CERT|certificate/i);
  });

  it("a CA that did not issue the daemon's certificate is refused; the right one is accepted (core transport `tls.ca`)", async () => {
    const wrongCa = makeCertificate({ commonName: "wrong CA", ca: true });
    const client = (ca: string) =>
      createApiClient<Record<string, never>>({
        baseUrl: https.url,
        retry: { maxRetries: 0 },
        transport: { tls: { ca, cert: https.clientCert, key: https.clientKey } },
      });
    const refused = await failure(client(wrongCa.cert).fetch(`${https.url}/1.0`));
    expect(refused).toBeInstanceOf(ConnectionError);
    const response = await client(https.serverCert).fetch(`${https.url}/1.0/instances`);
    expect(response.status).toBe(200);
    await response.body?.cancel();
  });
});

describe.skipIf(!availability.ok)("TLS refusals that need certificates the daemon cannot present (local TLS servers)", () => {
  const ca = makeCertificate({ commonName: "test CA", ca: true });
  const otherCa = makeCertificate({ commonName: "other CA", ca: true });
  const day = 86400_000;

  it("a server certificate from another CA is refused, from the right CA accepted (core transport `tls.ca`)", async () => {
    const server = await tlsServer(makeCertificate({ commonName: "server", usage: "server", issuer: ca }));
    try {
      const client = (trust: string) =>
        createApiClient<Record<string, never>>({ baseUrl: server.url, retry: { maxRetries: 0 }, transport: { tls: { ca: trust } } });
      const refused = await failure(client(otherCa.cert).fetch(`${server.url}/1.0`));
      expect(refused).toBeInstanceOf(ConnectionError);
      expect(refused.message).toMatch(/UNABLE_TO_VERIFY|CERT|certificate/i);
      expect(server.bytes()).toBe(0);
      const ok = await client(ca.cert).fetch(`${server.url}/1.0`);
      expect(ok.status).toBe(200);
      await ok.body?.cancel();
    } finally {
      await server.close();
    }
  });

  it("an expired server certificate from a trusted CA is refused", async () => {
    const server = await tlsServer(
      makeCertificate({
        commonName: "expired",
        usage: "server",
        issuer: ca,
        notBefore: new Date(Date.now() - 400 * day),
        notAfter: new Date(Date.now() - day),
      }),
    );
    try {
      const client = createApiClient<Record<string, never>>({
        baseUrl: server.url,
        retry: { maxRetries: 0 },
        transport: { tls: { ca: ca.cert } },
      });
      const refused = await failure(client.fetch(`${server.url}/1.0`));
      expect(refused).toBeInstanceOf(ConnectionError);
      expect(refused.message).toMatch(/EXPIRED/i);
      expect(server.bytes()).toBe(0);
    } finally {
      await server.close();
    }
  });

  // The pin replaces CA and host name checks, not expiry: `lxc` refuses an expired pinned certificate too.
  it("an expired server certificate is refused even when it is the pinned one (LXD client)", async () => {
    const expired = makeCertificate({
      commonName: "expired",
      usage: "server",
      notBefore: new Date(Date.now() - 400 * day),
      notAfter: new Date(Date.now() - day),
    });
    const server = await tlsServer(expired);
    const dir = mkdtempSync(join(tmpdir(), "clientele-tls-pin-"));
    try {
      writeFileSync(join(dir, "server.crt"), expired.cert);
      const api = API.factory({ endpoint: server.url, serverCert: join(dir, "server.crt"), retry: { maxRetries: 0 } });
      const refused = await failure(api.get("instances"));
      if (process.env.TLS_DEBUG) console.log("T1:", String(refused), server.bytes());
      expect(refused).toBeInstanceOf(ConnectionError);
      expect(server.bytes()).toBe(0);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

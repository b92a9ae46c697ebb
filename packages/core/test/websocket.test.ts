// Core's websocket connector against a real node:http server that upgrades and speaks RFC 6455
// frames written by hand here: over a unix socket and TCP, frames of every length encoding,
// fragments, pings, a server that closes right after its last frames, refusals and aborts.

import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Duplex } from "node:stream";
import { ConnectionError, platform } from "@clientele/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

/** A server frame (unmasked). */
function frame(opcode: number, payload: Buffer, fin = true): Buffer {
  const length = payload.length;
  const head = length < 126 ? Buffer.from([0, length]) : length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  head[0] = (fin ? 0x80 : 0) | opcode;
  if (length >= 126 && length < 65536) {
    head[1] = 126;
    head.writeUInt16BE(length, 2);
  } else if (length >= 65536) {
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([head, payload]);
}

/** Client frames as the server reads them (masked), from a buffer holding whole frames. */
function clientFrames(data: Buffer): Array<{ opcode: number; payload: Buffer; masked: boolean }> {
  const out: Array<{ opcode: number; payload: Buffer; masked: boolean }> = [];
  let at = 0;
  while (at + 2 <= data.length) {
    const masked = (data[at + 1]! & 0x80) !== 0;
    let length = data[at + 1]! & 0x7f;
    let p = at + 2;
    if (length === 126) {
      length = data.readUInt16BE(p);
      p += 2;
    } else if (length === 127) {
      length = Number(data.readBigUInt64BE(p));
      p += 8;
    }
    const mask = data.subarray(p, p + 4);
    p += 4;
    if (p + length > data.length) break;
    const payload = Buffer.from(data.subarray(p, p + length));
    for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i & 3]!;
    out.push({ opcode: data[at]! & 0x0f, payload, masked });
    at = p + length;
  }
  return out;
}

type Script = (socket: Duplex, request: IncomingMessage) => void;
const scripts = new Map<string, Script>();
/** Upgraded sockets (no longer the server's to close), destroyed at the end. */
const upgraded = new Set<Duplex>();

function accept(socket: Duplex, request: IncomingMessage): void {
  const key = request.headers["sec-websocket-key"];
  const digest = createHash("sha1")
    .update(key + GUID)
    .digest("base64");
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${digest}\r\n\r\n`);
}

function server(): Server {
  const s = createServer((_req, res) => {
    res.writeHead(404).end();
  });
  s.on("upgrade", (request: IncomingMessage, socket: Duplex) => {
    upgraded.add(socket);
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const script = scripts.get(path);
    if (!script) {
      socket.end("HTTP/1.1 403 Forbidden\r\nContent-Length: 9\r\nConnection: close\r\n\r\nForbidden");
      return;
    }
    script(socket, request);
  });
  return s;
}

describe("core websockets (platform.createWebSocketConnector)", () => {
  const dir = mkdtempSync(join(tmpdir(), "clientele-ws-"));
  const socketPath = join(dir, "ws.sock");
  const unix = server();
  const tcp = server();
  let port = 0;

  beforeAll(async () => {
    await new Promise<void>((r) => unix.listen(socketPath, r));
    await new Promise<void>((r) => tcp.listen(0, "127.0.0.1", r));
    port = (tcp.address() as AddressInfo).port;
  });
  afterAll(async () => {
    // Upgraded sockets are not the server's to track: close what is left, then the servers.
    for (const socket of upgraded) socket.destroy();
    for (const s of [unix, tcp]) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads every frame a server sends right before closing the connection (over a unix socket)", async () => {
    const big = Buffer.alloc(200_000, 7);
    const medium = Buffer.alloc(300, 3);
    // Sent in one write with the 101, then the TCP connection is dropped without a close frame (as LXD does).
    scripts.set("/burst", (socket, request) => {
      const key = request.headers["sec-websocket-key"];
      const digest = createHash("sha1")
        .update(key + GUID)
        .digest("base64");
      socket.end(
        Buffer.concat([
          Buffer.from(
            `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${digest}\r\n\r\n`,
          ),
          frame(0x2, Buffer.from("hi\n")),
          frame(0x9, Buffer.from("keepalive")),
          frame(0x2, medium),
          frame(0x2, big.subarray(0, 1000), false),
          frame(0x0, big.subarray(1000)),
          frame(0x1, Buffer.from("text ✓")),
          frame(0x1, Buffer.alloc(0)),
        ]),
      );
    });
    const notes: string[] = [];
    const connect = platform.createWebSocketConnector({ socketPath }, (text) => notes.push(text));
    for (let round = 0; round < 20; round++) {
      const ws = await connect("http://localhost/burst?secret=s3cr3t-value");
      const got: Array<Uint8Array | string> = [];
      for await (const message of ws) got.push(message);
      expect(got.length).toBe(5);
      expect(Buffer.from(got[0] as Uint8Array).toString()).toBe("hi\n");
      expect((got[1] as Uint8Array).byteLength).toBe(300);
      expect(Buffer.from(got[2] as Uint8Array).equals(big)).toBe(true);
      expect(got.slice(3)).toEqual(["text ✓", ""]);
      expect((await ws.closed).code).toBe(1006);
    }
    expect(notes.join("\n")).toContain("websocket open ws://localhost/burst?secret=[REDACTED]");
    expect(notes.join("\n")).not.toContain("s3cr3t-value");
  });

  it("sends masked frames of every length encoding, answers pings, and closes with a close frame (TCP)", async () => {
    const received: Array<{ opcode: number; payload: Buffer; masked: boolean }> = [];
    scripts.set("/echo", (socket, request) => {
      accept(socket, request);
      let buffered = Buffer.alloc(0);
      socket.write(frame(0x9, Buffer.from("ping!")));
      socket.on("data", (chunk: Buffer) => {
        buffered = Buffer.concat([buffered, chunk]);
        const frames = clientFrames(buffered);
        const size = frames.reduce(
          (n, f) => n + 2 + (f.payload.length < 126 ? 0 : f.payload.length < 65536 ? 2 : 8) + 4 + f.payload.length,
          0,
        );
        buffered = buffered.subarray(size);
        for (const f of frames) {
          received.push(f);
          if (f.opcode === 0x8) {
            socket.end(frame(0x8, f.payload));
            return;
          }
          if (f.opcode === 0x1 || f.opcode === 0x2) socket.write(frame(f.opcode, f.payload));
        }
      });
    });
    const connect = platform.createWebSocketConnector();
    const ws = await connect(`http://127.0.0.1:${port}/echo`);
    const sizes = [0, 125, 126, 65535, 65536, 1 << 20];
    for (const size of sizes) await ws.send(new Uint8Array(size).fill(size % 251));
    await ws.send("end");
    const echoed: Array<Uint8Array | string> = [];
    for await (const message of ws) {
      echoed.push(message);
      if (message === "end") break; // closes
    }
    expect(echoed.slice(0, -1).map((m) => (m as Uint8Array).byteLength)).toEqual(sizes);
    expect((echoed[4] as Uint8Array).every((b) => b === 65536 % 251)).toBe(true);
    const close = await ws.closed;
    expect(close.code).toBe(1000);
    expect(received.every((f) => f.masked)).toBe(true);
    expect(received.find((f) => f.opcode === 0xa)?.payload.toString()).toBe("ping!");
    expect(received.at(-1)?.opcode).toBe(0x8);
  });

  it("a refused handshake is a ConnectionError without the URL's secret; an abort rejects with its reason", async () => {
    const connect = platform.createWebSocketConnector({ socketPath });
    const refused = await connect("http://localhost/nowhere?secret=topsecret").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConnectionError);
    expect((refused as Error).message).toMatch(/websocket handshake failed/);
    expect((refused as Error).message).not.toContain("topsecret");

    scripts.set("/silent", (socket, request) => accept(socket, request));
    const controller = new AbortController();
    const ws = await connect("http://localhost/silent", { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("stop")), 50);
    const reading = (async () => {
      for await (const _ of ws) {
        // nothing comes
      }
    })();
    await expect(reading).rejects.toThrow("stop");
    await expect(connect("http://localhost/silent", { signal: AbortSignal.abort(new Error("early")) })).rejects.toThrow("early");
    await expect(connect("ftp://localhost/x")).rejects.toBeInstanceOf(TypeError);
  });
});

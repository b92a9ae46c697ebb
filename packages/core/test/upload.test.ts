import fs, { existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  APIException,
  ClienteleError,
  ConnectionError,
  createTransport,
  downloadFromPresignedUrl,
  uploadToPresignedUrl,
} from "@clientele/core";
import { createFetch } from "../src/core/fetch.js";
import { FileBody } from "../src/platform/node/files.js";
import { resolveRetryPolicy } from "../src/core/retry.js";
import { closedPort, startServer, type TestServer } from "../../../test/support/scripted-server.js";

let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await startServer();
  dir = mkdtempSync(join(tmpdir(), "clientele-upload-"));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => server.reset());

/** A client's fetch: retries PUTs on 503 and on connection errors, without waiting. */
const fetch = createFetch({
  transport: createTransport({}),
  retry: resolveRetryPolicy({ maxRetries: 3, statuses: [503], methods: ["PUT"] }),
  timeout: 10_000,
  sleep: async () => {},
});

/** A file of `size` bytes that are not all alike (a shifted or truncated copy would not compare equal). */
function writeFile(name: string, size: number): { path: string; bytes: Buffer } {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 7 + (i >> 12)) % 251;
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, bytes };
}

describe("uploadToPresignedUrl", () => {
  it("works standalone, exactly as its TSDoc shows (no fetch given)", async () => {
    // The example's call, with the loopback server in place of the bucket.
    await uploadToPresignedUrl({ url: `${server.url}/input?X-Amz-Signature=…`, data: { stops: [] } });
    const [r] = server.received;
    expect(r!.method).toBe("PUT");
    expect(r!.url).toBe("/input?X-Amz-Signature=%E2%80%A6");
    expect(r!.body.toString()).toBe('{"stops":[]}');
    expect(r!.headers["content-type"]).toBeUndefined();
  });

  it("sends an object as compact JSON with no credentials and no content type", async () => {
    await uploadToPresignedUrl({ url: `${server.url}/put?X-Amz-Signature=abc`, data: { key: "value", number: 123 }, fetch });
    const [r] = server.received;
    expect(r!.method).toBe("PUT");
    expect(r!.body.toString()).toBe('{"key":"value","number":123}');
    expect(r!.headers["content-length"]).toBe("28");
    expect(r!.headers.authorization).toBeUndefined();
    expect(r!.headers["content-type"]).toBeUndefined();
  });

  it("sends through a plain fetch and raises core's errors from it", async () => {
    await uploadToPresignedUrl({ url: `${server.url}/put`, data: "plain", contentType: "text/plain", fetch: globalThis.fetch });
    expect(server.received[0]!.body.toString()).toBe("plain");
    expect(server.received[0]!.headers["content-type"]).toBe("text/plain");

    server.script({ status: 403, body: "AccessDenied" });
    const error = await uploadToPresignedUrl({ url: `${server.url}/put?Signature=canarysig1`, data: "x", fetch: globalThis.fetch }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(APIException);
    expect(error.status).toBe(403);
    expect(error.message).not.toContain("canarysig1");
  });

  it("sends a Blob (a file-backed one too) with its Content-Length, not in chunks", async () => {
    const { path, bytes } = writeFile("blob.bin", 300 * 1024 + 1);
    for (const data of [new Blob(["blob body"]), await fs.openAsBlob(path)]) {
      server.reset();
      await uploadToPresignedUrl({ url: `${server.url}/put`, data, fetch });
      const [r] = server.received;
      expect(r!.headers["content-length"]).toBe(String(data.size));
      expect(r!.headers["transfer-encoding"]).toBeUndefined();
    }
    expect(Buffer.compare(server.received[0]!.body, bytes)).toBe(0);
  });

  it("streams a file with Content-Length and progress, and re-opens it on retry", async () => {
    const { path, bytes } = writeFile("input.bin", 3 * 1024 * 1024 + 17);
    server.script({ status: 503 }, { status: 200 });
    const progress: Array<[number, number]> = [];
    await uploadToPresignedUrl({ url: `${server.url}/put`, filePath: path, onProgress: (s, t) => progress.push([s, t]), fetch });
    expect(server.received).toHaveLength(2);
    for (const r of server.received) {
      expect(r.headers["content-length"]).toBe(String(bytes.length));
      expect(r.headers["transfer-encoding"]).toBeUndefined();
      expect(Buffer.compare(r.body, bytes)).toBe(0);
    }
    expect(progress.at(-1)).toEqual([bytes.length, bytes.length]);
    expect(progress.every(([s, t]) => s <= t && t === bytes.length)).toBe(true);
  });

  it("sends an empty file with Content-Length 0", async () => {
    const { path } = writeFile("empty.bin", 0);
    const progress: Array<[number, number]> = [];
    await uploadToPresignedUrl({ url: `${server.url}/put`, filePath: path, onProgress: (s, t) => progress.push([s, t]), fetch });
    expect(server.received).toHaveLength(1);
    expect(server.received[0]!.headers["content-length"]).toBe("0");
    expect(server.received[0]!.body.length).toBe(0);
    expect(progress).toEqual([[0, 0]]);
  });

  it("streams a file through a plain fetch", async () => {
    const { path, bytes } = writeFile("plain.bin", 2 * 1024 * 1024 + 3);
    await uploadToPresignedUrl({ url: `${server.url}/put`, filePath: path, fetch: globalThis.fetch });
    expect(server.received).toHaveLength(1);
    expect(Buffer.compare(server.received[0]!.body, bytes)).toBe(0);
  });

  it("names a missing file before any request", async () => {
    const error = await uploadToPresignedUrl({ url: `${server.url}/put`, filePath: join(dir, "absent.bin") }).catch((e) => e);
    expect(error).toBeInstanceOf(ClienteleError);
    expect(error.message).toContain("absent.bin");
    expect(error.message).toContain("ENOENT");
    expect(server.received).toHaveLength(0);
  });

  it("names a directory given as the file before any request", async () => {
    const error = await uploadToPresignedUrl({ url: `${server.url}/put`, filePath: dir }).catch((e) => e);
    expect(error).toBeInstanceOf(ClienteleError);
    expect(error.message).toBe(`uploadToPresignedUrl: cannot read \`filePath\` ${dir} (not a regular file)`);
    expect(server.received).toHaveLength(0);
  });

  it("hides the URL's query string in errors", async () => {
    server.script({ status: 403, body: "SignatureDoesNotMatch" });
    const error = await uploadToPresignedUrl({
      url: `${server.url}/put?X-Amz-Signature=canarysig&Other=canaryother`,
      data: "x",
      fetch,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ClienteleError);
    expect(error.message).toBe(`PUT ${server.url}/put → 403 Forbidden: SignatureDoesNotMatch`);
    expect(error.message).not.toContain("canary");
  });

  it("refuses ambiguous input before any request", async () => {
    await expect(uploadToPresignedUrl({ url: server.url, data: "a", filePath: "/x", fetch })).rejects.toThrow(/exactly one/);
    expect(server.received).toHaveLength(0);
  });
});

describe("progress of in-memory data", () => {
  it("reports progress in pieces and re-sends the same bytes on retry", async () => {
    const data = "x".repeat(1024 * 1024 + 5);
    server.script({ status: 503 }, { status: 200 });
    const progress: number[] = [];
    await uploadToPresignedUrl({ url: `${server.url}/put`, data, onProgress: (sent) => progress.push(sent), fetch });
    expect(server.received).toHaveLength(2);
    for (const r of server.received) {
      expect(r.body.toString()).toBe(data);
      expect(r.headers["content-length"]).toBe(String(data.length));
    }
    expect(progress.length).toBeGreaterThan(4);
    expect(progress.at(-1)).toBe(data.length);
  });
});

describe("downloadFromPresignedUrl", () => {
  it("returns the 2xx response with its body unread", async () => {
    server.script({ status: 200, body: { output: [1, 2, 3] } });
    // As its TSDoc shows, with the loopback server in place of the bucket.
    const response = await downloadFromPresignedUrl({ url: `${server.url}/output?X-Amz-Signature=…` });
    expect(response.status).toBe(200);
    expect(response.bodyUsed).toBe(false);
    const output = await response.json();
    expect(output).toEqual({ output: [1, 2, 3] });
    expect(server.received[0]!.method).toBe("GET");
    expect(server.received[0]!.headers.authorization).toBeUndefined();
  });

  it("keeps the signature out of errors, even when the server echoes it", async () => {
    const signature = "canarysignature0123";
    server.script({ status: 403, body: `<Error><Code>AccessDenied</Code><Message>bad X-Amz-Signature=${signature}</Message></Error>` });
    const error = await downloadFromPresignedUrl({ url: `${server.url}/output?X-Amz-Signature=${signature}`, fetch }).catch((e) => e);
    expect(error).toBeInstanceOf(APIException);
    expect(error.status).toBe(403);
    expect(error.message).toContain(`GET ${server.url}/output`);
    for (const shown of [error.message, error.url, JSON.stringify(error), inspect(error, { depth: 5 }), inspect(error.body)]) {
      expect(shown).not.toContain(signature);
    }
  });

  it("keeps the signature out of connection errors", async () => {
    const error = await downloadFromPresignedUrl({ url: `${await closedPort()}/output?sig=canarysignature0123` }).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).not.toContain("canarysignature0123");
    expect(inspect(error, { depth: 5 })).not.toContain("canarysignature0123");
  });
});

// ---- file uploads cut short: every attempt opens the file, and it is closed exactly once ---------

/** A loopback server whose answer to each request is a function of the request, run as its body arrives. */
let faulty: { url: string; handle(handler: (req: IncomingMessage, res: ServerResponse) => void): void; close(): Promise<void> };
/**
 * Each open of a file under `dir` and how often its descriptor was closed, seen through `fs.open`/`fs.close`.
 * The system reuses a closed descriptor's number, so a close counts for the latest open of that number.
 */
let descriptors: { opened: { fd: number; closes: number }[]; closeErrors: string[] };
let warnings: string[];
const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
let baseline: string[];

beforeAll(async () => {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const sockets = new Set<Socket>();
  const http = createServer((req, res) => handler(req, res));
  http.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  faulty = {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    handle: (h) => void (handler = h),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        http.close(() => resolve());
      }),
  };
});
afterAll(() => faulty.close());

beforeEach(() => {
  warnings = [];
  process.on("warning", onWarning);
  baseline = openFilesUnder(dir);
  descriptors = { opened: [], closeErrors: [] };
  // Node's file streams call `fs.open`/`fs.close` through the module object, so these see every descriptor.
  const open = fs.open;
  const close = fs.close;
  vi.spyOn(fs, "open").mockImplementation(((...args: unknown[]) => {
    const callback = args.pop() as (error: NodeJS.ErrnoException | null, fd?: number) => void;
    return (open as (...a: unknown[]) => void)(...args, (error: NodeJS.ErrnoException | null, fd?: number) => {
      if (!error && String(args[0]).startsWith(dir)) descriptors.opened.push({ fd: fd!, closes: 0 });
      callback(error, fd);
    });
  }) as typeof fs.open);
  vi.spyOn(fs, "close").mockImplementation(((fd: number, callback?: (error: NodeJS.ErrnoException | null) => void) => {
    const entry = descriptors.opened.filter((o) => o.fd === fd).at(-1);
    if (entry) entry.closes++;
    return close(fd, (error) => {
      if (error) descriptors.closeErrors.push(error.code ?? error.message);
      callback?.(error);
    });
  }) as typeof fs.close);
});
afterEach(() => {
  process.off("warning", onWarning);
  vi.restoreAllMocks();
});

/** What /proc/self/fd says this process has open under `path` (Linux; elsewhere nothing). */
function openFilesUnder(path: string): string[] {
  if (!existsSync("/proc/self/fd")) return [];
  const targets: string[] = [];
  for (const fd of readdirSync("/proc/self/fd")) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      if (target.startsWith(path)) targets.push(target);
    } catch {
      // the descriptor readdir itself used, closed by now
    }
  }
  return targets;
}

/**
 * After an upload settles: every descriptor it opened gets closed exactly once, none with an error,
 * the process holds no more files than before, and Node warned about nothing. Closing finishes
 * asynchronously, so this waits for it, at most 2 s.
 */
async function expectFilesClosedOnce(opens: { min: number; max: number }): Promise<void> {
  for (let i = 0; i < 100 && (openFilesUnder(dir).length > baseline.length || descriptors.opened.some((o) => o.closes === 0)); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => setTimeout(resolve, 50)); // a second close would come now
  expect(openFilesUnder(dir)).toEqual(baseline);
  expect(descriptors.opened.length).toBeGreaterThanOrEqual(opens.min);
  expect(descriptors.opened.length).toBeLessThanOrEqual(opens.max);
  for (const [i, { fd, closes }] of descriptors.opened.entries()) expect(closes, `closes of open ${i} (fd ${fd})`).toBe(1);
  expect(descriptors.closeErrors).toEqual([]);
  expect(warnings).toEqual([]);
}

/** Reads a request until `limit` bytes arrived, then acts (once). */
function afterBytes(req: IncomingMessage, limit: number, act: (received: number) => void): void {
  let received = 0;
  let acted = false;
  req.on("data", (chunk: Buffer) => {
    received += chunk.length;
    if (!acted && received >= limit) {
      acted = true;
      act(received);
    }
  });
  req.on("error", () => {});
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

const MiB = 1024 * 1024;

describe.runIf(existsSync("/proc/self/fd"))("file uploads cut short close the file exactly once", () => {
  it("the server resets the connection mid-upload", async () => {
    const { path } = writeFile("reset.bin", 8 * MiB + 5);
    let requests = 0;
    faulty.handle((req) => {
      requests++;
      afterBytes(req, MiB, () => req.socket.resetAndDestroy());
    });
    const error = await uploadToPresignedUrl({
      url: `${faulty.url}/put?X-Amz-Signature=canarysig1`,
      filePath: path,
      onProgress: () => {},
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).not.toContain("canarysig1");
    expect(requests).toBe(1);
    await expectFilesClosedOnce({ min: 1, max: 1 });
  });

  it("a 503 after part of the body, then success: the retry re-reads the file from its start", async () => {
    const { path, bytes } = writeFile("retry.bin", 6 * MiB + 11);
    let requests = 0;
    const completed: Buffer[] = [];
    faulty.handle((req, res) => {
      if (++requests === 1) return afterBytes(req, MiB, () => res.writeHead(503, { "content-length": "4" }).end("busy"));
      void readAll(req).then((body) => {
        completed.push(body);
        res.end("ok");
      });
    });
    const progress: number[] = [];
    await uploadToPresignedUrl({ url: `${faulty.url}/put`, filePath: path, fetch, onProgress: (sent) => progress.push(sent) });
    expect(requests).toBe(2);
    expect(completed).toHaveLength(1);
    expect(completed[0]!.length).toBe(bytes.length);
    expect(Buffer.compare(completed[0]!, bytes)).toBe(0);
    expect(progress.filter((sent) => sent === 0)).toHaveLength(2); // progress restarts with the attempt
    expect(progress.at(-1)).toBe(bytes.length);
    await expectFilesClosedOnce({ min: 2, max: 2 });
  });

  it("the caller aborts mid-upload", async () => {
    const { path } = writeFile("abort.bin", 8 * MiB + 7);
    const controller = new AbortController();
    const reason = new Error("the user cancelled");
    faulty.handle((req) => afterBytes(req, MiB, () => controller.abort(reason)));
    await expect(uploadToPresignedUrl({ url: `${faulty.url}/put`, filePath: path, fetch, signal: controller.signal })).rejects.toBe(reason);
    await expectFilesClosedOnce({ min: 1, max: 1 });
  });

  it("the file is removed between attempts: a ClienteleError naming it, no more retries", async () => {
    const { path } = writeFile("removed.bin", 2 * MiB + 1);
    let requests = 0;
    faulty.handle((req, res) => {
      requests++;
      void readAll(req).then(() => {
        rmSync(path, { force: true });
        res.writeHead(503).end();
      });
    });
    const error = await uploadToPresignedUrl({ url: `${faulty.url}/put`, filePath: path, fetch }).catch((e) => e);
    expect(error).toBeInstanceOf(ClienteleError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect(error.message).toContain("removed.bin");
    expect(error.message).toContain("ENOENT");
    expect(requests).toBe(1);
    await expectFilesClosedOnce({ min: 1, max: 1 });
  });

  it("the file changes size between attempts: refused rather than sent with a wrong length", async () => {
    const { path } = writeFile("grown.bin", MiB);
    let requests = 0;
    faulty.handle((req, res) => {
      requests++;
      void readAll(req).then(() => {
        writeFileSync(path, Buffer.alloc(2 * MiB));
        res.writeHead(503).end();
      });
    });
    const error = await uploadToPresignedUrl({ url: `${faulty.url}/put`, filePath: path, fetch }).catch((e) => e);
    expect(error).toBeInstanceOf(ClienteleError);
    expect(error.message).toMatch(/grown\.bin changed size/);
    expect(requests).toBe(1);
    await expectFilesClosedOnce({ min: 1, max: 1 });
  });

  it("the file vanishes as the request starts: a ClienteleError naming it, not a connection error", async () => {
    const { path } = writeFile("vanishing.bin", MiB);
    faulty.handle((req, res) => void readAll(req).then(() => res.end("ok")));
    const transport = createTransport({});
    const removingFirst = async (input: string | URL | Request, init?: RequestInit) => {
      rmSync(path);
      return transport(input, init);
    };
    const error = await uploadToPresignedUrl({ url: `${faulty.url}/put`, filePath: path, fetch: removingFirst }).catch((e) => e);
    expect(error).toBeInstanceOf(ClienteleError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect(error.message).toBe(`uploadToPresignedUrl: cannot read \`filePath\` ${path} (ENOENT)`);
    await expectFilesClosedOnce({ min: 0, max: 0 });
  });

  it("a fetch that refuses the request before reading the body leaves no file open", async () => {
    const { path } = writeFile("refused.bin", MiB);
    const refusing = async () => {
      throw new TypeError("refused before sending");
    };
    await expect(uploadToPresignedUrl({ url: `${faulty.url}/put`, filePath: path, fetch: refusing })).rejects.toBeInstanceOf(
      ConnectionError,
    );
    await expectFilesClosedOnce({ min: 0, max: 0 }); // the file is opened only when its bytes are pulled
  });

  it("a plain fetch cut mid-upload leaves no file open", async () => {
    const { path } = writeFile("plain-reset.bin", 8 * MiB + 1);
    faulty.handle((req) => afterBytes(req, MiB, () => req.socket.resetAndDestroy()));
    await expect(uploadToPresignedUrl({ url: `${faulty.url}/put`, filePath: path, fetch: globalThis.fetch })).rejects.toBeInstanceOf(
      ConnectionError,
    );
    await expectFilesClosedOnce({ min: 1, max: 1 });
  });

  it("reads nothing before the connection is up, so slow connections lose no bytes", async () => {
    const { path, bytes } = writeFile("slow.bin", 4 * MiB + 9);
    let body: Buffer | undefined;
    faulty.handle((req, res) => {
      void readAll(req).then((b) => {
        body = b;
        res.end("ok");
      });
    });
    // DNS and TLS to a distant bucket take time the disk does not.
    const transport = createTransport({});
    let sentWhenConnecting = -1;
    let sent = 0;
    const slowToConnect = Object.assign(
      async (input: string | URL | Request, init?: RequestInit) => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        sentWhenConnecting = sent;
        return transport(input, init);
      },
      { handlesTimeout: true },
    );
    await uploadToPresignedUrl({ url: `${faulty.url}/put`, filePath: path, fetch: slowToConnect, onProgress: (s) => (sent = s) });
    expect(sentWhenConnecting).toBe(0);
    expect(body?.length).toBe(bytes.length);
    expect(Buffer.compare(body!, bytes)).toBe(0);
    await expectFilesClosedOnce({ min: 1, max: 1 });
  });
});

// ---- large files: core's transport reads them into two reused buffers, every other consumer gets fresh ones --

describe("large file bodies", () => {
  it("arrive intact through core's transport when the server reads slowly (buffers reused under backpressure)", async () => {
    const { path, bytes } = writeFile("large-slow.bin", 13 * MiB + 5);
    let body: Buffer | undefined;
    let pauses = 0;
    faulty.handle((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        // Stalls now and then, so the client's socket fills and its writer waits for drain.
        if (chunks.length % 16 === 0 && pauses < 200) {
          pauses++;
          req.pause();
          setTimeout(() => req.resume(), 5);
        }
      });
      req.on("end", () => {
        body = Buffer.concat(chunks);
        res.end("ok");
      });
    });
    const progress: number[] = [];
    await uploadToPresignedUrl({ url: `${faulty.url}/put`, filePath: path, fetch, onProgress: (sent) => progress.push(sent) });
    expect(pauses).toBeGreaterThan(0);
    expect(body?.length).toBe(bytes.length);
    expect(Buffer.compare(body!, bytes)).toBe(0);
    expect(progress.at(-1)).toBe(bytes.length);
    await expectFilesClosedOnce({ min: 1, max: 1 });
  });

  it("reach a fetch that keeps every chunk in fresh buffers", async () => {
    const { path, bytes } = writeFile("large-kept.bin", 13 * MiB + 5);
    const kept: Uint8Array[] = [];
    const keeping = async (_input: string | URL | Request, init?: RequestInit) => {
      for await (const chunk of init!.body as unknown as AsyncIterable<Uint8Array>) kept.push(chunk);
      return new Response("ok");
    };
    await uploadToPresignedUrl({ url: `${faulty.url}/put`, filePath: path, fetch: keeping });
    expect(kept.length).toBeGreaterThan(2);
    expect(Buffer.compare(Buffer.concat(kept), bytes)).toBe(0);
    await expectFilesClosedOnce({ min: 1, max: 1 });
  });

  it("reusingBuffers() never reads into a chunk it handed on before the next is asked for, nor counts it", async () => {
    const { path, bytes } = writeFile("reused.bin", 13 * MiB + 5);
    let offset = 0;
    let chunks = 0;
    let counted = 0;
    for await (const chunk of new FileBody(path, (n) => (counted += n)).reusingBuffers()) {
      const copy = Buffer.from(chunk);
      // The read ahead of the next chunk finishes meanwhile: it must go to the other buffer, uncounted.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(Buffer.compare(chunk, copy)).toBe(0);
      expect(counted).toBe(offset + copy.length);
      expect(Buffer.compare(copy, bytes.subarray(offset, offset + copy.length))).toBe(0);
      offset += copy.length;
      chunks++;
    }
    expect(offset).toBe(bytes.length);
    expect(chunks).toBeGreaterThan(2);
    await expectFilesClosedOnce({ min: 1, max: 1 });
  });

  it("reusingBuffers() closes the file once when its consumer stops early", async () => {
    const { path } = writeFile("stopped.bin", 9 * MiB);
    const body = new FileBody(path);
    for await (const chunk of body.reusingBuffers()) {
      expect(chunk.length).toBeGreaterThan(0);
      break;
    }
    body.destroy(); // as the upload does when it settles: a second close must not reach the file
    await expectFilesClosedOnce({ min: 1, max: 1 });
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ClienteleError, createFetch, createTransport, resolveRetryOptions, uploadToPresignedUrl } from "@clientele/core";
import { startServer, type TestServer } from "../../../test/support/scripted-server.js";

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

const fetch = createFetch({
  transport: createTransport({}),
  retry: resolveRetryOptions({ maxRetries: 3, statusForcelist: [503], allowedMethods: ["PUT"] }),
  timeout: 10_000,
  sleep: async () => {},
});

describe("uploadToPresignedUrl", () => {
  it("sends an object as compact JSON with no credentials and no content type", async () => {
    await uploadToPresignedUrl(fetch, { url: `${server.url}/put?X-Amz-Signature=abc`, data: { key: "value", number: 123 } });
    const [r] = server.received;
    expect(r!.method).toBe("PUT");
    expect(r!.body.toString()).toBe('{"key":"value","number":123}');
    expect(r!.headers["content-length"]).toBe("28");
    expect(r!.headers.authorization).toBeUndefined();
    expect(r!.headers["content-type"]).toBeUndefined();
  });

  it("streams a file with Content-Length and progress, and re-opens it on retry", async () => {
    const path = join(dir, "input.bin");
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    writeFileSync(path, bytes);
    server.script({ status: 503 }, { status: 200 });
    const progress: Array<[number, number]> = [];
    await uploadToPresignedUrl(fetch, { url: `${server.url}/put`, filePath: path, onProgress: (s, t) => progress.push([s, t]) });
    expect(server.received).toHaveLength(2);
    for (const r of server.received) {
      expect(r.headers["content-length"]).toBe(String(bytes.length));
      expect(r.headers["transfer-encoding"]).toBeUndefined();
      expect(Buffer.compare(r.body, bytes)).toBe(0);
    }
    expect(progress.at(-1)).toEqual([bytes.length, bytes.length]);
    expect(progress.every(([s, t]) => s <= t && t === bytes.length)).toBe(true);
  });

  it("hides the URL's query string in errors", async () => {
    server.script({ status: 403, body: "SignatureDoesNotMatch" });
    const error = await uploadToPresignedUrl(fetch, { url: `${server.url}/put?X-Amz-Signature=canarysig&Other=canaryother`, data: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(ClienteleError);
    expect(error.message).toContain(`PUT ${server.url}/put: SignatureDoesNotMatch`);
    expect(error.message).not.toContain("canary");
  });

  it("refuses ambiguous input before any request", async () => {
    await expect(uploadToPresignedUrl(fetch, { url: server.url, data: "a", filePath: "/x" })).rejects.toThrow(/exactly one/);
    expect(server.received).toHaveLength(0);
  });
});

describe("progress of in-memory data", () => {
  it("reports progress in pieces and re-sends the same bytes on retry", async () => {
    const data = "x".repeat(1024 * 1024 + 5);
    server.script({ status: 503 }, { status: 200 });
    const progress: number[] = [];
    await uploadToPresignedUrl(fetch, { url: `${server.url}/put`, data, onProgress: (sent) => progress.push(sent) });
    expect(server.received).toHaveLength(2);
    for (const r of server.received) {
      expect(r.body.toString()).toBe(data);
      expect(r.headers["content-length"]).toBe(String(data.length));
    }
    expect(progress.length).toBeGreaterThan(4);
    expect(progress.at(-1)).toBe(data.length);
  });
});

// saveToFile against a real server on 127.0.0.1: the bytes arrive intact with progress, and a failed or
// aborted transfer leaves the target as it was with no partial file beside it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectionError, downloadFromPresignedUrl, saveToFile } from "@clientele/core";

const SIZE = 8 * 1024 * 1024 + 123;
const content = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i++) content[i] = (i * 31 + (i >> 12)) & 0xff;

let server: Server;
let url: string;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "clientele-save-"));
  server = createServer((req, res) => {
    if (req.url?.startsWith("/whole")) {
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": SIZE });
      res.end(content);
    } else if (req.url?.startsWith("/cut")) {
      // Promises every byte, sends a third, then drops the connection.
      res.writeHead(200, { "content-length": SIZE });
      res.write(content.subarray(0, SIZE / 3), () => res.socket?.destroy());
    } else if (req.url?.startsWith("/slow")) {
      res.writeHead(200, { "content-length": SIZE });
      res.write(content.subarray(0, 1024 * 1024)); // and never more
    } else {
      res.writeHead(200, { "content-length": 0 });
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const leftovers = () => readdirSync(dir).filter((name) => name.endsWith(".partial"));

describe("saveToFile", () => {
  it("writes a downloaded body byte for byte, with progress up to the Content-Length", async () => {
    const target = join(dir, "whole.bin");
    const seen: Array<[number, number | undefined]> = [];
    const response = await downloadFromPresignedUrl({ url: `${url}/whole?X-Amz-Signature=secret` });
    const written = await saveToFile(response, target, { onProgress: (n, total) => seen.push([n, total]) });
    expect(written).toBe(SIZE);
    expect(readFileSync(target).equals(content)).toBe(true);
    expect(seen.at(-1)).toEqual([SIZE, SIZE]);
    expect(seen.every(([n], i) => i === 0 || n > seen[i - 1]![0])).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it("takes a web stream or an async iterable, and an empty body makes an empty file", async () => {
    const chunks = [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5])];
    await saveToFile(new Blob(chunks).stream(), join(dir, "stream.bin"));
    expect([...readFileSync(join(dir, "stream.bin"))]).toEqual([1, 2, 3, 4, 5]);
    await saveToFile(
      (async function* () {
        yield* chunks;
      })(),
      join(dir, "iterable.bin"),
    );
    expect([...readFileSync(join(dir, "iterable.bin"))]).toEqual([1, 2, 3, 4, 5]);
    expect(await saveToFile(await fetch(`${url}/empty`), join(dir, "empty.bin"))).toBe(0);
    expect(readFileSync(join(dir, "empty.bin")).length).toBe(0);
    // A Response's `body` is null when it has none: passed on as is, it makes an empty file too.
    expect(await saveToFile(new Response(null).body as never, join(dir, "null.bin"))).toBe(0);
    expect(readFileSync(join(dir, "null.bin")).length).toBe(0);
  });

  it("replaces an existing file only once the transfer is complete", async () => {
    const target = join(dir, "replaced.bin");
    writeFileSync(target, "old");
    await saveToFile(await fetch(`${url}/whole`), target);
    expect(readFileSync(target).length).toBe(SIZE);
  });

  it("a connection dropped midway leaves the old file as it was and no partial file, with clientele's error", async () => {
    const target = join(dir, "kept.txt");
    writeFileSync(target, "precious");
    const response = await downloadFromPresignedUrl({ url: `${url}/cut?X-Amz-Signature=secret` });
    const error = await saveToFile(response, target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(String(error)).not.toContain("secret");
    expect(readFileSync(target, "utf8")).toBe("precious");
    expect(leftovers()).toEqual([]);
  });

  it("an abort stops the transfer: rejected with the signal's reason, nothing left behind", async () => {
    const target = join(dir, "aborted.bin");
    const controller = new AbortController();
    const response = await fetch(`${url}/slow`);
    const saving = saveToFile(response, target, {
      signal: controller.signal,
      onProgress: (n) => {
        if (n >= 64 * 1024) controller.abort(new Error("user stopped it"));
      },
    });
    await expect(saving).rejects.toThrow("user stopped it");
    expect(() => readFileSync(target)).toThrow(/ENOENT/);
    expect(leftovers()).toEqual([]);
  });

  it("an abort while the server stalls stops at once (not at the next chunk), nothing left behind", async () => {
    const target = join(dir, "stalled.bin");
    const controller = new AbortController();
    const response = await fetch(`${url}/slow`);
    let written = 0;
    const saving = saveToFile(response, target, { signal: controller.signal, onProgress: (n) => (written = n) });
    // The server sent 1 MiB and then nothing: wait for it, then abort while the next read waits.
    for (let i = 0; i < 200 && written < 1024 * 1024; i++) await new Promise((r) => setTimeout(r, 10));
    expect(written).toBe(1024 * 1024);
    const started = Date.now();
    controller.abort(new Error("stalled, stopped"));
    await expect(saving).rejects.toThrow("stalled, stopped");
    expect(Date.now() - started).toBeLessThan(1000);
    expect(() => readFileSync(target)).toThrow(/ENOENT/);
    expect(leftovers()).toEqual([]);
  });

  it("a target in a missing directory is an error naming the path", async () => {
    const target = join(dir, "no", "such", "dir", "file.bin");
    await expect(saveToFile(new Blob(["x"]).stream(), target)).rejects.toThrow(target);
  });
});

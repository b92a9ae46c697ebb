// client.request() and client.uploadToPresignedUrl() against a real local server.

import { randomBytes } from "node:crypto";
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync, openAsBlob } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ClienteleError,
  Client,
  getSize,
  InternalServerError,
  MAX_REQUEST_BODY_SIZE,
  NotFound,
  TimeoutError,
  TooManyRequests,
} from "@clientele/nextmv";
import { scriptedServer, type ScriptedServerCompat as ScriptedServer } from "../../../test/support/scripted-server.js";

let server: ScriptedServer;
let other: ScriptedServer;
const dir = mkdtempSync(join(tmpdir(), "nextmv-request-"));
beforeAll(async () => {
  server = await scriptedServer();
  other = await scriptedServer();
});
afterAll(async () => {
  await server.close();
  await other.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  server.seen.length = 0;
  other.seen.length = 0;
});

const KEY = "request-key";
const client = (url = server.url) => new Client({ apiKey: KEY, url, backoffFactor: 1, backoffJitter: 0 });

describe("request()", () => {
  it("refuses data and payload together before any I/O", async () => {
    await expect(client().request({ method: "POST", endpoint: "v1/x", data: "a", payload: { a: 1 } })).rejects.toThrow(TypeError);
    await expect(client().request({ method: "POST", endpoint: "v1/x", data: "a", payload: { a: 1 } })).rejects.toThrow(
      /`data` or `payload`, not both/,
    );
    expect(server.seen).toHaveLength(0);
  });

  it("refuses a body over 500 MiB, naming the size and the limit, before any I/O", async () => {
    const path = join(dir, "huge.bin");
    const fd = openSync(path, "w");
    ftruncateSync(fd, MAX_REQUEST_BODY_SIZE + 1); // sparse: no disk or memory used
    closeSync(fd);
    const blob = await openAsBlob(path);
    const error = await client()
      .request({ method: "PUT", endpoint: "v1/x", data: blob })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClienteleError);
    expect((error as Error).message).toContain(`${MAX_REQUEST_BODY_SIZE + 1} bytes`);
    expect((error as Error).message).toContain(`limit of ${MAX_REQUEST_BODY_SIZE} bytes (500 MiB)`);
    expect(server.seen).toHaveLength(0);
  });

  it("refuses a payload that is not an object or array", async () => {
    await expect(client().request({ method: "POST", endpoint: "v1/x", payload: "text" as never })).rejects.toThrow(
      /plain object or an array/,
    );
    expect(server.seen).toHaveLength(0);
  });

  it("sends payload (objects and arrays) as compact JSON and returns the Response", async () => {
    server.answer({ status: 200, json: { run_id: "r1" } }, { status: 200, json: {} });
    const response = await client().request({
      method: "post",
      endpoint: "v1/applications/app/runs",
      payload: { input: { a: 1, b: [1, 2] }, name: "n" },
    });
    expect(response).toBeInstanceOf(Response);
    expect(await response.json()).toEqual({ run_id: "r1" });
    await client().request({ method: "POST", endpoint: "/v1/list", payload: [{ a: 1 }, 2] });
    expect(server.seen.map((s) => [s.method, s.url, s.body])).toEqual([
      ["POST", "/v1/applications/app/runs", '{"input":{"a":1,"b":[1,2]},"name":"n"}'],
      ["POST", "/v1/list", '[{"a":1},2]'],
    ]);
  });

  it("sends data as is", async () => {
    await client().request({ method: "PUT", endpoint: "v1/raw", data: "line one\nline two", headers: { "Content-Type": "text/plain" } });
    expect(server.seen[0]!.body).toBe("line one\nline two");
    expect(server.seen[0]!.headers["content-type"]).toBe("text/plain");
  });

  it("merges headers over the defaults; null removes one", async () => {
    await client().request({ method: "GET", endpoint: "v1/x", headers: { "request-source": "cli", "content-type": null } });
    const headers = server.seen[0]!.headers;
    expect(headers["request-source"]).toBe("cli");
    expect(headers.authorization).toBe(`Bearer ${KEY}`);
    expect(headers["user-agent"]).toMatch(/^@clientele\/nextmv\//);
    expect(headers["content-type"]).toBeUndefined();
  });

  it("appends query parameters (through core), repeating arrays and skipping undefined and null", async () => {
    await client().request({
      method: "GET",
      endpoint: "v1/applications/app/runs",
      queryParams: { pagereturn: true, pagetoken: "t 1&x", status: ["a", "b"], skip: undefined, none: null },
    });
    expect(server.seen[0]!.url).toBe("/v1/applications/app/runs?pagereturn=true&pagetoken=t%201%26x&status=a&status=b");
  });

  it("keeps a query written in the endpoint, and refuses one in both places before any I/O", async () => {
    await client().request({ method: "GET", endpoint: "v1/x?a=1&b=%2F" });
    expect(server.seen[0]!.url).toBe("/v1/x?a=1&b=%2F");
    await expect(client().request({ method: "GET", endpoint: "v1/x?a=1", queryParams: { b: 2 } })).rejects.toThrow(
      /in `endpoint` or in `queryParams`, not both/,
    );
    expect(server.seen).toHaveLength(1);
  });

  it("keeps a base URL's path", async () => {
    await client(`${server.url}/proxy/nextmv/`).request({ method: "GET", endpoint: "v1/applications" });
    expect(server.seen[0]!.url).toBe("/proxy/nextmv/v1/applications");
  });

  it("never sends the API key to another origin, even when asked to", async () => {
    await client().request({ method: "GET", endpoint: `${other.url}/download?sig=1` });
    await client().request({
      method: "GET",
      endpoint: `${other.url}/files`,
      queryParams: { page: 2 },
      headers: { authorization: "Bearer stolen" },
    });
    expect(other.seen.map((s) => s.url)).toEqual(["/download?sig=1", "/files?page=2"]);
    expect(other.seen.map((s) => s.headers.authorization)).toEqual([undefined, undefined]);
    expect(server.seen).toHaveLength(0);
  });

  it("sends an absolute URL on the client's own origin with the API key", async () => {
    await client().request({ method: "GET", endpoint: `${server.url}/v1/applications`, queryParams: { pagereturn: true } });
    expect(server.seen[0]!.url).toBe("/v1/applications?pagereturn=true");
    expect(server.seen[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("throws the typed error naming the endpoint, the status and the server's message", async () => {
    server.answer({ status: 404, json: { error: "run r9 not found" } });
    const error = await client()
      .request({ method: "GET", endpoint: "v1/applications/app/runs/r9" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFound);
    expect((error as NotFound).status).toBe(404);
    expect((error as Error).message).toBe(`GET ${server.url}/v1/applications/app/runs/r9 → 404 Not Found: run r9 not found`);
    expect((error as NotFound).body).toEqual({ error: "run r9 not found" });
  });

  it("reports a plain-text error body and a 5xx", async () => {
    server.answer({ status: 502, text: "upstream unavailable" });
    const error = await client()
      .request({ method: "GET", endpoint: "v1/x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toBe(`GET ${server.url}/v1/x → 502 Bad Gateway: upstream unavailable`);
  });

  it("reads an error without a body as its status alone", async () => {
    server.answer({ status: 403, text: "" });
    const error = await client()
      .request({ method: "GET", endpoint: "v1/x" })
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe(`GET ${server.url}/v1/x → 403 Forbidden`);
  });

  it("retries a 429 on request() too", async () => {
    server.answer({ status: 429, headers: { "retry-after": "0" } }, { status: 200, json: {} });
    await client().request({ method: "DELETE", endpoint: "v1/x" });
    expect(server.seen).toHaveLength(2);
  });

  it("takes core's per-call options: retry, timeout and a signal", async () => {
    server.answer({ status: 429 });
    await expect(client().request({ method: "GET", endpoint: "v1/x", retry: { maxRetries: 0 } })).rejects.toBeInstanceOf(TooManyRequests);
    expect(server.seen).toHaveLength(1);

    server.answer("hang");
    const timedOut = await client()
      .request({ method: "GET", endpoint: "v1/x", timeout: 100, retry: { maxRetries: 0 } })
      .catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(TimeoutError);
    expect((timedOut as TimeoutError).timeout).toBe(100);

    const controller = new AbortController();
    controller.abort(new Error("stopped by the caller"));
    await expect(client().request({ method: "GET", endpoint: "v1/x", signal: controller.signal })).rejects.toThrow("stopped by the caller");
  });

  it("returns the Response with its body unread, to stream", async () => {
    server.answer({ status: 200, text: "line 1\nline 2\n" });
    const response = await client().request({ method: "GET", endpoint: "v1/logs" });
    expect(response.bodyUsed).toBe(false);
    expect(await response.text()).toBe("line 1\nline 2\n");
  });
});

describe("uploadToPresignedUrl() and getSize", () => {
  it("PUTs JSON data without Authorization, reporting progress", async () => {
    const progress: Array<[number, number]> = [];
    await client().uploadToPresignedUrl({
      url: `${other.url}/bucket/in?X-Amz-Signature=abc`,
      data: { key: "value", number: 123 },
      onProgress: (s, t) => progress.push([s, t]),
    });
    const put = other.seen[0]!;
    expect([put.method, put.url, put.body]).toEqual(["PUT", "/bucket/in?X-Amz-Signature=abc", '{"key":"value","number":123}']);
    expect(put.headers.authorization).toBeUndefined();
    expect(progress.at(-1)).toEqual([28, 28]);
  });

  it("streams a tar file from disk through core's filePath upload, with progress", async () => {
    const path = join(dir, "input.tar.gz");
    const content = randomBytes(3 * 1024 * 1024 + 17).toString("base64url"); // about 4 MiB of text
    writeFileSync(path, content);
    const progress: Array<[number, number]> = [];
    await client().uploadToPresignedUrl({
      url: `${other.url}/bucket/tar?X-Amz-Signature=abc`,
      tarFile: path,
      onProgress: (s, t) => progress.push([s, t]),
    });
    expect(other.seen).toHaveLength(1);
    expect(other.seen[0]!.body === content).toBe(true);
    expect(other.seen[0]!.headers["content-length"]).toBe(String(content.length));
    expect(other.seen[0]!.headers.authorization).toBeUndefined();
    expect(progress.length).toBeGreaterThan(2); // read in pieces, not in one go
    expect(progress[0]).toEqual([0, content.length]);
    expect(progress.at(-1)).toEqual([content.length, content.length]);
    expect(progress.every(([sent], i) => i === 0 || sent >= progress[i - 1]![0])).toBe(true);
  });

  it("re-reads the tar file when the upload is retried", async () => {
    const path = join(dir, "retried.tar.gz");
    writeFileSync(path, "archive-sent-twice");
    other.answer({ status: 503, text: "slow down", headers: { "retry-after": "0" } }, { status: 200, text: "" });
    await client().uploadToPresignedUrl({ url: `${other.url}/bucket/tar`, tarFile: path });
    expect(other.seen.map((s) => [s.method, s.body])).toEqual([
      ["PUT", "archive-sent-twice"],
      ["PUT", "archive-sent-twice"],
    ]);
  });

  it("rejects a missing tar file, both sources, or neither", async () => {
    await expect(client().uploadToPresignedUrl({ url: other.url, tarFile: join(dir, "nope.tar.gz") })).rejects.toThrow(
      /tarFile .*nope\.tar\.gz does not exist/,
    );
    await expect(client().uploadToPresignedUrl({ url: other.url, data: "x", tarFile: "y" })).rejects.toThrow(/exactly one of/);
    await expect(client().uploadToPresignedUrl({ url: other.url })).rejects.toThrow(/exactly one of/);
    expect(other.seen).toHaveLength(0);
  });

  it("keeps the signature out of upload errors", async () => {
    other.answer({ status: 403, text: "SignatureDoesNotMatch" });
    const error = await client()
      .uploadToPresignedUrl({ url: `${other.url}/bucket/in?X-Amz-Signature=topsecret`, data: "x" })
      .then(
        () => new Error("resolved"),
        (e: Error) => e,
      );
    expect(error.message).toContain("SignatureDoesNotMatch");
    expect(error.message).not.toContain("topsecret");
  });

  it("measures sizes as they are sent", () => {
    expect(getSize({ key: "value", number: 123 })).toBe(28);
    expect(getSize("Hello, Nextmv!")).toBe(14);
    expect(getSize([1, 2])).toBe(5);
  });
});

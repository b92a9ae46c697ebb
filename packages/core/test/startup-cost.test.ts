// A one-shot script pays for what it loads. A typed call that only reads `data` must not load Node's
// built-in fetch (about 10 ms of a short script; bench/NOTES.md), the web streams (1.5 ms), zlib or
// web crypto: checked in a fresh Node process over the built package, by the module list Node keeps.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BUILT = new URL("../dist/index.node.js", import.meta.url).href;
const BUILT_IN_FETCH = "NativeModule internal/deps/undici/undici";
/** Modules a bodiless call that reads only `data` has no use for. */
const NOT_NEEDED = [
  BUILT_IN_FETCH,
  "NativeModule internal/webstreams/readablestream",
  "NativeModule zlib",
  "NativeModule internal/crypto/webcrypto",
];

let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}'));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Runs `body` after a typed call (a GET unless `call` says otherwise) in a fresh process; returns what it printed as JSON. */
function oneShot(body: string, call = 'client.GET("/thing")'): Promise<Record<string, unknown>> {
  const script = `import { createApiClient, saveToFile } from ${JSON.stringify(BUILT)};
const client = createApiClient({ baseUrl: ${JSON.stringify(url)} });
const result = await ${call};
${body}`;
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      ["--input-type=module", "-e", script],
      { cwd: fileURLToPath(new URL("..", import.meta.url)), timeout: 20_000 },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout))),
    ),
  );
}

describe("a one-shot script", () => {
  it("reads a typed call's data without loading Node's built-in fetch; looking at the response loads it", async () => {
    const onlyData = await oneShot(
      `console.log(JSON.stringify({ data: result.data, loaded: ${JSON.stringify(NOT_NEEDED)}.filter((m) => process.moduleLoadList.includes(m)) }));`,
    );
    expect(onlyData).toEqual({ data: { ok: true }, loaded: [] });
    const withResponse = await oneShot(
      `const status = result.response.status;
console.log(JSON.stringify({ status, loaded: process.moduleLoadList.includes(${JSON.stringify(BUILT_IN_FETCH)}) }));`,
    );
    expect(withResponse).toEqual({ status: 200, loaded: true });
  });

  it("sends a JSON body without loading Node's built-in fetch", async () => {
    const posted = await oneShot(
      `console.log(JSON.stringify({ data: result.data, loaded: ${JSON.stringify(NOT_NEEDED)}.filter((m) => process.moduleLoadList.includes(m)) }));`,
      'client.POST("/thing", { body: { name: "c1", tags: ["a"] } })',
    );
    expect(posted).toEqual({ data: { ok: true }, loaded: [] });
  });

  it("saves an async iterable to a file without loading Node's built-in fetch", async () => {
    const dir = mkdtempSync(join(tmpdir(), "clientele-startup-"));
    try {
      const saved = await oneShot(
        `const bytes = await saveToFile((async function* () { yield new Uint8Array([1, 2, 3]); })(), ${JSON.stringify(join(dir, "out.bin"))});
console.log(JSON.stringify({ bytes, loaded: process.moduleLoadList.includes(${JSON.stringify(BUILT_IN_FETCH)}) }));`,
      );
      expect(saved).toEqual({ bytes: 3, loaded: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

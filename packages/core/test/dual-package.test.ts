// `instanceof` must hold across the ESM and CJS builds (and the node and web entries) of core,
// which a program can load side by side. This test runs on the built files.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const require = createRequire(import.meta.url);

describe("dual package hazard", () => {
  it("recognizes errors from every build of core", async () => {
    expect(existsSync(`${dist}index.node.cjs`), "core is not built: run `pnpm build` first").toBe(true);
    const cjs = require(`${dist}index.node.cjs`);
    const esm = await import(`${dist}index.node.js`);
    const web = await import(`${dist}index.js`);
    const init = { status: 404, method: "GET", url: "http://x/y" };
    const fromCjs = cjs.APIException.from(init);
    const fromWeb = web.APIException.from({ ...init, status: 500 });
    expect(cjs.NotFound).not.toBe(esm.NotFound);
    expect(fromCjs).toBeInstanceOf(esm.NotFound);
    expect(fromCjs).toBeInstanceOf(esm.APIException);
    expect(fromCjs).toBeInstanceOf(esm.ClienteleError);
    expect(fromCjs).not.toBeInstanceOf(esm.Conflict);
    expect(fromWeb).toBeInstanceOf(cjs.InternalServerError);
    expect(fromWeb).not.toBeInstanceOf(cjs.NotFound);
    expect(fromCjs).toBeInstanceOf(Error);
    expect(fromCjs.name).toBe("NotFound");
    expect({}).not.toBeInstanceOf(esm.APIException);
  });
});

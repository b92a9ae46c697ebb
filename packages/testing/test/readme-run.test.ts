// The README examples of the HTTP-only clients (Nextmv, ABEJA) run as written, not only compiled
// (test/examples.test.ts does that for every block): each block against @clientele/testing's mock of
// its API under msw, so every request it makes and every answer it gets is checked against the spec.
// The contract-testing blocks (they import vitest) run in their packages' own tests.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createMockApi } from "@clientele/testing";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const blocks = (pkg: string) =>
  [...readFileSync(join(root, "packages", pkg, "README.md"), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((m, i) => ({ name: `${pkg}-README-${i}`, code: m[1]! }))
    .filter((block) => !/from "vitest"/.test(block.code));

const mocks = { nextmv: createMockApi("nextmv"), abeja: createMockApi("abeja") };
const server = setupServer(...mocks.nextmv.handlers, ...mocks.abeja.handlers);
const dir = mkdtempSync(join(tmpdir(), "clientele-readme-"));
const cwd = process.cwd();

beforeAll(() => {
  server.listen({ onUnhandledRequest: "error" });
  // What the READMEs assume of the user's machine: credentials in the environment, files in the cwd.
  vi.stubEnv("NEXTMV_API_KEY", "readme-key");
  vi.stubEnv("NEXTMV_ENDPOINT", "");
  vi.stubEnv("NEXTMV_PROFILE", "");
  vi.stubEnv("PLATFORM_AUTH_TOKEN", "readme-token");
  vi.stubEnv("ABEJA_API_URL", "");
  writeFileSync(join(dir, "input.tar.gz"), Buffer.alloc(64 * 1024, 1));
  process.chdir(dir);
});
afterEach(() => {
  mocks.nextmv.verifyAndReset(server);
  mocks.abeja.verifyAndReset(server);
});
afterAll(() => {
  process.chdir(cwd);
  server.close();
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

for (const pkg of ["nextmv", "abeja"] as const) {
  describe(`${pkg} README`, () => {
    const list = blocks(pkg);
    it("has blocks to run", () => expect(list.length).toBeGreaterThanOrEqual(5));
    for (const block of list) {
      it(`${block.name} runs as written against the spec's mock`, async () => {
        const file = join(dir, `${block.name}.ts`);
        writeFileSync(file, `${block.code}\nexport {};\n`);
        const log = vi.spyOn(console, "log").mockImplementation(() => {});
        try {
          await import(pathToFileURL(file).href);
        } finally {
          log.mockRestore();
        }
        // Every block that calls the API made at least one call, each valid (verifyAndReset throws otherwise).
        const calls = mocks[pkg].calls.all.length;
        if (/await /.test(block.code)) expect(calls, `${block.name} made no call`).toBeGreaterThan(0);
      }, 60_000);
    }
  });
}

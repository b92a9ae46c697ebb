// The spec → types pipeline: a spec edit changes the generated types, code using a removed field
// stops compiling, and the drift check catches types that were not regenerated.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "clientele-pipeline-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spec = readFileSync(join(root, "specs/abeja.openapi.yaml"), "utf8");
// Remove the service's `instance_number` field from the spec, as an editor would.
const edited = spec.replace(/\n(\s+)instance_number:\n(\1\s+.*\n)+/, "\n");
const committed = readFileSync(join(root, "packages/abeja-types/src/schema.ts"), "utf8");

function typeCheck(schema: string): { status: number | null; output: string } {
  const work = mkdtempSync(join(dir, "tsc-"));
  writeFileSync(join(work, "schema.ts"), schema);
  writeFileSync(
    join(work, "use.ts"),
    `import type { components } from "./schema.js";\nexport const n = (s: components["schemas"]["Service"]): number | undefined => s.instance_number;\n`,
  );
  const run = spawnSync(
    process.execPath,
    [
      join(root, "node_modules/typescript/bin/tsc"),
      "--noEmit",
      "--strict",
      "--skipLibCheck",
      "--module",
      "nodenext",
      "--moduleResolution",
      "nodenext",
      join(work, "use.ts"),
    ],
    { encoding: "utf8" },
  );
  return { status: run.status, output: run.stdout + run.stderr };
}

describe("spec → types", () => {
  it("regenerates different types after a spec edit, and code using the removed field fails tsc", async () => {
    expect(edited).not.toBe(spec);
    const { render } = await import("../scripts/generate-types.mjs");
    const editedFile = join(dir, "abeja.openapi.yaml");
    writeFileSync(editedFile, edited);
    const fresh: string = await render("abeja", editedFile);
    expect(committed).toContain("instance_number");
    expect(fresh).not.toBe(committed);
    expect(typeCheck(committed).status).toBe(0);
    const broken = typeCheck(fresh);
    expect(broken.status).not.toBe(0);
    expect(broken.output).toMatch(/instance_number/);
  }, 60_000);

  it("fails the drift check, naming the spec and showing the diff, when types are stale", () => {
    const specs = mkdtempSync(join(dir, "specs-"));
    writeFileSync(join(specs, "abeja.openapi.yaml"), edited);
    const stale = spawnSync(process.execPath, ["scripts/generate-types.mjs", "--check", "abeja", "--specs-dir", specs], {
      cwd: root,
      encoding: "utf8",
    });
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain("specs/abeja.openapi.yaml changed but packages/abeja-types/src/schema.ts was not regenerated");
    expect(stale.stderr).toMatch(/^-.*instance_number/m);
    const fresh = spawnSync(process.execPath, ["scripts/generate-types.mjs", "--check", "abeja"], { cwd: root, encoding: "utf8" });
    expect(fresh.status).toBe(0);
  }, 60_000);
});

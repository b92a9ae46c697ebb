// The spec-review rules (scripts/spec-review.mjs, loaded by redocly.yaml): they fail a spec whose
// strictness names no source or whose operations declare no errors, and `pnpm new-api`'s stub
// starts out passing them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { specTemplate } from "../scripts/new-api-spec.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "clientele-spec-review-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Lints one spec text with the repository's redocly.yaml; the problems of the `clientele/` rules. */
function review(name: string, text: string): { status: number | null; problems: { rule: string; pointer: string }[] } {
  const file = join(dir, `${name}.openapi.yaml`);
  writeFileSync(file, text);
  const run = spawnSync(
    process.execPath,
    [join(root, "node_modules/@redocly/cli/bin/cli.js"), "lint", file, "--config", join(root, "redocly.yaml"), "--format=json"],
    { encoding: "utf8", cwd: root, timeout: 120_000 },
  );
  const report = JSON.parse(run.stdout.slice(run.stdout.indexOf("{"))) as {
    problems: { ruleId: string; location: { pointer: string }[] }[];
  };
  return {
    status: run.status,
    problems: report.problems
      .filter((p) => p.ruleId.startsWith("clientele/"))
      .map((p) => ({ rule: p.ruleId, pointer: p.location[0]!.pointer })),
  };
}

const unsourced = `openapi: 3.1.0
info: {title: Bad, version: "1"}
servers: [{url: "https://bad.example"}]
paths:
  /things:
    get:
      operationId: listThings
      summary: List things
      responses:
        "200":
          description: Things.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      required: [id]
      properties:
        id: {type: string}
        state: {type: string, enum: [on, off]}
        kind:
          anyOf:
            - {type: string, enum: [a, b]}
            - {type: string}
    Request:
      type: object
      required: [name]
      properties:
        name: {type: string}
`;

describe("spec review", () => {
  it("flags a closed enum and a response's required without x-source, and an operation without errors", () => {
    const { status, problems } = review("unsourced", unsourced);
    expect(status).not.toBe(0);
    expect(problems).toEqual(
      expect.arrayContaining([
        { rule: "clientele/enum-source", pointer: "#/components/schemas/Thing/properties/state/enum" },
        { rule: "clientele/required-source", pointer: "#/components/schemas/Thing/required" },
        { rule: "clientele/error-responses", pointer: "#/paths/~1things/get/responses" },
      ]),
    );
    // The open enum (`kind`) and the request-only schema's `required` are fine.
    expect(problems.some((p) => p.pointer.includes("/kind/"))).toBe(false);
    expect(problems.some((p) => p.pointer.includes("/Request/"))).toBe(false);
  });

  it("accepts the same spec once the sources are named and the errors declared", () => {
    const fixed = unsourced
      .replace("    Thing:\n      type: object\n", "    Thing:\n      type: object\n      x-source: the Bad SDK's Thing model\n")
      .replace(
        '          description: Things.\n          content:\n            application/json:\n              schema: {$ref: "#/components/schemas/Thing"}\n',
        '          description: Things.\n          content:\n            application/json:\n              schema: {$ref: "#/components/schemas/Thing"}\n        "404":\n          description: No things.\n        default:\n          description: Any other error.\n',
      );
    expect(review("sourced", fixed).problems).toEqual([]);
  });

  it("passes on the stub `pnpm new-api` writes", () => {
    const { status, problems } = review("acme", specTemplate("acme", "Acme"));
    expect(problems).toEqual([]);
    expect(status).toBe(0);
  });
});

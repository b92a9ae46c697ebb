// Public types say what things are: no `any` leaks into a package's declarations (a value typed
// `any` switches the checker off for the user). Reads the built `.d.ts` (`pnpm build` runs first);
// the one allowed form is the constraint `Record<string, any>` of a spec's `paths`, as openapi-fetch has it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const PACKAGES = ["core", "nextmv", "lxd", "abeja"];

describe.each(PACKAGES)("@clientele/%s declarations", (pkg) => {
  it("name no `any`", () => {
    const dist = `${root}packages/${pkg}/dist`;
    expect(existsSync(dist), `${dist} is missing: run pnpm build`).toBe(true);
    const problems: string[] = [];
    for (const file of readdirSync(dist).filter((f) => /\.d\.ts$/.test(f))) {
      const text = readFileSync(`${dist}/${file}`, "utf8");
      // Comments go (their line breaks stay, so line numbers hold), then strings.
      const code = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " ")).replace(/\/\/.*$/gm, "");
      code.split("\n").forEach((line, i) => {
        const bare = line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""').replace(/Record<string, any>/g, "");
        if (/\bany\b/.test(bare)) problems.push(`${file}:${i + 1}: ${text.split("\n")[i]!.trim()}`);
      });
    }
    expect(problems).toEqual([]);
  });
});

// The README's first command ends in `pnpm demo`: the tour must finish and exit 0.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

it("runs the guided tour to its end", () => {
  const run = spawnSync(process.execPath, ["examples/demo.mjs"], {
    cwd: root,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, DEBUG: "" },
  });
  expect(run.stderr).not.toMatch(/Tour failed/);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/Tour complete: \d+ steps passed/);
  expect(run.stdout).toMatch(/waiting 1000 ms \(the server's Retry-After\)/);
  expect(run.stdout).toMatch(/typed error caught: NotFound/);
  expect(run.stdout).toContain("100%");
  expect(run.stdout).not.toContain("nxmv-demo-secret-key");
}, 150_000);

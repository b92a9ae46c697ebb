// Regenerates test/faults/README.md from the fault matrix's table (test/faults/matrix.ts): runs the
// README check of the suite with WRITE_FAULTS_README=1, which writes the file before comparing.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const run = spawnSync("npx", ["vitest", "run", "test/faults/matrix.test.ts", "-t", "README.md is the table"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, WRITE_FAULTS_README: "1" },
});
process.exit(run.status ?? 1);

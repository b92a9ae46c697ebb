// Entry point of the smoke suite in one runtime (Node, Bun or Deno), copied into the installed
// project next to smoke.mjs. Reads the servers from env.mjs (written by the test), prints one line
// `SMOKE-RESULTS <json>` with the runtime's name, version and binary and every check's result, and exits
// (open keep-alive connections must not keep the runtime alive).
import env from "./env.mjs";
import { smoke } from "./smoke.mjs";

const version = globalThis.Deno
  ? `deno ${globalThis.Deno.version.deno}`
  : globalThis.Bun
    ? `bun ${globalThis.Bun.version}`
    : `node ${globalThis.process.versions.node}`;
/** The runtime's own binary: the test runs it again directly, without npx (see runtimes.test.ts). */
const execPath = globalThis.Deno ? globalThis.Deno.execPath() : globalThis.process.execPath;
const results = await smoke(env);
console.log(`SMOKE-RESULTS ${JSON.stringify({ version, execPath, results })}`);
if (globalThis.Deno) globalThis.Deno.exit(0);
else globalThis.process.exit(0);

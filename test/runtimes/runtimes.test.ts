// The runtime matrix (issue 19): the packed tarballs installed into fresh projects as each runtime's
// users install them, and the same smoke suite (smoke.mjs) run by Node 20 (this process's), Node 22
// and 24, Bun and Deno against the servers started here. Each check must pass, or be skipped with
// the reason the runtime lacks the feature. A table of runtime × check is printed at the end.
//
// Needs `pnpm build` first (as `pnpm test` does) and the npm registry (third-party dependencies, and
// the runtimes: `npx -y node@22`, `node@24`, `bun@1`, `deno@2`). KEEP_RUNTIMES_TMP=1 keeps the projects.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installProject, packSmokePackages, sh, type Installer, type Packed, type Result } from "./install.js";
import { type RuntimeServers, startRuntimeServers } from "./servers.js";

interface CheckResult {
  check: string;
  ok: boolean;
  detail?: string;
  skipped?: string;
}

interface Runtime {
  name: string;
  installer: Installer;
  /** The command that runs a module (its path comes last), given the servers' env. */
  command(env: RuntimeServers["env"]): string[];
}

const RUNTIMES: Runtime[] = [
  { name: "node 20", installer: "npm", command: () => [process.execPath] },
  { name: "node 22", installer: "npm", command: () => ["npx", "-y", "node@22"] },
  { name: "node 24", installer: "npm", command: () => ["npx", "-y", "node@24"] },
  { name: "bun 1", installer: "bun", command: () => ["npx", "-y", "bun@1"] },
  {
    name: "deno 2",
    installer: "deno",
    // The narrowest permissions that let the suite run, as a Deno user would grant them: the servers on
    // 127.0.0.1 and LXD's socket (Deno asks for net and write access to a unix socket), reading the
    // project, the environment and the home directory (Nextmv's and ABEJA's configuration chains look for
    // their files and variables there).
    command: (env) => [
      "npx",
      "-y",
      "deno@2",
      "run",
      `--allow-net=127.0.0.1${env.lxdSocket ? `,unix:${env.lxdSocket}` : ""}`,
      ...(env.lxdSocket ? [`--allow-write=${env.lxdSocket}`] : []),
      "--allow-read",
      "--allow-env",
      "--allow-sys=homedir",
    ],
  },
];

/** Checks a runtime may skip, with the runtimes allowed to (none today: Node, Bun and Deno all have unix sockets). */
const ALLOWED_SKIPS: Record<string, string[]> = {};

/** npm and bun installs, and the first `npx -y` download of a runtime (about 40-120 MB), on a slow machine. */
const INSTALL_TIMEOUT = 300_000;
const RUN_TIMEOUT = 180_000;

describe("the smoke suite in every runtime, over the packed tarballs", () => {
  const base = mkdtempSync(join(tmpdir(), "clientele-runtimes-"));
  let servers: RuntimeServers;
  const installs = new Map<Installer, Result>();
  const table = new Map<string, { version: string; results: CheckResult[] }>();

  beforeAll(async () => {
    const packed: Packed[] = await packSmokePackages(base);
    servers = await startRuntimeServers();
    // One project per installer, installed in parallel; Node 20, 22 and 24 share npm's.
    await Promise.all(
      (["npm", "bun", "deno"] as const).map(async (installer) => {
        installs.set(installer, await installProject(join(base, installer), packed, installer, INSTALL_TIMEOUT));
      }),
    );
  }, INSTALL_TIMEOUT + 120_000);

  afterAll(async () => {
    await servers?.close();
    if (table.size) console.log(formatTable(table));
    if (process.env.KEEP_RUNTIMES_TMP) console.log(`kept ${base}`);
    else rmSync(base, { recursive: true, force: true });
  });

  it.each(RUNTIMES)(
    "$name runs every check of smoke.mjs",
    async (runtime) => {
      const install = installs.get(runtime.installer);
      expect(install?.code, `${runtime.installer} install failed:\n${install?.output}`).toBe(0);
      const dir = join(base, runtime.installer);
      writeFileSync(join(dir, "env.mjs"), `export default ${JSON.stringify({ runtime: runtime.name, ...servers.env })};\n`);
      const [cmd, ...args] = runtime.command(servers.env);
      const ran = await sh(cmd!, [...args, "run-smoke.mjs"], dir, RUN_TIMEOUT);
      const line = ran.output.split("\n").find((l) => l.startsWith("SMOKE-RESULTS "));
      expect(line, `${runtime.name} printed no results (exit ${ran.code}):\n${ran.output}`).toBeDefined();
      const { version, results } = JSON.parse(line!.slice("SMOKE-RESULTS ".length)) as { version: string; results: CheckResult[] };
      table.set(runtime.name, { version, results });
      expect(version.startsWith(runtime.name.split(" ")[0]!), `${runtime.name} reports ${version}`).toBe(true);
      expect(ran.code, ran.output).toBe(0);

      const failed = results.filter((r) => !r.ok && !r.skipped).map((r) => `${r.check}: ${r.detail}`);
      expect(failed, `${version}: failed checks`).toEqual([]);
      const skipped = results.filter((r) => r.skipped && !ALLOWED_SKIPS[r.check]?.includes(runtime.name));
      expect(
        skipped.map((r) => `${r.check}: ${r.skipped}`),
        `${version}: skipped checks`,
      ).toEqual([]);
      // Every runtime runs the same checks: none may silently drop out.
      expect(results.length).toBeGreaterThanOrEqual(18);
      const first = table.values().next().value!;
      expect(results.map((r) => r.check)).toEqual(first.results.map((r) => r.check));
    },
    RUN_TIMEOUT + 30_000,
  );
});

/** A runtime × check table: `ok`, `SKIP` or `FAIL`, one column per runtime. */
function formatTable(table: Map<string, { version: string; results: CheckResult[] }>): string {
  const runtimes = [...table.entries()];
  const checks = [...new Set(runtimes.flatMap(([, r]) => r.results.map((c) => c.check)))];
  const heads = runtimes.map(([, r]) => r.version);
  const width = Math.max(...checks.map((c) => c.length));
  const cell = (result: CheckResult | undefined) => (!result ? "-" : result.ok ? "ok" : result.skipped ? "SKIP" : "FAIL");
  const lines = [
    `${"check".padEnd(width)} | ${heads.join(" | ")}`,
    `${"-".repeat(width)}-|-${heads.map((h) => "-".repeat(h.length)).join("-|-")}`,
    ...checks.map(
      (check) =>
        `${check.padEnd(width)} | ${runtimes.map(([, r], i) => cell(r.results.find((c) => c.check === check)).padEnd(heads[i]!.length)).join(" | ")}`,
    ),
  ];
  const builds = runtimes.map(
    ([, r]) => `${r.version}: core's "${r.results.find((c) => c.check.startsWith("core: the build"))?.detail}" build`,
  );
  const notes = runtimes.flatMap(([, r]) =>
    r.results.filter((c) => !c.ok).map((c) => `${r.version} · ${c.check}: ${c.skipped ? `skipped: ${c.skipped}` : c.detail}`),
  );
  return [...lines, ...builds, ...notes].join("\n");
}

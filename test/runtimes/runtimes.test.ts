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
import { childEnv, installProject, packSmokePackages, sh, type Installer, type Packed, type Result } from "./install.js";
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
  /** The npm package that brings the runtime (`npx -y <it>`); none for this process's Node. */
  npx?: string;
  /** Arguments before the module's path, given the servers' env. */
  args(env: RuntimeServers["env"]): string[];
}

const RUNTIMES: Runtime[] = [
  { name: "node 20", installer: "npm", args: () => [] },
  { name: "node 22", installer: "npm", npx: "node@22", args: () => [] },
  { name: "node 24", installer: "npm", npx: "node@24", args: () => [] },
  { name: "bun 1", installer: "bun", npx: "bun@1", args: () => [] },
  {
    name: "deno 2",
    installer: "deno",
    npx: "deno@2",
    // The narrowest permissions that let the suite run, as a Deno user would grant them: the servers on
    // 127.0.0.1 and LXD's socket (Deno asks for net and write access to a unix socket), reading the
    // project and the environment. No `--allow-sys=homedir`: a Nextmv client given its key and URL
    // never looks for ~/.nextmv/config.yaml.
    args: (env) => [
      "run",
      `--allow-net=127.0.0.1${env.lxdSocket ? `,unix:${env.lxdSocket}` : ""}`,
      ...(env.lxdSocket ? [`--allow-write=${env.lxdSocket}`] : []),
      "--allow-read",
      "--allow-env",
    ],
  },
];

/** Checks a runtime may skip, with the runtimes allowed to (none today: Node, Bun and Deno all have unix sockets). */
const ALLOWED_SKIPS: Record<string, string[]> = {};

/** npm and bun installs, and the first `npx -y` download of a runtime (about 40-120 MB), on a slow machine. */
const INSTALL_TIMEOUT = 300_000;
const RUN_TIMEOUT = 180_000;
/** A run of a runtime's binary, already downloaded: the suite takes a few seconds. */
const DIRECT_RUN_TIMEOUT = 60_000;

interface Run {
  version: string;
  /** The runtime's binary, as it reported it. */
  execPath: string;
  results: CheckResult[];
}

describe("the smoke suite in every runtime, over the packed tarballs", () => {
  const base = mkdtempSync(join(tmpdir(), "clientele-runtimes-"));
  let servers: RuntimeServers;
  const installs = new Map<Installer, Result>();
  /** Results by column of the table: a runtime, or a runtime through the proxy. */
  const table = new Map<string, Run>();

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

  /** Runs the suite with `command` in the runtime's project; asserts every check passed and returns the run. */
  async function runSmoke(runtime: Runtime, column: string, command: string[], env = childEnv, timeout = RUN_TIMEOUT): Promise<Run> {
    const install = installs.get(runtime.installer);
    expect(install?.code, `${runtime.installer} install failed:\n${install?.output}`).toBe(0);
    const dir = join(base, runtime.installer);
    writeFileSync(join(dir, "env.mjs"), `export default ${JSON.stringify({ runtime: runtime.name, ...servers.env })};\n`);
    const [cmd, ...args] = command;
    const ran = await sh(cmd!, [...args, "run-smoke.mjs"], dir, timeout, env);
    const line = ran.output.split("\n").find((l) => l.startsWith("SMOKE-RESULTS "));
    expect(line, `${column} printed no results (exit ${ran.code}):\n${ran.output}`).toBeDefined();
    const run = JSON.parse(line!.slice("SMOKE-RESULTS ".length)) as Run;
    table.set(column, run);
    expect(run.version.startsWith(runtime.name.split(" ")[0]!), `${runtime.name} reports ${run.version}`).toBe(true);
    expect(ran.code, ran.output).toBe(0);

    const failed = run.results.filter((r) => !r.ok && !r.skipped).map((r) => `${r.check}: ${r.detail}`);
    expect(failed, `${column}: failed checks`).toEqual([]);
    const skipped = run.results.filter((r) => r.skipped && !ALLOWED_SKIPS[r.check]?.includes(runtime.name));
    expect(
      skipped.map((r) => `${r.check}: ${r.skipped}`),
      `${column}: skipped checks`,
    ).toEqual([]);
    // Every runtime runs the same checks: none may silently drop out.
    expect(run.results.length).toBeGreaterThanOrEqual(18);
    const first = table.values().next().value!;
    expect(run.results.map((r) => r.check)).toEqual(first.results.map((r) => r.check));
    return run;
  }

  for (const runtime of RUNTIMES) {
    it(
      `${runtime.name} runs every check of smoke.mjs`,
      async () => {
        const runner = runtime.npx ? ["npx", "-y", runtime.npx] : [process.execPath];
        await runSmoke(runtime, runtime.name, [...runner, ...runtime.args(servers.env)]);
      },
      RUN_TIMEOUT + 30_000,
    );

    // Clients pick their proxy from HTTP_PROXY (undici's EnvHttpProxyAgent), as CI machines and offices
    // set it; Bun once answered with its own partial undici there and failed every request. The runtime's
    // binary runs directly (npx would send its own registry requests to this proxy).
    it(
      `${runtime.name} runs every check of smoke.mjs through HTTP_PROXY`,
      async () => {
        const direct = table.get(runtime.name);
        expect(direct, `the direct run of ${runtime.name} found its binary`).toBeDefined();
        servers.proxy.origins.clear();
        const env = { ...childEnv, HTTP_PROXY: servers.proxy.url, http_proxy: servers.proxy.url, NO_PROXY: "", no_proxy: "" };
        await runSmoke(runtime, `${runtime.name} via proxy`, [direct!.execPath, ...runtime.args(servers.env)], env, DIRECT_RUN_TIMEOUT);
        // Every server was reached through the proxy (all but LXD's unix socket, which never takes one).
        const hosts = Object.values(servers.env.servers).map((url) => new URL(url).host);
        expect([...servers.proxy.origins].sort()).toEqual(expect.arrayContaining(hosts));
      },
      DIRECT_RUN_TIMEOUT + 30_000,
    );
  }
});

/** A runtime × check table: `ok`, `SKIP` or `FAIL`, one column per runtime. */
function formatTable(table: Map<string, Run>): string {
  const runtimes = [...table.entries()];
  const checks = [...new Set(runtimes.flatMap(([, r]) => r.results.map((c) => c.check)))];
  const heads = runtimes.map(([column, r]) => `${r.version}${column.endsWith("via proxy") ? " (proxy)" : ""}`);
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
  const builds = runtimes
    .filter(([column]) => !column.endsWith("via proxy"))
    .map(([, r]) => `${r.version}: core's "${r.results.find((c) => c.check.startsWith("core: the build"))?.detail}" build`);
  const notes = runtimes.flatMap(([column, r]) =>
    r.results.filter((c) => !c.ok).map((c) => `${column} · ${c.check}: ${c.skipped ? `skipped: ${c.skipped}` : c.detail}`),
  );
  return [...lines, ...builds, ...notes].join("\n");
}

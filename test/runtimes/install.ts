// Fresh projects outside the workspace with the packed tarballs installed the way each runtime's users
// install packages. Needs `pnpm build` first (as `pnpm test` does) and the npm registry for
// third-party dependencies and for the runtimes themselves (`npx -y node@22`, `bun@1`, `deno@2`).
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, realpathSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
// @ts-expect-error: a plain .mjs script without declarations (also run as `pnpm check:packages`)
import { packAll, publishablePackages } from "../../scripts/check-packages.mjs";

export interface Packed {
  name: string;
  version: string;
  tarball: string;
}

export interface Result {
  code: number | null;
  output: string;
}

/** The packages the smoke suite imports, and the packages they depend on (the generated types). */
const SMOKE_PACKAGES = /^@clientele\/(core|nextmv|lxd|abeja)(-types)?$/;

const root = fileURLToPath(new URL("../..", import.meta.url));
const here = fileURLToPath(new URL(".", import.meta.url));

// Children get no workspace hints (no NODE_PATH/NODE_OPTIONS and none of the npm_* settings `pnpm run`
// exports) and none of the clients' settings. A machine's proxy stays (npx needs it for the registry),
// but the servers on 127.0.0.1 are reached directly, except in the runs that test proxies.
const inherited = Object.entries(process.env).filter(
  ([key]) => !/^(npm_|pnpm_|NODE_PATH$|NODE_OPTIONS$|VITEST|TS_NODE|DEBUG$|NEXTMV_|ABEJA_|LXD_|no_proxy$)/i.test(key),
);
const noProxy = [process.env.NO_PROXY ?? process.env.no_proxy, "127.0.0.1", "localhost"].filter(Boolean).join(",");
export const childEnv: NodeJS.ProcessEnv = { ...Object.fromEntries(inherited), NO_PROXY: noProxy, no_proxy: noProxy };

/** Runs a command; never rejects (the exit code and the output say what happened). */
export function sh(cmd: string, args: string[], cwd: string, timeout: number, env: NodeJS.ProcessEnv = childEnv): Promise<Result> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, timeout, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
      const killed = error && (error as { killed?: boolean }).killed ? `\n(killed after ${timeout} ms)` : "";
      resolve({ code, output: `${stdout}${stderr}${killed}`.trim() });
    });
  });
}

/**
 * Packs the packages the smoke suite needs with `pnpm pack` (workspace: ranges rewritten, `files` applied).
 * @throws when `base` is inside the workspace or has a node_modules above it (that would hide a missing dependency).
 */
export async function packSmokePackages(base: string): Promise<Packed[]> {
  const real = realpathSync(base);
  const fromRoot = relative(root, real);
  if (!(fromRoot.startsWith("..") || fromRoot.startsWith(sep))) throw new Error(`temp dir ${real} is inside the workspace`);
  for (let dir = dirname(real); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, "node_modules"))) throw new Error(`${dir}/node_modules would leak into the test projects`);
  }
  const dest = join(base, "tarballs");
  mkdirSync(dest, { recursive: true });
  const wanted = publishablePackages().filter((p: { name: string }) => SMOKE_PACKAGES.test(p.name));
  return (await packAll(wanted, dest)) as Packed[];
}

/** How a project is installed; see the README's Runtimes section for why Deno's is done this way. */
export type Installer = "npm" | "bun" | "deno";

/**
 * A fresh ESM project in `dir` with the smoke suite (smoke.mjs, run-smoke.mjs) and the tarballs installed:
 * - `npm`: `npm install <tarballs>`, as a Node user does;
 * - `bun`: `bun add <tarballs>` (Bun from the npm registry's `bun` package), with package.json
 *   `resolutions` pointing each @clientele name at its tarball: unlike npm, Bun resolves the packages'
 *   own dependencies on each other (`@clientele/core@^0.1.0`) from the registry, not from the tarballs given;
 * - `deno`: a deno.json whose import map names `npm:@clientele/…@<version>` (what `deno add npm:…`
 *   writes) with `"nodeModulesDir": "manual"`, and the node_modules those specifiers resolve from
 *   installed by npm from the tarballs (Deno cannot install a local tarball itself).
 */
export async function installProject(dir: string, packed: Packed[], installer: Installer, timeout: number): Promise<Result> {
  mkdirSync(dir, { recursive: true });
  const manifest: Record<string, unknown> = { name: `clientele-runtime-${installer}`, private: true, type: "module" };
  // Bun reads `resolutions`; npm (which runs `npx` in this directory) ignores it, unlike `overrides`.
  if (installer === "bun") manifest.resolutions = Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`]));
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  copyFileSync(join(here, "smoke.mjs"), join(dir, "smoke.mjs"));
  copyFileSync(join(here, "run-smoke.mjs"), join(dir, "run-smoke.mjs"));
  const tarballs = packed.map((p) => p.tarball);
  if (installer === "bun") return sh("npx", ["-y", "bun@1", "add", ...tarballs], dir, timeout);
  if (installer === "deno") {
    const imports = Object.fromEntries(packed.map((p) => [p.name, `npm:${p.name}@${p.version}`]));
    writeFileSync(join(dir, "deno.json"), `${JSON.stringify({ nodeModulesDir: "manual", imports }, null, 2)}\n`);
  }
  return sh("npm", ["install", "--no-audit", "--no-fund", "--offline=false", ...tarballs], dir, timeout);
}

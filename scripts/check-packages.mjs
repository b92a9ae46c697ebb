#!/usr/bin/env node
// `pnpm check:packages`: packs every publishable package as `pnpm publish` would (workspace: ranges
// rewritten, `files` applied) and lints the tarball with publint and @arethetypeswrong/cli. Run
// `pnpm build` first. Exits 1 with a summary naming each package and problem.
//
// Both tools read the tarball made by `pnpm pack`, not the package directory: that is exactly what
// users download. (attw's own `--pack` runs `npm pack`, which leaves `workspace:^` ranges in place;
// the files it packs are the same.)
import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
export const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name) => join(root, "node_modules", ".bin", name);

// attw rules ignored, each with its reason. None is needed today: every package ships ESM and CJS
// builds with their own .d.ts/.d.cts, so node16 (CJS and ESM) and bundler resolution all find
// matching types. Add a rule here only with a comment saying why it is a false alarm.
const ATTW_IGNORE_RULES = [];
// The `node16` profile checks node16 from CJS, node16 from ESM and bundler resolution, and skips
// node10 (`moduleResolution: node`), which cannot read `exports` and which our engines (Node ≥ 20) rule out.
const ATTW_PROFILE = "node16";

/** The packages that get published: every packages/* without `"private": true`. */
export function publishablePackages() {
  const dir = join(root, "packages");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "package.json")))
    .map((d) => {
      const path = join(dir, d.name);
      const manifest = JSON.parse(readFileSync(join(path, "package.json"), "utf8"));
      return { name: manifest.name, version: manifest.version, dir: path, manifest };
    })
    .filter((p) => p.name && !p.manifest.private)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** `pnpm` from PATH (as under `pnpm run`), else the pinned one through npx. */
export function pnpmCommand() {
  const found = spawnSync("pnpm", ["--version"], { encoding: "utf8", shell: process.platform === "win32" });
  if (found.status === 0) return ["pnpm"];
  const pinned = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager ?? "pnpm@10";
  return ["npx", "-y", pinned];
}

/**
 * Packs each package into `dest` with `pnpm pack`; returns `{ ...pkg, tarball }` per package.
 * @throws when a package has not been built (no dist/) or pnpm fails.
 */
export async function packAll(packages, dest) {
  const unbuilt = packages.filter((p) => !existsSync(join(p.dir, "dist")));
  if (unbuilt.length) throw new Error(`not built: ${unbuilt.map((p) => p.name).join(", ")}; run \`pnpm build\` first`);
  const [cmd, ...pre] = pnpmCommand();
  return Promise.all(
    packages.map(async (pkg) => {
      try {
        const { stdout } = await run(cmd, [...pre, "pack", "--json", "--pack-destination", dest], {
          cwd: pkg.dir,
          maxBuffer: 64 * 1024 * 1024,
        });
        const info = JSON.parse(stdout.slice(stdout.indexOf("{")));
        const tarball = info.filename.startsWith("/") ? info.filename : join(dest, info.filename);
        return { ...pkg, tarball, files: info.files.map((f) => f.path) };
      } catch (error) {
        throw new Error(`pnpm pack failed in ${relative(root, pkg.dir)}: ${error.stderr || error.message}`);
      }
    }),
  );
}

export async function publintTarball(tarball) {
  const { publint } = await import("publint");
  const { formatMessage } = await import("publint/utils");
  const bytes = readFileSync(tarball);
  // strict: publint's warnings (e.g. a condition that can never match) fail too; suggestions are shown only.
  const result = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    level: "suggestion",
    strict: true,
  });
  return result.messages.map((m) => ({ type: m.type, text: `${m.code}: ${formatMessage(m, result.pkg, { color: false }) ?? ""}` }));
}

export async function attwTarball(tarball) {
  const args = [tarball, "--profile", ATTW_PROFILE, "--format", "json"];
  if (ATTW_IGNORE_RULES.length) args.push("--ignore-rules", ...ATTW_IGNORE_RULES);
  let stdout;
  let failed = false;
  try {
    ({ stdout } = await run(bin("attw"), args, { maxBuffer: 256 * 1024 * 1024 }));
  } catch (error) {
    failed = true;
    stdout = error.stdout;
    if (!stdout?.trim().startsWith("{")) return [{ type: "error", text: `attw failed: ${error.stderr || error.message}` }];
  }
  const { analysis } = JSON.parse(stdout);
  if (!analysis.types) return [{ type: "error", text: "attw: the package ships no types" }];
  const problems = analysis.problems.filter((p) => p.resolutionKind !== "node10");
  const lines = problems.map((p) => ({
    type: "error",
    text: `${p.kind}: ${Object.entries(p)
      .filter(([k]) => k !== "kind")
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(" ")}`,
  }));
  if (failed && !lines.length) lines.push({ type: "error", text: "attw exited non-zero" });
  return lines;
}

async function main() {
  const packages = publishablePackages();
  const dest = mkdtempSync(join(tmpdir(), "clientele-check-packages-"));
  let failures = 0;
  try {
    const packed = await packAll(packages, dest);
    const results = await Promise.all(
      packed.map(async (p) => ({ pkg: p, publint: await publintTarball(p.tarball), attw: await attwTarball(p.tarball) })),
    );
    for (const { pkg, publint, attw } of results) {
      const errors = [...publint, ...attw].filter((m) => m.type !== "suggestion");
      failures += errors.length;
      const status = errors.length ? `FAIL (${errors.length})` : "ok";
      console.log(
        `${status.padEnd(9)} ${pkg.name}@${pkg.version}  ${pkg.files.length} files  publint: ${publint.length ? publint.map((m) => m.type).join(",") : "clean"}  attw (${ATTW_PROFILE}): ${attw.length ? `${attw.length} problem(s)` : "clean"}`,
      );
      for (const m of publint) console.log(`            publint ${m.type}: ${m.text}`);
      for (const m of attw) console.log(`            attw: ${m.text}`);
      if (attw.length) console.log(`            details: npx attw ${relative(root, pkg.dir)} --pack --profile ${ATTW_PROFILE}`);
    }
  } finally {
    rmSync(dest, { recursive: true, force: true });
  }
  if (failures) {
    console.error(`\ncheck:packages: ${failures} problem(s); see above.`);
    process.exit(1);
  }
  console.log(`\ncheck:packages: ${packages.length} packages pass publint (strict) and attw (${ATTW_PROFILE}).`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`check:packages: ${error.message}`);
    process.exit(1);
  });
}

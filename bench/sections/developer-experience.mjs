// Benchmark section: developer experience.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { builtinModules } from "node:module";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { fmt, here, log, rows } from "../lib.mjs";

export default async function developerExperience() {
  log("6. developer experience");
  const root = join(here, "..");
  const pnpm = ["-y", "pnpm@10.34.8"];
  const time = (args) => {
    const t = Date.now();
    const r = spawnSync("npx", args, { cwd: root, stdio: "ignore" });
    if (r.status !== 0) throw new Error(`npx ${args.join(" ")} failed`);
    return Date.now() - t;
  };
  const cold = time([...pnpm, "exec", "turbo", "run", "generate", "--force"]);
  const warm = time([...pnpm, "exec", "turbo", "run", "generate"]);
  rows.push(["`pnpm generate` cold / warm (turbo cache)", `${cold} ms / ${warm} ms`, "(context)", null]);
  // Best of three runs (noise only adds time), with and without DOM types: a Node project's tsconfig
  // (like @tsconfig/node20) has no DOM, a bundler project's has; lib.dom.d.ts alone is about 39k lines.
  const tscRun = (extra) => {
    const t = Date.now();
    const tsc = spawnSync(
      process.execPath,
      [join(root, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", join(here, "tsconfig.consumer.json"), ...extra],
      { encoding: "utf8" },
    );
    if (tsc.status !== 0) throw new Error(`consumer type check failed:\n${tsc.stdout}`);
    return Date.now() - t;
  };
  for (const [label, extra] of [
    ["with DOM types", []],
    ["Node project, lib ES2022", ["--lib", "ES2022"]],
  ]) {
    const tscMs = Math.min(tscRun(extra), tscRun(extra), tscRun(extra));
    rows.push([`\`tsc --noEmit\` of a consumer of all three clients (${label})`, `${fmt(tscMs / 1000, 1)} s`, "≤ 3 s", tscMs <= 3000]);
  }
  for (const pkg of ["core", "nextmv", "lxd", "abeja"]) {
    const result = await esbuild.build({
      stdin: { contents: `export * from "@clientele/${pkg}";`, resolveDir: here },
      // Resolve through package.json "exports", not the packages' tsconfig paths (which point at sources);
      // Node builtins that nextmv and lxd import stay external, as scripts/size-budgets.mjs does.
      tsconfigRaw: "{}",
      external: ["node:*", ...builtinModules],
      bundle: true,
      minify: true,
      write: false,
      format: "esm",
      platform: "browser",
      conditions: ["browser", "import", "default"],
      logLevel: "silent",
    });
    const bytes = result.outputFiles[0].contents;
    rows.push([`browser entry of @clientele/${pkg}, min+gzip`, `${fmt(gzipSync(bytes).length / 1024, 1)} kB`, "(context)", null]);
  }
}

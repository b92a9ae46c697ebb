#!/usr/bin/env node
// `pnpm check:size`: bundles the browser entry of @clientele/core and of each client (every package
// that depends on @clientele/core) as a web app's bundler would (esbuild, platform browser, conditions
// browser/import/default, minified), gzips it and compares it with the budget in README.md's
// "Bundle size budgets" table. Run `pnpm build` first: the built dist/ is what is measured, with its
// dependencies (openapi-fetch…) bundled in. `export *` keeps the whole public API, so this is the
// most an app can pay, not what tree shaking leaves.
//
// Node builtins (fs, os, path…) are left out of the bundle and listed: a client that needs them
// (config files, unix sockets) does not fully work in a browser, whatever its size.
import { builtinModules } from "node:module";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { publishablePackages, root } from "./check-packages.mjs";

const HEADING = "Bundle size budgets";
const readme = join(root, "README.md");

/** `{ "@clientele/core": bytes, … }` from the README table (sizes like `12.5 kB`; 1 kB = 1000 bytes). */
function readBudgets() {
  const text = readFileSync(readme, "utf8");
  const start = text.search(new RegExp(`^#+\\s+${HEADING}\\s*$`, "m"));
  if (start < 0) throw new Error(`README.md has no "## ${HEADING}" section`);
  const section = text.slice(start).split(/\n(?=#+\s)/)[0];
  const budgets = {};
  for (const line of section.split("\n")) {
    const cells = line
      .split("|")
      .map((c) => c.trim())
      .filter(Boolean);
    const name = cells[0]?.match(/@clientele\/[\w-]+/)?.[0];
    const size = cells[1]?.match(/^([\d.]+)\s*(B|kB)$/);
    if (name && size) budgets[name] = Number(size[1]) * (size[2] === "kB" ? 1000 : 1);
  }
  return budgets;
}

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

async function measure(pkg) {
  const needs = new Set();
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(pkg.name)};`, resolveDir: pkg.dir, loader: "js" },
    // Resolve through package.json "exports" (a package reaches itself by name), not through the
    // packages' tsconfig "paths", which point at the sources.
    tsconfigRaw: "{}",
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "browser",
    conditions: ["browser", "import", "default"],
    target: "es2022",
    metafile: true,
    logLevel: "silent",
    plugins: [
      {
        name: "node-builtins",
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            if (!builtins.has(args.path)) return undefined;
            needs.add(args.path.replace(/^node:/, ""));
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  const bytes = result.outputFiles[0].contents;
  const inputs = Object.keys(result.metafile.inputs).filter((i) => i !== "<stdin>");
  return { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, needs: [...needs].sort(), inputs };
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

async function main() {
  const all = publishablePackages();
  const measured = all.filter((p) => p.name === "@clientele/core" || p.manifest.dependencies?.["@clientele/core"]);
  const budgets = readBudgets();
  const problems = [];
  for (const name of Object.keys(budgets)) {
    if (!measured.some((p) => p.name === name))
      problems.push(`README budget row for ${name}, which is not measured (not core, nor a package depending on it)`);
  }
  console.log(`${"package".padEnd(20)} ${"min".padStart(9)} ${"min+gz".padStart(9)} ${"budget".padStart(9)}  use`);
  for (const pkg of measured) {
    let m;
    try {
      m = await measure(pkg);
    } catch (error) {
      const detail = error.errors?.map((e) => e.text).join("; ") ?? error.message;
      problems.push(`${pkg.name}: bundling failed (built? run \`pnpm build\`): ${detail}`);
      continue;
    }
    const budget = budgets[pkg.name];
    const use = budget ? `${Math.round((100 * m.gzip) / budget)}%` : "no budget";
    console.log(
      `${pkg.name.padEnd(20)} ${kB(m.minified).padStart(9)} ${kB(m.gzip).padStart(9)} ${(budget ? kB(budget) : "-").padStart(9)}  ${use}${m.needs.length ? `  (Node builtins left out: ${m.needs.join(", ")})` : ""}`,
    );
    if (process.env.SIZE_VERBOSE) for (const i of m.inputs) console.log(`    ${relative(root, join(root, i))}`);
    if (budget === undefined) problems.push(`${pkg.name} has no budget: add a row to the "${HEADING}" table in README.md`);
    else if (m.gzip > budget)
      problems.push(`${pkg.name} is ${kB(m.gzip)} minified+gzipped, over its ${kB(budget)} budget by ${m.gzip - budget} bytes`);
  }
  if (problems.length) {
    console.error(`\ncheck:size failed:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    console.error(`(SIZE_VERBOSE=1 lists the files in each bundle.)`);
    process.exit(1);
  }
  console.log(`\ncheck:size: ${measured.length} browser entries within their budgets.`);
}

main().catch((error) => {
  console.error(`check:size: ${error.message}`);
  process.exit(1);
});

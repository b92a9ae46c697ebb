#!/usr/bin/env node
// Compiles specs/<api>.openapi.yaml into packages/<api>-types/src/schema.ts with openapi-typescript.
//
//   node scripts/generate-types.mjs [api...]          regenerate (all APIs when none is named)
//   node scripts/generate-types.mjs --check [api...]  fail, showing the diff, when committed types are stale
//   node scripts/generate-types.mjs --watch           regenerate whenever a spec file is saved
//   --specs-dir DIR                                    read specs from DIR instead of specs/ (tests)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const specsDirArg = process.argv.indexOf("--specs-dir");
const specsDir = specsDirArg > 0 ? resolve(process.argv[specsDirArg + 1]) : join(root, "specs");
const specPath = (api) => join(specsDir, `${api}.openapi.yaml`);
const outputPath = (api) => join(root, "packages", `${api}-types`, "src", "schema.ts");

const allApis = () =>
  readdirSync(specsDir)
    .filter((f) => f.endsWith(".openapi.yaml"))
    .map((f) => f.slice(0, -".openapi.yaml".length))
    .filter((api) => existsSync(join(root, "packages", `${api}-types`)));

// Binary bodies accept what a user can actually hold in JavaScript, as Octokit's generator does.
const BLOB = ts.factory.createTypeReferenceNode("Blob");
const BYTES = ts.factory.createTypeReferenceNode("Uint8Array");
const STRING = ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);

/** The generated module text for one API (from `spec`, by default its file in specs/). */
export async function render(api, spec = specPath(api)) {
  const ast = await openapiTS(new URL(`file://${spec}`), {
    alphabetize: false,
    rootTypes: false,
    // A default is what the server assumes when a field is missing, so the field stays optional.
    defaultNonNullable: false,
    transform(schema) {
      if (schema.format === "binary") return ts.factory.createUnionTypeNode([BLOB, BYTES, STRING]);
    },
  });
  const header =
    `// This file is generated from specs/${api}.openapi.yaml by scripts/generate-types.mjs.\n` +
    `// Do not edit it by hand: edit the spec, then run \`pnpm generate\`.\n\n`;
  return header + astToString(ast);
}

async function generate(api) {
  writeFileSync(outputPath(api), await render(api));
  console.log(`generated ${relative(root, outputPath(api))} from ${relative(root, specPath(api))}`);
}

async function check(apis) {
  let stale = 0;
  const scratch = mkdtempSync(join(tmpdir(), "clientele-types-"));
  try {
    for (const api of apis) {
      const expected = await render(api);
      const committed = existsSync(outputPath(api)) ? readFileSync(outputPath(api), "utf8") : "";
      if (expected === committed) continue;
      stale++;
      const fresh = join(scratch, `${api}.schema.ts`);
      writeFileSync(fresh, expected);
      const diff = spawnSync("git", ["diff", "--no-index", "--stat", "--patch", "--", outputPath(api), fresh], {
        encoding: "utf8",
      }).stdout;
      console.error(
        `\n✗ specs/${api}.openapi.yaml changed but ${relative(root, outputPath(api))} was not regenerated.\n` +
          `  Run \`pnpm generate\` and commit the result. Difference (committed → expected):\n\n` +
          diff.split("\n").slice(0, 200).join("\n"),
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (stale) process.exit(1);
  console.log(`generated types are up to date for ${apis.join(", ")}`);
}

function watchSpecs() {
  console.log(`watching ${relative(root, specsDir)}/ for changes (Ctrl-C to stop)`);
  const pending = new Map();
  watch(specsDir, (_event, file) => {
    const api = file?.endsWith(".openapi.yaml") && file.slice(0, -".openapi.yaml".length);
    if (!api || !allApis().includes(api)) return;
    clearTimeout(pending.get(api));
    // Editors save in several writes; wait for the file to settle.
    pending.set(
      api,
      setTimeout(() => generate(api).catch((e) => console.error(`✗ ${api}: ${e.message}`)), 150),
    );
  });
}

async function main() {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((a) => a.startsWith("--")));
  const named = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--specs-dir");
  const apis = named.length ? named : allApis();
  for (const api of apis) {
    if (!existsSync(specPath(api))) {
      console.error(`✗ no spec for "${api}": expected ${relative(root, specPath(api))}`);
      process.exit(2);
    }
  }
  if (flags.has("--check")) await check(apis);
  else if (flags.has("--watch")) watchSpecs();
  else for (const api of apis) await generate(api);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();

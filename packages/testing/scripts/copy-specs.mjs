#!/usr/bin/env node
// Copies ../../specs/*.openapi.yaml into this package's specs/ so the published package carries its specs.
// The copies are build output (gitignored); edit the specs at the repository root.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const from = resolve(pkg, "..", "..", "specs");
const to = join(pkg, "specs");
rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
const files = readdirSync(from).filter((f) => f.endsWith(".openapi.yaml"));
for (const file of files) copyFileSync(join(from, file), join(to, file));
console.log(`copied ${files.length} spec(s) into ${to}: ${files.join(", ")}`);

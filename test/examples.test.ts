// Every ```ts example in a package README and in the TSDoc of its sources must compile against the
// packages, as a user would paste it: one program, each example its own module.

import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const PACKAGES = ["core", "nextmv", "lxd", "abeja", "testing"];

interface Example {
  name: string;
  /** Where the example is compiled from (module resolution starts there). */
  dir: string;
  code: string;
}

function examples(): Example[] {
  const found: Example[] = [];
  const home = readFileSync(`${root}README.md`, "utf8");
  for (const [i, m] of [...home.matchAll(/```ts\n([\s\S]*?)```/g)].entries())
    found.push({ name: `root-README-${i}`, dir: `${root}test`, code: m[1]! });
  for (const pkg of PACKAGES) {
    const dir = `${root}packages/${pkg}/`;
    const readme = readFileSync(`${dir}README.md`, "utf8");
    for (const [i, m] of [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].entries())
      found.push({ name: `${pkg}-README-${i}`, dir: `${dir}test`, code: m[1]! });
    const sources = readdirSync(`${dir}src`, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    for (const file of sources) {
      const text = readFileSync(`${dir}src/${file}`, "utf8");
      for (const [i, m] of [...text.matchAll(/\* ```ts\n([\s\S]*?)\* ```/g)].entries()) {
        const name = `${pkg}-${file.replace(/\.ts$/, "").replaceAll("/", "-")}-${i}`;
        found.push({ name, dir: `${dir}test`, code: m[1]!.replace(/^\s*\* ?/gm, "") });
      }
    }
  }
  return found;
}

it("README and TSDoc examples of every package type-check", () => {
  const list = examples();
  expect(list.length).toBeGreaterThanOrEqual(30);
  const files = new Map(
    list.map((e) => [`${root}packages/${e.name.split("-")[0]}/test/__examples__/${e.name}.ts`, `${e.code}\nexport {};\n`]),
  );
  const config = ts.getParsedCommandLineOfConfigFile(
    `${root}test/tsconfig.json`,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )!;
  const host = ts.createCompilerHost(config.options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  host.readFile = (f) => files.get(f) ?? read(f);
  host.fileExists = (f) => files.has(f) || exists(f);
  const program = ts.createProgram([...files.keys()], { ...config.options, noEmit: true }, host);
  const problems = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.has(d.file.fileName))
    .map((d) => {
      const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
      return `${d.file!.fileName.split("/").pop()}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
  expect(problems).toEqual([]);
}, 120_000);

// Every ```ts example in the README and in the TSDoc of src/ must compile against the package.

import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

function examples(): { name: string; code: string }[] {
  const found: { name: string; code: string }[] = [];
  const readme = readFileSync(`${root}README.md`, "utf8");
  for (const [i, m] of [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].entries()) found.push({ name: `README-${i}`, code: m[1]! });
  for (const file of readdirSync(`${root}src`).filter((f) => f.endsWith(".ts"))) {
    const text = readFileSync(`${root}src/${file}`, "utf8");
    for (const [i, m] of [...text.matchAll(/\* ```ts\n([\s\S]*?)\* ```/g)].entries()) {
      found.push({ name: `${file.replace(/\.ts$/, "")}-${i}`, code: m[1]!.replace(/^\s*\* ?/gm, "") });
    }
  }
  return found;
}

it("README and TSDoc examples type-check", () => {
  const list = examples();
  expect(list.length).toBeGreaterThanOrEqual(10);
  const files = new Map(list.map((e) => [`${root}test/__examples__/${e.name}.ts`, `${e.code}\nexport {};\n`]));
  const config = ts.getParsedCommandLineOfConfigFile(`${root}tsconfig.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const host = ts.createCompilerHost(config.options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  host.readFile = (f) => files.get(f) ?? read(f);
  host.fileExists = (f) => files.has(f) || exists(f);
  const program = ts.createProgram([...files.keys()], { ...config.options, noEmit: true }, host);
  const problems = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.has(d.file.fileName))
    .map((d) => `${d.file!.fileName.split("/").pop()}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  expect(problems).toEqual([]);
}, 60_000);

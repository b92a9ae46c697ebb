// The package's declarations must compile in a Node-only project: `lib: ["ES2022"]`,
// `types: ["node"]`, `skipLibCheck: false` (no DOM: `BodyInit` and friends do not exist there),
// and name no `any`. They are emitted from the sources (as the build does) into memory, then
// checked; only diagnostics in this package's declarations count (core's are core's to keep).

import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const packages = join(root, "..");
const repo = join(packages, "..");
const out = join(root, "test", "__declarations__");

/** Declarations of abeja, core and abeja-types, emitted from their sources, by file name. */
function emitDeclarations(): Map<string, string> {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const options: ts.CompilerOptions = {
    ...config.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    declarationMap: false,
    sourceMap: false,
    rootDir: packages,
    outDir: out,
  };
  const emitted = new Map<string, string>();
  const program = ts.createProgram([join(root, "src", "index.ts")], options);
  program.emit(undefined, (file, text) => void emitted.set(file, text));
  return emitted;
}

function checkAsNodeProject(files: Map<string, string>): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts"],
    types: ["node"],
    typeRoots: [join(repo, "node_modules", "@types")],
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    baseUrl: out,
    paths: {
      "@clientele/core": [join(out, "core", "src", "index.d.ts")],
      "#platform": [join(out, "core", "src", "platform", "node.d.ts")],
      "@clientele/abeja-types": [join(out, "abeja-types", "src", "index.d.ts")],
    },
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  const dirExists = host.directoryExists?.bind(host);
  host.readFile = (f) => files.get(f) ?? read(f);
  host.fileExists = (f) => files.has(f) || exists(f);
  host.directoryExists = (d) => d.startsWith(out) || (dirExists ? dirExists(d) : true);
  const entry = join(out, "abeja", "src", "index.d.ts");
  const program = ts.createProgram([entry], options, host);
  const ours = join(out, "abeja");
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => !d.file || d.file.fileName.startsWith(ours))
    .map((d) => `${d.file ? d.file.fileName.slice(out.length + 1) : "(global)"}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}

it("the emitted .d.ts compiles under lib ES2022 + types node, skipLibCheck false, and names no `any`", () => {
  const files = emitDeclarations();
  const ownFiles = [...files.keys()].filter((f) => f.startsWith(join(out, "abeja")));
  expect(ownFiles.map((f) => f.slice(out.length + 1))).toContain("abeja/src/index.d.ts");
  expect(checkAsNodeProject(files)).toEqual([]);
  const withAny = ownFiles.flatMap((f) => {
    const code = files.get(f)!.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
    return /\bany\b/.test(code) ? [`${dirname(f).slice(out.length + 1)}/${f.split("/").pop()}`] : [];
  });
  expect(withAny).toEqual([]);
}, 120_000);

// Packages as users get them: every publishable package is packed with `pnpm pack` (workspace: ranges
// rewritten, `files` applied), the tarballs are installed with npm into fresh projects in the system's
// temp directory (outside the workspace, so nothing resolves from its node_modules), type-checked with
// the workspace's tsc and run against @clientele/testing's mock servers. A file left out of `files`,
// a wrong `exports` entry or a dependency only the workspace provides fails here.
//
// Needs `pnpm build` first (as `pnpm test` does) and the npm registry for third-party dependencies.
// KEEP_PACKAGING_TMP=1 keeps the temporary projects for inspection.
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without declarations (also run as `pnpm check:packages`)
import { packAll, publishablePackages } from "../../scripts/check-packages.mjs";

interface Packed {
  name: string;
  version: string;
  dir: string;
  tarball: string;
  files: string[];
}

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = fileURLToPath(new URL("./fixtures", import.meta.url));
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const INSTALL_TIMEOUT = 240_000;
const RUN_TIMEOUT = 60_000;

interface Result {
  code: number | null;
  output: string;
}

// Children get no workspace hints: no NODE_PATH/NODE_OPTIONS and none of the npm_* settings `pnpm run` exports.
const childEnv: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_|NODE_PATH$|NODE_OPTIONS$|VITEST|TS_NODE)/i.test(key)),
);

function sh(cmd: string, args: string[], cwd: string, timeout: number): Promise<Result> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, timeout, env: childEnv, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
      const killed = error && (error as { killed?: boolean }).killed ? `\n(killed after ${timeout} ms)` : "";
      resolve({ code, output: `${stdout}${stderr}${killed}`.trim() });
    });
  });
}

type Kind = "esm-bundler" | "cjs-node16" | "esm-js";

const projects: Record<Kind, { packageJson: object; tsconfig?: object; source: string; typesNode: boolean }> = {
  "esm-bundler": {
    packageJson: { name: "clientele-user-esm-bundler", private: true, type: "module" },
    tsconfig: {
      compilerOptions: {
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "bundler",
        // A bundler project builds for browsers too: DOM types are there.
        lib: ["ES2022", "DOM"],
        types: ["node"],
        strict: true,
        // Every .d.ts is checked: ours and those of our dependencies.
        skipLibCheck: false,
        outDir: "out",
      },
      files: ["main.ts"],
    },
    source: "main.ts",
    typesNode: true,
  },
  "cjs-node16": {
    packageJson: { name: "clientele-user-cjs-node16", private: true, type: "commonjs" },
    tsconfig: {
      compilerOptions: {
        target: "ES2022",
        module: "node16",
        moduleResolution: "node16",
        // A Node-only project: no DOM types.
        lib: ["ES2022"],
        types: ["node"],
        strict: true,
        // As `tsc --init` writes it. msw's own declarations do not compile as CommonJS (TS1479: it
        // imports the ESM-only `rettime`), so ours are checked in a separate pass below.
        skipLibCheck: true,
        outDir: "out",
      },
      files: ["main.ts"],
    },
    source: "main.ts",
    typesNode: true,
  },
  "esm-js": {
    packageJson: { name: "clientele-user-esm-js", private: true, type: "module" },
    source: "main.mjs",
    typesNode: false,
  },
};

const expected = {
  abeja: expect.any(String),
  nextmv: expect.any(String),
  lxd: expect.any(String),
  notFound: "NotFound",
  core: expect.any(String),
  retries: "object",
};

describe("packed packages installed with npm outside the workspace", () => {
  const base = mkdtempSync(join(tmpdir(), "clientele-install-"));
  const packDir = join(base, "tarballs");
  let packed: Packed[] = [];
  const installs = new Map<Kind, Result>();

  beforeAll(async () => {
    mkdirSync(packDir);
    packed = await packAll(publishablePackages(), packDir);
    // Nothing above the projects may provide packages (that would hide a missing dependency).
    const real = realpathSync(base);
    expect(relative(root, real).startsWith("..") || relative(root, real).startsWith(sep), `temp dir ${real} is inside the workspace`).toBe(
      true,
    );
    for (let dir = dirname(real); dir !== dirname(dir); dir = dirname(dir)) {
      expect(existsSync(join(dir, "node_modules")), `${dir}/node_modules would leak into the test projects`).toBe(false);
    }
    // One npm install per project kind, in parallel.
    await Promise.all(
      (Object.keys(projects) as Kind[]).map(async (kind) => {
        const project = projects[kind];
        const dir = join(base, kind);
        mkdirSync(dir);
        writeFileSync(join(dir, "package.json"), `${JSON.stringify(project.packageJson, null, 2)}\n`);
        if (project.tsconfig) writeFileSync(join(dir, "tsconfig.json"), `${JSON.stringify(project.tsconfig, null, 2)}\n`);
        copyFileSync(join(fixtures, project.source), join(dir, project.source));
        const deps = [...packed.map((p) => p.tarball), ...(project.typesNode ? ["@types/node@^20.19.0"] : [])];
        installs.set(kind, await sh("npm", ["install", "--no-audit", "--no-fund", "--offline=false", ...deps], dir, INSTALL_TIMEOUT));
      }),
    );
  }, INSTALL_TIMEOUT + 60_000);

  afterAll(() => {
    if (process.env.KEEP_PACKAGING_TMP) console.log(`kept ${base}`);
    else rmSync(base, { recursive: true, force: true });
  });

  function installed(kind: Kind): string {
    const result = installs.get(kind);
    expect(result?.code, `npm install in ${kind} failed:\n${result?.output}`).toBe(0);
    return join(base, kind);
  }

  it("packs every publishable package with its built files and no workspace: ranges", () => {
    expect(packed.map((p) => p.name)).toEqual(
      expect.arrayContaining(["@clientele/core", "@clientele/nextmv", "@clientele/lxd", "@clientele/abeja", "@clientele/testing"]),
    );
    for (const p of packed) {
      expect(p.files, `${p.name} ships no dist/`).toEqual(expect.arrayContaining(["package.json", expect.stringMatching(/^dist\//)]));
    }
  });

  it.each(Object.keys(projects) as Kind[])("%s: every @clientele package comes from its tarball, with published ranges", (kind) => {
    const dir = installed(kind);
    const lock = JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8")) as { packages: Record<string, { resolved?: string }> };
    for (const p of packed) {
      const entry = lock.packages[`node_modules/${p.name}`];
      expect(entry?.resolved, `${p.name} in ${kind}`).toMatch(/^file:.*\.tgz$/);
      const manifest = JSON.parse(readFileSync(join(dir, "node_modules", p.name, "package.json"), "utf8"));
      const ranges = Object.values({ ...manifest.dependencies, ...manifest.peerDependencies }) as string[];
      expect(
        ranges.filter((r) => r.startsWith("workspace:")),
        `${p.name} still has workspace: ranges`,
      ).toEqual([]);
    }
  });

  it("every package imports only its own dependencies, peer dependencies and Node builtins", () => {
    // In one project, a dependency that another package brings can be hoisted and hide a missing one
    // (core without `yaml` would still find testing's). So each shipped file is read for what it imports.
    const dir = installed("esm-js");
    const problems: string[] = [];
    for (const p of packed) {
      const pkgDir = join(dir, "node_modules", p.name);
      const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
      const allowed = new Set([p.name, ...Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })]);
      for (const file of p.files.filter((f) => /^dist\/.*\.(c|m)?js$|^dist\/.*\.d\.(c|m)?ts$/.test(f))) {
        const code = readFileSync(join(pkgDir, file), "utf8")
          .replace(/\/\*[\s\S]*?\*\//g, "")
          .replace(/^\s*\/\/.*$/gm, "");
        for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["']([^"'./][^"']*)["']/gm)) {
          const name = spec!.startsWith("@") ? spec!.split("/").slice(0, 2).join("/") : spec!.split("/")[0]!;
          if (isBuiltin(spec!) || allowed.has(name)) continue;
          problems.push(`${p.name}/${file} imports "${spec}", which is not in its dependencies or peerDependencies`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(["esm-bundler", "cjs-node16"] as Kind[])(
    "%s: type-checks with the workspace's tsc and runs a typed call of each client against the mock servers",
    async (kind) => {
      const dir = installed(kind);
      const compiled = await sh(process.execPath, [tsc, "-p", "."], dir, RUN_TIMEOUT);
      expect(compiled.code, `tsc in ${kind}:\n${compiled.output}`).toBe(0);
      if (kind === "cjs-node16") {
        // Our declarations, fully checked as CommonJS: a type imported from a package that is not a
        // dependency would otherwise silently become `any` under skipLibCheck. Only diagnostics in
        // @clientele files count (msw's are not ours). No DOM: a Node project has only ES2022 and
        // @types/node, so our public types may name nothing DOM-only (BodyInit, HeadersInit…).
        const strict = await sh(
          process.execPath,
          [tsc, "-p", ".", "--noEmit", "--skipLibCheck", "false", "--lib", "ES2022"],
          dir,
          RUN_TIMEOUT,
        );
        const ours = strict.output.split("\n").filter((line) => line.startsWith("node_modules/@clientele/"));
        expect(ours, `our declarations as CommonJS:\n${strict.output}`).toEqual([]);
      }
      const ran = await sh(process.execPath, [join("out", "main.js")], dir, RUN_TIMEOUT);
      expect(ran.code, `node out/main.js in ${kind}:\n${ran.output}`).toBe(0);
      expect(JSON.parse(ran.output.split("\n").at(-1) ?? "")).toEqual(expected);
    },
    2 * RUN_TIMEOUT,
  );

  it(
    "esm-js: plain JavaScript runs each client against the mock servers, and the clientele-mock bin works",
    async () => {
      const dir = installed("esm-js");
      const ran = await sh(process.execPath, ["main.mjs"], dir, RUN_TIMEOUT);
      expect(ran.code, `node main.mjs:\n${ran.output}`).toBe(0);
      expect(JSON.parse(ran.output.split("\n").at(-1) ?? "")).toEqual(expected);
      const bin = await sh(join(dir, "node_modules", ".bin", "clientele-mock"), ["--help"], dir, RUN_TIMEOUT);
      expect(bin.code, `clientele-mock --help:\n${bin.output}`).toBe(0);
      expect(bin.output).toMatch(/usage: clientele-mock/);
    },
    2 * RUN_TIMEOUT,
  );
});

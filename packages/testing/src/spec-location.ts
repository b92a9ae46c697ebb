// Where a spec file lives: the package's own copy (published with it) or the monorepo's specs folder.
import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The package root: this file sits one level down, in `src/` (sources) or `dist/` (build). */
function packageRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), "..");
}

/** Folders searched for `<api>.openapi.yaml`, in order. */
export function specDirectories(): string[] {
  const root = packageRoot();
  const copy = join(root, "specs");
  const monorepo = join(root, "..", "..", "specs");
  // Run from sources (inside the monorepo) the specs being edited win over the copy of the last build.
  const fromSources = basename(dirname(fileURLToPath(import.meta.url))) === "src";
  const dirs = fromSources ? [monorepo, copy] : [copy, monorepo];
  const fromEnv = process.env.CLIENTELE_SPECS_DIR;
  return fromEnv ? [resolve(fromEnv), ...dirs] : dirs;
}

/**
 * The file of an API's spec, e.g. `specFile("abeja")`. Looks in `$CLIENTELE_SPECS_DIR`, then the
 * package's `specs/` copy and the monorepo's `specs/` folder (the other way round when run from sources).
 * @throws Error naming the folders searched when no file is found.
 */
export function specFile(api: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(api)) throw new Error(`invalid API name ${JSON.stringify(api)}`);
  const dirs = specDirectories();
  for (const dir of dirs) {
    const file = join(dir, `${api}.openapi.yaml`);
    if (existsSync(file)) return file;
  }
  throw new Error(`no spec for API "${api}": looked for ${api}.openapi.yaml in ${dirs.join(", ")}`);
}

/** The API names with a spec file in the folders searched (`nextmv`, `abeja`, `lxd`…), sorted. */
export function availableApis(): string[] {
  const names = new Set<string>();
  for (const dir of specDirectories()) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) if (file.endsWith(".openapi.yaml")) names.add(file.slice(0, -".openapi.yaml".length));
  }
  return [...names].sort();
}

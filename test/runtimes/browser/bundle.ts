// Bundles a page's entry as a web app's bundler would: esbuild, platform browser (conditions browser,
// import, default: the packages' browser entries), ESM, minified. A Node builtin reached from the entry
// fails the bundle, naming who imported it: a browser has none.
import { builtinModules } from "node:module";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";

export interface BrowserBundle {
  code: string;
  /** Minified size in bytes. */
  bytes: number;
  /** Minified and gzipped (-9) size in bytes. */
  gzipBytes: number;
  /** The packages bundled in (`@clientele/core`, `openapi-fetch`…), from the bundle's inputs. */
  packages: string[];
}

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Fails on any Node builtin, naming the module that imports it. */
const noNodeBuiltins: Plugin = {
  name: "no-node-builtins",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) =>
      builtins.has(args.path) || args.path.startsWith("node:")
        ? { errors: [{ text: `"${args.path}" is a Node builtin (imported by ${args.importer}); a browser has none` }] }
        : undefined,
    );
  },
};

/** @throws the esbuild failure, listing every Node builtin reached and who imported it. */
export async function bundleForBrowser(entry: string): Promise<BrowserBundle> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    // The project's own resolution only: no tsconfig paths pointing back at the workspace's sources.
    tsconfigRaw: "{}",
    metafile: true,
    logLevel: "silent",
    plugins: [noNodeBuiltins],
  });
  const bytes = result.outputFiles[0]!.contents;
  const packages = new Set<string>();
  for (const input of Object.keys(result.metafile.inputs)) {
    const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)?.at(-1);
    if (match) packages.add(match.replace(/^node_modules\//, "").replace(/\/$/, ""));
  }
  return {
    code: new TextDecoder().decode(bytes),
    bytes: bytes.byteLength,
    gzipBytes: gzipSync(bytes, { level: 9 }).byteLength,
    packages: [...packages].sort(),
  };
}

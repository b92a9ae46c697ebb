import { defineConfig, type Options } from "tsup";

// One source, two builds with the same API: `#platform` is Node's (undici, files) in
// `index.node.*`, picked by the "node" export condition, and the web one (global fetch, no
// files) in `index.*`, for browsers, Deno, Bun and workers.
const build = (platform: "node" | "web", name: string): Options => ({
  entry: { [name]: "src/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: false,
  target: "es2022",
  platform: platform === "node" ? "node" : "neutral",
  external: platform === "node" ? ["undici", "yaml"] : [],
  // The CommonJS build needs `import.meta.url` for the transport's createRequire (undici loaded on first use).
  shims: platform === "node",
  noExternal: ["#platform"],
  esbuildOptions(options) {
    options.alias = { "#platform": `./src/platform/${platform}.ts` };
  },
});

export default defineConfig([build("node", "index.node"), build("web", "index")]);

import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  // The spec lookup uses import.meta.url; the shim makes it work in the CommonJS build too.
  shims: true,
});

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (pkg: string, file = "index.ts") => fileURLToPath(new URL(`./packages/${pkg}/src/${file}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the sources; the pack-and-install test covers the built packages.
    alias: {
      "#platform": src("core", "platform/node.ts"),
      "@clientele/core": src("core"),
      "@clientele/testing": src("testing"),
      "@clientele/nextmv": src("nextmv"),
      "@clientele/abeja": src("abeja"),
      "@clientele/lxd": src("lxd"),
    },
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});

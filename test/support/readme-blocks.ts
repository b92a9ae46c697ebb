// README examples as modules: a test takes a README's ```ts blocks, writes one beside itself (so its
// imports resolve as the test's own do) and imports it, to run what a reader would paste.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The ```ts blocks of a README, in order. */
export function tsBlocks(readme: URL): string[] {
  return [...readFileSync(readme, "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** Imports `code` as the module `.readme-<name>.ts` beside `testUrl` (`import.meta.url`); the file is removed afterwards. */
export async function importBlock<T>(code: string, testUrl: string, name: string): Promise<T> {
  const file = join(dirname(fileURLToPath(testUrl)), `.readme-${name}.ts`);
  writeFileSync(file, code);
  try {
    return (await import(pathToFileURL(file).href)) as T;
  } finally {
    rmSync(file, { force: true });
  }
}

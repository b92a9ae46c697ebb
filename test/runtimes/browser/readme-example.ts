// The root README's browser example (its "In a browser" part): the page's module (a ```ts block that
// test/examples.test.ts also type-checks) and the page (a ```html block), as a user copies them.

/** The mock the example calls (`clientele-mock nextmv --port 4010`); the test puts its own mock's URL there. */
export const EXAMPLE_MOCK_URL = "http://127.0.0.1:4010";

export interface BrowserExample {
  /** The module (TypeScript), `app.ts` in the README. */
  script: string;
  /** The page loading `app.js`, the module's bundle. */
  html: string;
}

/** @throws naming what is missing, when the README has no such example. */
export function readmeBrowserExample(readme: string): BrowserExample {
  const blocks = (lang: string) => [...readme.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, "g"))].map((m) => m[1]!);
  const script = blocks("ts").find((code) => code.includes("esbuild app.ts"));
  const html = blocks("html").find((code) => code.includes('src="app.js"'));
  if (!script) throw new Error("README.md has no ```ts block mentioning `esbuild app.ts` (the browser example's module)");
  if (!html) throw new Error('README.md has no ```html block loading src="app.js" (the browser example\'s page)');
  if (!script.includes(EXAMPLE_MOCK_URL)) throw new Error(`the README's browser example no longer calls ${EXAMPLE_MOCK_URL}`);
  return { script, html };
}

// The browser row of the runtime matrix (issue 19): the packed tarballs installed into a fresh project,
// the smoke suite (smoke.mjs) bundled with them by esbuild for the browser (the packages' browser
// entries; a Node builtin fails the bundle), served from a page on its own origin, and run in Debian's
// Chromium (driven by playwright-core) against the mock servers on other ports: every call is
// cross-origin, through the mock servers' CORS. Every check must pass, or be skipped with its reason
// (LXD's unix socket: a browser has no sockets).
//
// Needs `pnpm build` first (as `pnpm test` does), the npm registry (third-party dependencies) and
// /usr/bin/chromium (`bash scripts/browser-install.sh`): without it the test fails under CI=true and is
// skipped, loudly, elsewhere. KEEP_RUNTIMES_TMP=1 keeps the project.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer } from "@clientele/testing";
import { type BrowserBundle, bundleForBrowser } from "./browser/bundle.js";
import { CHROMIUM_PATH, chromiumInstalled, launchChromium } from "./browser/chromium.js";
import { type PageServer, startPageServer } from "./browser/page-server.js";
import { EXAMPLE_MOCK_URL, readmeBrowserExample } from "./browser/readme-example.js";
import { installProject, packSmokePackages, type Result } from "./install.js";
import { type RuntimeServers, startRuntimeServers } from "./servers.js";

interface CheckResult {
  check: string;
  ok: boolean;
  detail?: string;
  skipped?: string;
}

/** What a browser cannot do, and why: the only checks allowed to be skipped. */
const ALLOWED_SKIPS = ["lxd: typed GET over the unix socket"];

/** PEM text as LXD's `cert` and `key` take it (never parsed: the browser's transport refuses TLS options first). */
const PEM = {
  PEM_CERT: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
  PEM_KEY: "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n",
};

const INSTALL_TIMEOUT = 300_000;
const RUN_TIMEOUT = 60_000;

const here = fileURLToPath(new URL("./browser/", import.meta.url));
const readme = fileURLToPath(new URL("../../README.md", import.meta.url));
const installed = chromiumInstalled();
const inCi = Boolean(process.env.CI) && process.env.CI !== "false";

if (!installed && !inCi) {
  console.warn(
    `\n*** browser runtime test SKIPPED: ${CHROMIUM_PATH} is missing (install it with \`bash scripts/browser-install.sh\`; under CI=true this fails) ***\n`,
  );
}

// Under CI the browser must be there (this passes when it is, and fails loudly when .ci/run did not install it).
describe.runIf(inCi)("the browser runtime under CI", () => {
  it("has Debian's Chromium", () => {
    expect(installed, `${CHROMIUM_PATH} is missing: .ci/run installs it with scripts/browser-install.sh`).toBe(true);
  });
});

describe.runIf(installed)("the smoke suite in Chromium, over the packed tarballs, cross-origin", () => {
  // Made in beforeAll: a skipped describe's body still runs, and its afterAll would not remove it.
  let base = "";
  let project = "";
  let install: Result | undefined;
  let bundle: BrowserBundle | undefined;
  let bundleError: unknown;
  let servers: RuntimeServers | undefined;
  let page: PageServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), "clientele-browser-"));
    project = join(base, "project");
    const [packed, started] = await Promise.all([packSmokePackages(base), startRuntimeServers({ lxdSocket: false })]);
    servers = started;
    install = await installProject(project, packed, "npm", INSTALL_TIMEOUT);
    if (install.code !== 0) return;
    copyFileSync(join(here, "entry.mjs"), join(project, "entry.mjs"));
    try {
      bundle = await bundleForBrowser(join(project, "entry.mjs"));
    } catch (error) {
      bundleError = error;
      return;
    }
    page = await startPageServer(bundle.code);
    browser = await launchChromium();
  }, INSTALL_TIMEOUT + 120_000);

  afterAll(async () => {
    await browser?.close();
    await page?.close();
    await servers?.close();
    if (process.env.KEEP_RUNTIMES_TMP) console.log(`kept ${base}`);
    else if (base) rmSync(base, { recursive: true, force: true });
  });

  it("bundles the packages' browser entries with no Node builtin", () => {
    expect(install?.code, `npm install failed:\n${install?.output}`).toBe(0);
    const detail = (bundleError as { errors?: Array<{ text: string }> } | undefined)?.errors?.map((e) => e.text).join("\n");
    expect(bundleError, `esbuild (platform browser) failed:\n${detail ?? String(bundleError)}`).toBeUndefined();
    expect(bundle!.packages).toEqual(
      expect.arrayContaining(["@clientele/core", "@clientele/nextmv", "@clientele/abeja", "@clientele/lxd"]),
    );
    expect(bundle!.packages.filter((p) => p === "undici" || p === "ws")).toEqual([]);
    console.log(
      `browser bundle (smoke suite + 3 clients + core): ${(bundle!.bytes / 1000).toFixed(1)} kB minified, ` +
        `${(bundle!.gzipBytes / 1000).toFixed(1)} kB gzipped; packages: ${bundle!.packages.join(", ")}`,
    );
  });

  it(
    "runs every check in Chromium (or skips it with the reason a browser cannot)",
    async () => {
      expect(browser, "Chromium was not launched (see the bundle test)").toBeDefined();
      const env = { ...servers!.env, runtime: "chromium" };
      expect(env.lxdSocket).toBeUndefined();
      // Every server is on another origin than the page: the calls are cross-origin.
      for (const url of Object.values(env.servers)) expect(new URL(url).origin).not.toBe(page!.origin);

      const context = await browser!.newContext();
      const tab = await context.newPage();
      const console_: string[] = [];
      tab.on("console", (m) => console_.push(`${m.type()}: ${m.text()}`));
      tab.on("pageerror", (e) => console_.push(`pageerror: ${e.message}`));
      tab.on("requestfailed", (r) => console_.push(`requestfailed: ${r.method()} ${r.url()}: ${r.failure()?.errorText}`));
      const started = Date.now();
      try {
        await tab.goto(page!.url);
        await tab.waitForFunction(() => typeof (globalThis as { clienteleSmoke?: unknown }).clienteleSmoke === "function", null, {
          timeout: 10_000,
        });
        const results = (await tab.evaluate(
          (smokeEnv) => (globalThis as unknown as { clienteleSmoke(e: unknown): Promise<CheckResult[]> }).clienteleSmoke(smokeEnv),
          env,
        )) as CheckResult[];
        const took = Date.now() - started;
        const version = browser!.version();
        console.log(
          `Chromium ${version}, ${results.length} checks in ${took} ms:\n${results
            .map(
              (r) =>
                `  ${r.ok ? "ok  " : r.skipped ? "skip" : "FAIL"} ${r.check}${r.skipped ? ` (${r.skipped})` : r.detail ? `: ${r.detail}` : ""}`,
            )
            .join("\n")}`,
        );
        const names = results.map((r) => r.check);
        for (const api of ["nextmv", "lxd", "abeja"]) expect(names).toContain(`${api}: typed GET`);
        const failed = results.filter((r) => !r.ok && !r.skipped);
        expect(failed, `failed in Chromium:\n${JSON.stringify(failed, null, 2)}\nconsole:\n${console_.join("\n")}`).toEqual([]);
        for (const skipped of results.filter((r) => r.skipped)) {
          expect(ALLOWED_SKIPS, `"${skipped.check}" skipped (${skipped.skipped}): not a check a browser may skip`).toContain(skipped.check);
          expect(skipped.skipped).toMatch(/\S/);
        }
      } finally {
        await context.close();
      }
    },
    RUN_TIMEOUT,
  );

  it(
    "a server whose CORS does not allow the page is a ConnectionError (the browser hides the refusal), as the README says",
    async () => {
      expect(browser, "Chromium was not launched (see the bundle test)").toBeDefined();
      const mock = await startMockServer("nextmv");
      const context = await browser!.newContext();
      try {
        const tab = await context.newPage();
        await tab.goto(page!.url);
        await tab.waitForFunction(() => "clienteleNextmv" in globalThis, null, { timeout: 10_000 });
        const outcome = await tab.evaluate(async (url) => {
          type Nextmv = {
            Client: new (o: object) => { GET(path: string, init: object): Promise<unknown> };
            ConnectionError: new (...args: never[]) => Error;
          };
          const { Client, ConnectionError } = (globalThis as unknown as { clienteleNextmv: Nextmv }).clienteleNextmv;
          try {
            await new Client({ url, apiKey: "k", maxRetries: 0 }).GET("/v1/applications/{application_id}", {
              params: { path: { application_id: "routing-app" } },
            });
            return "answered";
          } catch (error) {
            return `${(error as Error).name} ${error instanceof ConnectionError}: ${(error as Error).message}`;
          }
        }, mock.url);
        expect(outcome).toMatch(/^ConnectionError true: GET http:\/\/127\.0\.0\.1:\d+\/v1\/applications\/routing-app: could not connect/);
        expect(outcome).toMatch(/a CORS refusal.* look the same, see the browser console/);
        // The preflight reached the server (and, without cors, the spec: OPTIONS is not an operation there).
        expect(mock.calls.all.map((c) => c.method)).toEqual(["OPTIONS"]);
      } finally {
        await context.close();
        await mock.close();
      }
    },
    RUN_TIMEOUT,
  );

  it(
    "what a browser cannot do fails at once, naming it (LXD's unix socket and client certificates, file paths)",
    async () => {
      expect(browser, "Chromium was not launched (see the bundle test)").toBeDefined();
      const context = await browser!.newContext();
      try {
        const tab = await context.newPage();
        await tab.goto(page!.url);
        await tab.waitForFunction(() => "clienteleLimits" in globalThis, null, { timeout: 10_000 });
        const outcomes = await tab.evaluate(
          async ({ scripted, PEM_CERT, PEM_KEY }) => {
            type Limits = {
              API: { factory(o: object): unknown };
              uploadToPresignedUrl(o: object): Promise<unknown>;
            };
            const { API, uploadToPresignedUrl } = (globalThis as unknown as { clienteleLimits: Limits }).clienteleLimits;
            const attempt = async (call: () => unknown) => {
              try {
                await call();
                return "no error";
              } catch (error) {
                return `${(error as Error).name}: ${(error as Error).message}`;
              }
            };
            return {
              socket: await attempt(() => API.factory({ endpoint: "/var/lib/lxd/unix.socket" })),
              certificates: await attempt(() => API.factory({ endpoint: "https://lxd.example:8443", cert: PEM_CERT, key: PEM_KEY })),
              filePath: await attempt(() => uploadToPresignedUrl({ url: `${scripted}/upload/file-path`, filePath: "/tmp/input.json" })),
            };
          },
          { scripted: servers!.env.servers.scripted, ...PEM },
        );
        console.log(
          `what Chromium cannot do:\n${Object.entries(outcomes)
            .map(([what, outcome]) => `  ${what}: ${outcome}`)
            .join("\n")}`,
        );
        // No socket can exist in a page: LXD's client says so, and what to use instead.
        expect(outcomes.socket).toMatch(
          /^ConfigurationError: option `endpoint`: LXD socket \/var\/lib\/lxd\/unix\.socket: unix sockets need Node\.js .*https:\/\//,
        );
        expect(outcomes.certificates).toMatch(/^TypeError: .*need Node\.js/);
        expect(outcomes.filePath).toMatch(/^TypeError: file paths need Node\.js/);
      } finally {
        await context.close();
      }
    },
    RUN_TIMEOUT,
  );

  it(
    "the README's browser example works as written: bundled with esbuild, calling clientele-mock's CORS from the page",
    async () => {
      expect(browser, "Chromium was not launched (see the bundle test)").toBeDefined();
      const example = readmeBrowserExample(readFileSync(readme, "utf8"));
      // The CLI's server (CORS on by default), on a free port instead of the README's 4010.
      const mock = await startMockServer("nextmv", { cors: true });
      let examplePage: PageServer | undefined;
      const context = await browser!.newContext();
      try {
        writeFileSync(join(project, "app.ts"), example.script.replaceAll(EXAMPLE_MOCK_URL, mock.url));
        const app = await bundleForBrowser(join(project, "app.ts"));
        console.log(
          `README example bundle (app.ts + @clientele/nextmv): ${(app.bytes / 1000).toFixed(1)} kB minified, ${(app.gzipBytes / 1000).toFixed(1)} kB gzipped`,
        );
        examplePage = await startPageServer(app.code, example.html);
        expect(new URL(mock.url).origin).not.toBe(examplePage.origin);
        const tab = await context.newPage();
        const console_: string[] = [];
        tab.on("console", (m) => console_.push(`${m.type()}: ${m.text()}`));
        tab.on("pageerror", (e) => console_.push(`pageerror: ${e.message}`));
        await tab.goto(examplePage.url);
        const shown = await tab
          .waitForFunction(() => document.querySelector("#out")?.textContent?.includes("Routing App"), null, { timeout: 10_000 })
          .then(
            () => tab.textContent("#out"),
            async () => `(not shown) ${await tab.textContent("#out")}\nconsole:\n${console_.join("\n")}`,
          );
        expect(shown).toBe("Routing App: Last-mile delivery routing for the Dallas depot.");
        // The browser's preflight is not a call: only the GET reached the spec, and it was valid.
        expect(mock.calls.all.map((c) => c.operationId)).toEqual(["getApplication"]);
        mock.assertNoViolations();
      } finally {
        await context.close();
        await examplePage?.close();
        await mock.close();
      }
    },
    RUN_TIMEOUT,
  );
});

// What every benchmark section shares: the run's mode, the result rows, formatting, the clients as
// users build them, and interleaved best-of timing.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const quick = process.argv.includes("--quick");
export const SAMPLE_MS = quick ? 1500 : 4000;
/** Result rows: [measure, result, target, met (true/false, or null for context)]. */
export const rows = [];
export const log = (...a) => console.log(...a);
export const fmt = (n, d = 2) => Number(n).toFixed(d);

// The clients as users build them: their documented constructors, default retries and timeouts.
// Nextmv reads no config file here; every client talks to `url`.
export async function clients(url, extra = {}) {
  const [{ Client }, { APIClient }, { API }] = await Promise.all([
    import("@clientele/nextmv"),
    import("@clientele/abeja"),
    import("@clientele/lxd"),
  ]);
  return {
    nextmv: new Client({ apiKey: "bench-key", url, configFile: "/nonexistent/config.yaml", ...extra }),
    abeja: new APIClient({ credential: { authToken: "bench-token" }, baseUrl: url, ...extra }),
    lxd: API.factory({ endpoint: url, ...extra }),
  };
}
export const ABEJA_PATH = "/organizations/{organization_id}/deployments/{deployment_id}";
export const ABEJA_ORG = { params: { path: { organization_id: "1122334455660" } } };
export const ABEJA_PARAMS = { params: { path: { organization_id: "1122334455660", deployment_id: "1111111111111" } } };

/** Runs `cases` in interleaved rounds and keeps each case's best round (noise only ever adds time). */
export async function bestOf(cases, rounds, n) {
  const best = {};
  for (let round = 0; round < rounds; round++) {
    for (const [name, fn] of Object.entries(cases)) {
      for (let i = 0; i < Math.min(2000, n); i++) await fn();
      const t = process.hrtime.bigint();
      for (let i = 0; i < n; i++) await fn();
      const us = Number(process.hrtime.bigint() - t) / 1000 / n;
      best[name] = Math.min(best[name] ?? Number.POSITIVE_INFINITY, us);
    }
  }
  return best;
}

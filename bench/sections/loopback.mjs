// Benchmark section: loopback throughput.
import { fork } from "node:child_process";
import { join } from "node:path";
import createClient from "openapi-fetch";
import { request as undiciRequest, Agent } from "undici";
import { ABEJA_PARAMS, ABEJA_PATH, clients, fmt, here, log, rows, SAMPLE_MS } from "../lib.mjs";

export default async function loopback() {
  log("2. loopback throughput (keep-alive node:http server in another process), ratios to bare fetch");
  const child = fork(join(here, "server.mjs"), { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const url = await new Promise((r) => child.stdout.once("data", (d) => r(String(d).trim())));
  const agent = new Agent({ connections: 256 });
  const of = createClient({ baseUrl: url });
  const { nextmv, abeja, lxd } = await clients(url);
  const path = "/v1/applications/routing-app";
  const json = JSON.stringify({ name: "bench run", input: { stops: [1, 2, 3] } });
  const postInit = { method: "POST", headers: { "content-type": "application/json" }, body: json };
  const get = {
    "bare fetch GET": async () => (await fetch(url + path)).json(),
    "undici request() GET": async () => (await undiciRequest(url + path, { dispatcher: agent })).body.json(),
    "openapi-fetch GET": async () => (await of.GET("/v1/applications/{id}", { params: { path: { id: "routing-app" } } })).data,
    "nextmv client.GET": async () =>
      (await nextmv.GET("/v1/applications/{application_id}", { params: { path: { application_id: "routing-app" } } })).data,
    "abeja client.GET": async () => (await abeja.GET(ABEJA_PATH, ABEJA_PARAMS)).data,
    "lxd api.GET": async () => (await lxd.GET("/1.0/instances/{name}", { params: { path: { name: "bench" } } })).data,
  };
  const post = {
    "bare fetch POST": async () => (await fetch(url + path, postInit)).json(),
    "undici request() POST": async () => (await undiciRequest(url + path, { ...postInit, dispatcher: agent })).body.json(),
    "openapi-fetch POST": async () => (await of.POST("/v1/applications", { body: JSON.parse(json) })).data,
    "nextmv client.POST": async () => (await nextmv.POST("/v1/applications", { body: JSON.parse(json) })).data,
  };
  const run = async (fn, inflight, ms) => {
    let done = 0;
    const end = Date.now() + ms;
    await Promise.all(
      Array.from({ length: inflight }, async () => {
        while (Date.now() < end) {
          await fn();
          done++;
        }
      }),
    );
    return done / (ms / 1000);
  };
  const table = {};
  for (const [kind, cases, base] of [
    ["GET", get, "bare fetch GET"],
    ["POST", post, "bare fetch POST"],
  ]) {
    for (const inflight of [1, 32]) {
      for (const fn of Object.values(cases)) await run(fn, inflight, 300);
      const rates = {};
      // A, B, C…, then A again: a drift between the two baselines shows the noise.
      for (const [name, fn] of Object.entries(cases)) rates[name] = await run(fn, inflight, SAMPLE_MS);
      const again = await run(cases[base], inflight, SAMPLE_MS);
      const baseline = (rates[base] + again) / 2;
      const drift = again / rates[base];
      table[`${kind} ${inflight}`] = { rates, baseline, drift };
      log(
        `   ${kind}, ${inflight} in flight: ` +
          Object.entries(rates)
            .map(([n, r]) => `${n} ${Math.round(r)}/s (${fmt(r / baseline)}×)`)
            .join(", ") +
          `; baseline drift ${fmt(drift)}`,
      );
      const target = inflight === 32 ? 2.5 : 1.6;
      const ceiling = rates[`undici request() ${kind}`] / baseline;
      for (const name of Object.keys(cases).filter((n) => /client|api\./.test(n))) {
        const r = rates[name] / baseline;
        rows.push([
          `loopback ${kind}, ${inflight} in flight: ${name} vs bare fetch (drift ${fmt(drift)})`,
          `${fmt(r)}× (${Math.round((100 * r) / ceiling)} % of undici)`,
          `≥ ${target}×`,
          r >= target,
        ]);
      }
      for (const peer of [`undici request() ${kind}`, `openapi-fetch ${kind}`]) {
        rows.push([`loopback ${kind}, ${inflight} in flight: ${peer} vs bare fetch`, `${fmt(rates[peer] / baseline)}×`, "(context)", null]);
      }
    }
  }
  child.kill();
  await agent.close();
  return { url, table };
}

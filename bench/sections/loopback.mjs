// Benchmark section: loopback throughput.
import { fork } from "node:child_process";
import { join } from "node:path";
import { Agent as HttpAgent } from "node:http";
import axios from "axios";
import got from "got";
import ky from "ky";
import createClient from "openapi-fetch";
import { request as undiciRequest, Agent } from "undici";
import { ABEJA_ORG, ABEJA_PARAMS, ABEJA_PATH, clients, fmt, here, log, quick, rows, SAMPLE_MS } from "../lib.mjs";

/** Rounds per contender, each half of SAMPLE_MS long. */
const ROUNDS = quick ? 2 : 3;

export default async function loopback() {
  log("2. loopback throughput (keep-alive node:http server in another process), ratios to bare fetch");
  const child = fork(join(here, "server.mjs"), { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const url = await new Promise((r) => child.stdout.once("data", (d) => r(String(d).trim())));
  const agent = new Agent({ connections: 256 });
  const of = createClient({ baseUrl: url });
  // The peers a user would pick instead, set up as their docs suggest for a service client: keep-alive
  // where it is an option, no retries (clientele's default retries cost nothing on success).
  const ax = axios.create({ baseURL: url, httpAgent: new HttpAgent({ keepAlive: true, maxSockets: 256 }) });
  const gotClient = got.extend({
    prefixUrl: url,
    agent: { http: new HttpAgent({ keepAlive: true, maxSockets: 256 }) },
    retry: { limit: 0 },
  });
  const kyClient = ky.create({ prefixUrl: url, retry: 0 });
  const { nextmv, abeja, lxd } = await clients(url);
  const path = "/v1/applications/routing-app";
  const json = JSON.stringify({ name: "bench run", input: { stops: [1, 2, 3] } });
  const postInit = { method: "POST", headers: { "content-type": "application/json" }, body: json };
  const get = {
    "bare fetch GET": async () => (await fetch(url + path)).json(),
    "undici request() GET": async () => (await undiciRequest(url + path, { dispatcher: agent })).body.json(),
    "openapi-fetch GET": async () => (await of.GET("/v1/applications/{id}", { params: { path: { id: "routing-app" } } })).data,
    "axios GET": async () => (await ax.get(path)).data,
    "got GET": async () => gotClient.get(path.slice(1)).json(),
    "ky GET": async () => kyClient.get(path.slice(1)).json(),
    "nextmv client.GET": async () =>
      (await nextmv.GET("/v1/applications/{application_id}", { params: { path: { application_id: "routing-app" } } })).data,
    "abeja client.GET": async () => (await abeja.GET(ABEJA_PATH, ABEJA_PARAMS)).data,
    "lxd api.GET": async () => (await lxd.GET("/1.0/instances/{name}", { params: { path: { name: "bench" } } })).data,
  };
  const post = {
    "bare fetch POST": async () => (await fetch(url + path, postInit)).json(),
    "undici request() POST": async () => (await undiciRequest(url + path, { ...postInit, dispatcher: agent })).body.json(),
    "openapi-fetch POST": async () => (await of.POST("/v1/applications", { body: JSON.parse(json) })).data,
    "axios POST": async () => (await ax.post(path, JSON.parse(json))).data,
    "got POST": async () => gotClient.post(path.slice(1), { json: JSON.parse(json) }).json(),
    "ky POST": async () => kyClient.post(path.slice(1), { json: JSON.parse(json) }).json(),
    "nextmv client.POST": async () => (await nextmv.POST("/v1/applications", { body: JSON.parse(json) })).data,
    "abeja client.POST": async () =>
      (
        await abeja.POST("/organizations/{organization_id}/deployments", {
          ...ABEJA_ORG,
          body: { name: "bench run", description: "bench" },
        })
      ).data,
    "lxd api.POST": async () => (await lxd.POST("/1.0/profiles", { body: { name: "bench", description: "bench run" } })).data,
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
      // Interleaved rounds, each starting one contender later, and each contender's best round (noise
      // only ever lowers a rate): no contender always runs last, on the heap the others left. The
      // baseline's drift from its first round to its last shows the noise.
      const rates = {};
      const baselines = [];
      const names = Object.keys(cases);
      for (let round = 0; round < ROUNDS; round++) {
        for (let i = 0; i < names.length; i++) {
          const name = names[(i + round) % names.length];
          const rate = await run(cases[name], inflight, SAMPLE_MS / 2);
          rates[name] = Math.max(rates[name] ?? 0, rate);
          if (name === base) baselines.push(rate);
        }
      }
      const baseline = rates[base];
      const drift = baselines.at(-1) / baselines[0];
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
      for (const peer of ["undici request()", "openapi-fetch", "axios", "got", "ky"].map((p) => `${p} ${kind}`)) {
        rows.push([`loopback ${kind}, ${inflight} in flight: ${peer} vs bare fetch`, `${fmt(rates[peer] / baseline)}×`, "(context)", null]);
      }
    }
  }
  child.kill();
  await agent.close();
  return { url, table };
}

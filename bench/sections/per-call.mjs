import createClient from "openapi-fetch";
import { createApiClient } from "@clientele/core";
import { ABEJA_PARAMS, ABEJA_PATH, bestOf, clients, fmt, log, quick, rows } from "../lib.mjs";

export default async function perCall() {
  log("1. per-call overhead (stub fetch, no network)");
  const body = '{"id":"routing-app"}';
  const stub = async () => new Response(body, { headers: { "content-type": "application/json" } });
  const raw = createClient({ baseUrl: "http://stub", fetch: stub });
  const core = createApiClient({ baseUrl: "http://stub", fetch: stub, retry: { maxRetries: 10, statuses: [429] } });
  const { nextmv, abeja } = await clients("http://stub", { fetch: stub });
  const cases = {
    "raw stub + json()": async () => (await stub()).json(),
    "openapi-fetch GET": () => raw.GET("/v1/applications/{id}", { params: { path: { id: "a" } } }),
    "core createApiClient GET": () => core.GET("/v1/applications/{id}", { params: { path: { id: "a" } } }),
    "nextmv client.GET": () => nextmv.GET("/v1/applications/{application_id}", { params: { path: { application_id: "a" } } }),
    "abeja client.GET": () => abeja.GET(ABEJA_PATH, ABEJA_PARAMS),
  };
  const perOp = await bestOf(cases, 3, quick ? 20_000 : 60_000);
  for (const [name, us] of Object.entries(perOp)) log(`   ${name}: ${fmt(us)} µs/op`);
  for (const name of ["nextmv client.GET", "abeja client.GET", "core createApiClient GET"]) {
    const over = perOp[name] - perOp["openapi-fetch GET"];
    rows.push([
      `per-call overhead over openapi-fetch (stub fetch): ${name}`,
      over < 0 ? `${fmt(-over)} µs/call less than openapi-fetch` : `${fmt(over)} µs/call`,
      "≤ 10 µs",
      over <= 10,
    ]);
  }
  return perOp;
}

import { createServer } from "node:http";
import { createApiClient } from "@clientele/core";
import { fmt, log, quick, rows } from "../lib.mjs";

export default async function storm() {
  const total = quick ? 300 : 1000;
  log(`5. ${total} requests, half answered 429 with Retry-After`);
  let asked = 0;
  let _served = 0;
  const server = createServer((req, res) => {
    if (Math.random() < 0.5) {
      const wait = 0.05 + Math.random() * 0.1;
      asked += wait * 1000;
      res.writeHead(429, { "retry-after": String(wait) }).end();
      return;
    }
    _served++;
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ n: req.url }));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const client = createApiClient({
    baseUrl: `http://127.0.0.1:${server.address().port}`,
    retry: { maxRetries: 50, statuses: [429], backoffFactor: 1000 },
  });
  // Each chain of retries is sequential; the chains run one after another so the waits add up.
  const t = Date.now();
  let ok = 0;
  for (let i = 0; i < total; i++) {
    const { data } = await client.GET("/v1/applications/{id}", { params: { path: { id: String(i) } } });
    if (data) ok++;
  }
  const elapsed = Date.now() - t;
  server.close();
  const ratio = elapsed / asked;
  log(`   ${ok}/${total} succeeded, ${Math.round(elapsed)} ms for ${Math.round(asked)} ms of requested waits`);
  rows.push([`429 storm: total time vs requested waits (${total} requests)`, `${fmt(ratio, 3)}×`, "≤ 1.05×", ratio <= 1.05]);
  rows.push(["429 storm: requests lost", String(total - ok), "0", ok === total]);
}

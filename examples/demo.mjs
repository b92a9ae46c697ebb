#!/usr/bin/env node
// A guided tour of clientele: no credentials, no internet. Nextmv and ABEJA run against
// @clientele/testing's mock servers; LXD against the real daemon when one is reachable, else its mock.
import { APIException, ConfigurationError, NotFound } from "@clientele/core";
import { APIClient } from "@clientele/abeja";
import { API } from "@clientele/lxd";
import { Client } from "@clientele/nextmv";
import { startMockServer } from "@clientele/testing";

const tty = process.stdout.isTTY;
const paint = (code) => (text) => (tty ? `\x1b[${code}m${text}\x1b[0m` : text);
const bold = paint(1);
const dim = paint(2);
const green = paint(32);
const yellow = paint(33);
const cyan = paint(36);
const steps = [];

function section(title) {
  console.log(`\n${bold(cyan(`▸ ${title}`))}`);
}
function ok(text) {
  steps.push(text);
  console.log(`  ${green("✓")} ${text}`);
}
function info(text) {
  console.log(`  ${dim(text)}`);
}

function progressBar(sent, total) {
  const width = 30;
  const done = Math.round((sent / total) * width);
  const line = `  [${"█".repeat(done)}${"░".repeat(width - done)}] ${((100 * sent) / total).toFixed(0).padStart(3)}%  ${(sent / 2 ** 20).toFixed(1)} / ${(total / 2 ** 20).toFixed(1)} MiB`;
  if (tty) process.stdout.write(`\r${line}${sent === total ? "\n" : ""}`);
  else if (sent === total) console.log(line);
}

const servers = [];
async function main() {
  console.log(bold("clientele: typed API clients, one shared runtime"));
  info("Nextmv and ABEJA answer from mock servers built from our OpenAPI specs (every request is validated).");

  // ── Nextmv ────────────────────────────────────────────────────────────────
  section("Nextmv Cloud");
  let limited = 0;
  const nextmvMock = await startMockServer("nextmv", {
    handlers: {
      // The first listing is rate limited, to show a retry honouring Retry-After.
      listApplications: () =>
        limited++ === 0 ? { status: 429, headers: { "retry-after": "1" }, body: { error: "rate limit exceeded" } } : undefined,
      getApplication: ({ params }) =>
        params.application_id === "does-not-exist" ? { status: 404, body: { error: "application does-not-exist not found" } } : undefined,
    },
  });
  servers.push(nextmvMock);
  const nextmv = new Client({
    apiKey: "nxmv-demo-secret-key",
    url: nextmvMock.url,
    onRetry: (e) =>
      info(
        `${e.method} ${new URL(e.url).pathname} → HTTP ${e.status ?? e.error?.name}; waiting ${e.delay} ms${e.fromRetryAfter ? " (the server's Retry-After)" : ""} before attempt ${e.attempt + 1}`,
      ),
  });

  const { data: apps } = await nextmv.GET("/v1/applications");
  ok(
    `typed GET /v1/applications answered after a 429 was retried (${Array.isArray(apps) ? apps.length : apps.items.length} application(s))`,
  );

  const app = nextmv.application("routing-app");
  const input = {
    defaults: { vehicles: { speed: 10 } },
    stops: Array.from({ length: 90_000 }, (_, i) => ({
      id: `stop-${i}`,
      location: { lon: 7.6 + i / 1e5, lat: 51.9 + i / 1e5 },
      quantity: -1,
    })),
  };
  info(
    `a ${(JSON.stringify(input).length / 2 ** 20).toFixed(1)} MiB input is over the 5 MiB inline limit, so it goes through a presigned upload:`,
  );
  const result = await app.newRunWithResult(
    { input, instanceId: "latest", onUploadProgress: progressBar },
    { initialDelay: 100, delay: 100, backoff: 0, jitter: 0 },
  );
  ok(`run ${result.id} created from an upload and polled to status ${result.metadata?.status_v2}`);

  try {
    await nextmv.GET("/v1/applications/{application_id}", { params: { path: { application_id: "does-not-exist" } } });
    throw new Error("expected NotFound");
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
    ok(`typed error caught: ${error.name} (HTTP ${error.status})`);
    info(error.message);
  }

  // ── ABEJA ─────────────────────────────────────────────────────────────────
  section("ABEJA Platform");
  const abejaMock = await startMockServer("abeja");
  servers.push(abejaMock);
  const abeja = new APIClient({ credential: { authToken: "abeja-demo-token" }, baseUrl: abejaMock.url, serviceUrl: abejaMock.url });
  const org = "1122334455660";
  const deployment = "1111111111111";
  const service = await abeja.createService(org, deployment, "ver-abc1111111111111", { instanceType: "cpu-1" });
  ok(`created service ${service.service_id} (status ${service.status})`);
  const answer = await abeja.requestService(org, deployment, service.service_id, { json: { image: "demo" } });
  ok(`called the running service: HTTP ${answer.status}`);
  const logs = await abeja.getServiceRecentLogs(org, deployment, service.service_id, { startTime: new Date("2024-01-01T00:00:00Z") });
  ok(`read its recent logs (${logs.events?.length ?? 0} event(s))`);
  await abeja.stopService(org, deployment, service.service_id);
  ok("stopped it");

  // ── LXD ───────────────────────────────────────────────────────────────────
  section("LXD");
  let lxd;
  try {
    lxd = API.factory();
    await lxd.get("");
    info("talking to the real LXD daemon on its unix socket");
  } catch (error) {
    if (!(error instanceof ConfigurationError) && !(error instanceof APIException) && error?.name !== "ConnectionError") throw error;
    const lxdMock = await startMockServer("lxd");
    servers.push(lxdMock);
    lxd = API.factory({ endpoint: lxdMock.url });
    info(`no LXD daemon reachable (${error.message.split(";")[0]}): using the LXD mock server instead`);
  }
  const server = await lxd.GET("/1.0");
  ok(`typed GET /1.0: LXD ${server.data.metadata.environment?.server_version ?? "?"}, API ${server.data.metadata.api_version}`);
  const name = `clientele-demo-${process.pid}`;
  const created = await lxd.POST("/1.0/instances", { body: { name, source: { type: "none" }, type: "container" } });
  const done = await created.wait({ maxDuration: 30_000 });
  ok(
    `instance creation ran as operation ${created.data.metadata?.id ?? created.operation} and was waited on: ${done.data.metadata?.status}`,
  );
  await lxd
    .delete(`instances/${name}`)
    .then((r) => r.wait({ maxDuration: 30_000 }))
    .catch(() => {});

  // ── DEBUG ─────────────────────────────────────────────────────────────────
  section("DEBUG=1: a redacted transcript");
  const lines = [];
  const traced = new Client({ apiKey: "nxmv-demo-secret-key", url: nextmvMock.url, debug: (text) => lines.push(text) });
  await traced.request({
    method: "POST",
    endpoint: "v1/applications",
    payload: { id: "demo-app", name: "Demo", api_key: "nxmv-demo-secret-key" },
  });
  for (const line of lines.join("\n").split("\n").slice(0, 14)) console.log(`  ${yellow("│")} ${line}`);
  if (lines.join("\n").includes("nxmv-demo-secret-key")) throw new Error("the API key leaked into the transcript");
  ok("the API key appears nowhere in the transcript");

  for (const mock of servers) mock.assertNoViolations();
  ok("every request of the tour matched the OpenAPI specs");
}

main()
  .then(() => {
    console.log(`\n${bold(green(`Tour complete: ${steps.length} steps passed.`))}`);
  })
  .catch((error) => {
    console.error(`\n${bold("Tour failed:")} ${error?.message ?? error}`);
    process.exitCode = 1;
  })
  .finally(() => Promise.all(servers.map((s) => s.close())));

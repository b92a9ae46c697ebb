// The scenario: credentials from the environment; deploy, wait until ready, call, read logs, stop, start.

import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { APIClient } from "@clientele/abeja";
import { ABEJA_ENV, recordingServer, type RecordingServer } from "../../../test/support/scripted-server.js";

let server: RecordingServer;
beforeAll(async () => {
  server = await recordingServer();
});
afterAll(() => server.close());
afterEach(() => vi.unstubAllEnvs());

it("deploys, waits for, calls, reads logs of, stops and starts a service, authenticated from the environment", async () => {
  for (const name of ABEJA_ENV) vi.stubEnv(name, "");
  vi.stubEnv("ABEJA_API_URL", server.url);
  vi.stubEnv("ABEJA_PLATFORM_USER_ID", "1122334455667");
  vi.stubEnv("ABEJA_PLATFORM_PERSONAL_ACCESS_TOKEN", "env-pat");
  const client = new APIClient({ serviceUrl: server.url });
  const o = "1122334455660";
  const svc = { service_id: "ser-abc1111111111111", deployment_id: "1111111111111", status: "IN_PROGRESS" };
  server.reply(
    { json: { deployment_id: "1111111111111", name: "demo" } },
    {
      json: {
        deployment_id: "1111111111111",
        version: "0.0.1",
        version_id: "ver-1",
        upload_url: "https://s3.example/x?X-Amz-Signature=abc",
      },
    },
    { json: svc },
    { json: { ...svc, status: "READY" } },
    { json: { message: "ok" } },
    {
      json: { events: [{ message: "handled", timestamp: "2018-06-05T13:15:02.513000Z" }], next_backward_token: [], next_forward_token: [] },
    },
    { json: { message: `${svc.service_id} stopped` } },
    { json: { message: `${svc.service_id} started` } },
  );
  const dep = await client.createDeployment(o, "demo");
  const version = await client.createDeploymentVersion(o, dep.deployment_id, "0.0.1", "main:handler", "abeja-inc/all-cpu:18.10");
  const created = await client.createService(o, dep.deployment_id, version.version_id);
  expect((await client.waitForService(o, dep.deployment_id, created.service_id, { delay: 1 })).status).toBe("READY");
  const res = await client.requestService(o, dep.deployment_id, created.service_id, { json: { x: 1 } });
  expect(await res.json()).toEqual({ message: "ok" });
  const lines = [];
  for await (const e of client.iterServiceLogs(o, dep.deployment_id, created.service_id)) lines.push(e.message);
  expect(lines).toEqual(["handled"]);
  expect((await client.stopService(o, dep.deployment_id, created.service_id)).message).toMatch(/stopped$/);
  expect((await client.startService(o, dep.deployment_id, created.service_id)).message).toMatch(/started$/);
  const expected = `Basic ${Buffer.from("user-1122334455667:env-pat").toString("base64")}`;
  expect(server.requests.every((r) => r.headers.authorization === expected)).toBe(true);
  expect(server.requests.map((r) => `${r.method} ${r.url.split("?")[0]}`)).toEqual([
    `POST /organizations/${o}/deployments`,
    `POST /organizations/${o}/deployments/1111111111111/versions`,
    `POST /organizations/${o}/deployments/1111111111111/services`,
    `GET /organizations/${o}/deployments/1111111111111/services/ser-abc1111111111111`,
    `POST /deployments/1111111111111/services/ser-abc1111111111111`,
    `GET /organizations/${o}/deployments/1111111111111/services/ser-abc1111111111111/recentlogs`,
    `POST /organizations/${o}/deployments/1111111111111/services/ser-abc1111111111111/stop`,
    `POST /organizations/${o}/deployments/1111111111111/services/ser-abc1111111111111/start`,
  ]);
});

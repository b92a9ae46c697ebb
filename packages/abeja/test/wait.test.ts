// waitForService: core's poll over getService against a real node:http server.

import { describe, expect, it } from "vitest";
import { APIClient, ClienteleError, SERVICE_POLL_DEFAULTS, TimeoutError } from "@clientele/abeja";
import { useRecordingServer } from "./harness.js";

const server = useRecordingServer();

const ORG = "1122334455660";
const DEP = "1111111111111";
const SVC = "ser-abc1111111111111";
const PATH = `/organizations/${ORG}/deployments/${DEP}/services/${SVC}`;
const service = (status: string) => ({ json: { service_id: SVC, deployment_id: DEP, status, instance_number: 1 } });
const client = () => new APIClient({ credential: { authToken: "t" }, baseUrl: server.url, maxRetryCount: 0 });
/** Fast polling for tests; the defaults (5 s) are checked separately. */
const FAST = { delay: 5 };

describe("waitForService", () => {
  it("polls getService until READY and returns the service", async () => {
    server.reply(service("IN_PROGRESS"), service("IN_PROGRESS"), service("READY"));
    const ready = await client().waitForService(ORG, DEP, SVC, FAST);
    expect(ready).toMatchObject({ service_id: SVC, status: "READY" });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${PATH}`, `GET ${PATH}`, `GET ${PATH}`]);
  });

  it.each(["FAILED", "STOPPED"])("a service that ends %s rejects with a ClienteleError naming it and its status", async (status) => {
    server.reply(service("IN_PROGRESS"), service(status), service("READY"));
    const error = await client()
      .waitForService(ORG, DEP, SVC, FAST)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClienteleError);
    expect((error as Error).message).toContain(`service ${SVC} is ${status}`);
    expect(server.requests).toHaveLength(2);
  });

  it("a body without status is a ClienteleError naming the operation and the field, never a TypeError", async () => {
    server.reply({ json: { unexpected: true } });
    const error = await client()
      .waitForService(ORG, DEP, SVC, FAST)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClienteleError);
    expect(error).not.toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain(`GET ${PATH}`);
    expect((error as Error).message).toContain("`status`");
  });

  it("gives up with a TimeoutError naming the service after maxDuration", async () => {
    server.reply(
      service("IN_PROGRESS"),
      service("IN_PROGRESS"),
      service("IN_PROGRESS"),
      service("IN_PROGRESS"),
      service("IN_PROGRESS"),
      service("IN_PROGRESS"),
    );
    const error = await client()
      .waitForService(ORG, DEP, SVC, { delay: 40, maxDuration: 100 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain(`service ${SVC}`);
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    expect(server.requests.length).toBeLessThanOrEqual(5);
  });

  it("per-call options apply to each check; the signal stops the wait", async () => {
    server.reply(service("IN_PROGRESS"), service("READY"));
    await client().waitForService(ORG, DEP, SVC, { ...FAST, headers: { "X-Wait": "1" } });
    expect(server.requests.map((r) => r.headers["x-wait"])).toEqual(["1", "1"]);
    server.clear();
    const controller = new AbortController();
    for (let i = 0; i < 3; i++) server.reply(service("IN_PROGRESS"));
    setTimeout(() => controller.abort(new Error("no longer needed")), 50);
    await expect(client().waitForService(ORG, DEP, SVC, { delay: 1000, signal: controller.signal })).rejects.toThrow("no longer needed");
    expect(server.requests).toHaveLength(1);
  });

  it("ABEJA's defaults: a check every 5 s for up to 10 minutes", () => {
    expect(SERVICE_POLL_DEFAULTS).toMatchObject({ delay: 5000, maxDuration: 600_000, backoff: 0, jitter: 0 });
  });
});

import { Readable } from "node:stream";
import { beforeEach, describe, expect, it } from "vitest";
import { APIClient, ConfigurationError, TimeoutError, USER_AGENT, VERSION, entriesOf } from "@clientele/abeja";
import { useRecordingServer } from "./harness.js";
import pkg from "../package.json" with { type: "json" };

const ORG = "1111111111111";
const DEP = "3333333333333";
const SVC = "2222222222222";
const BASE = `/organizations/${ORG}/deployments/${DEP}/services`;
const SERVICE_RES = {
  service_id: "ser-abc1111111111111",
  deployment_id: DEP,
  model_version: "0.0.1",
  model_version_id: "ver-abc1111111111111",
  models: { alias: "4444444444444" },
  status: "READY",
  instance_number: 1,
  min_instance_number: 1,
  max_instance_number: 2,
  enable_autoscale: true,
  instance_type: "cpu-0.25",
  metrics_url: "https://p.datadoghq.com/sb/x",
  user_env_vars: { EXAMPLE_ENV: "abc" },
  created_at: "2018-06-05T13:07:49.602076Z",
  modified_at: "2018-06-05T13:07:50.771671Z",
};

const server = useRecordingServer();
let client: APIClient;
beforeEach(() => {
  client = new APIClient({
    credential: { userId: "1122334455667", personalAccessToken: "secret-pat" },
    baseUrl: server.url,
    serviceUrl: server.url,
  });
});

const last = () => server.requests.at(-1)!;
const BASIC = `Basic ${Buffer.from("user-1122334455667:secret-pat").toString("base64")}`;

describe("headers", () => {
  it("sends Basic auth and a User-Agent naming the package and its version", async () => {
    await client.getService(ORG, DEP, SVC);
    expect(last().headers.authorization).toBe(BASIC);
    expect(last().headers["user-agent"]).toBe(USER_AGENT);
    expect(USER_AGENT).toContain("@clientele/abeja");
    expect(VERSION).toBe(pkg.version);
  });

  it("sends Bearer for a token", async () => {
    const bearer = new APIClient({ credential: { authToken: "jwt.token.value" }, baseUrl: server.url });
    await bearer.getServices(ORG, DEP);
    expect(last().headers.authorization).toBe("Bearer jwt.token.value");
  });
});

describe("services methods", () => {
  it("createService sends the SDK's exact body and returns the service", async () => {
    server.reply({ json: SERVICE_RES });
    const res = await client.createService(ORG, DEP, "ver-abc1111111111111", {
      instanceNumber: 3,
      minInstanceNumber: 1,
      maxInstanceNumber: 6,
      enableAutoscale: true,
      instanceType: "cpu-2",
      environment: { EXAMPLE_ENV: "abc" },
      modelId: "4444444444444",
    });
    expect(res).toEqual(SERVICE_RES);
    expect(last().method).toBe("POST");
    expect(last().url).toBe(BASE);
    expect(last().headers["content-type"]).toBe("application/json");
    expect(last().json).toEqual({
      version_id: "ver-abc1111111111111",
      instance_type: "cpu-2",
      instance_number: 3,
      min_instance_number: 1,
      max_instance_number: 6,
      enable_autoscale: true,
      models: { alias: "4444444444444" },
      environment: { EXAMPLE_ENV: "abc" },
    });
  });

  it("createService with defaults sends only version_id, instance_type cpu-0.25 and instance_number 1", async () => {
    await client.createService(ORG, DEP, "ver-x");
    expect(last().json).toEqual({ version_id: "ver-x", instance_type: "cpu-0.25", instance_number: 1 });
  });

  it("createService can turn autoscaling off explicitly", async () => {
    await client.createService(ORG, DEP, "ver-x", { enableAutoscale: false });
    expect(last().json).toMatchObject({ enable_autoscale: false });
  });

  it("getServices passes through a bare array or an entries object", async () => {
    server.reply({ json: [SERVICE_RES] }, { json: { entries: [SERVICE_RES] } });
    const bare = await client.getServices(ORG, DEP);
    const wrapped = await client.getServices(ORG, DEP);
    expect(bare).toEqual([SERVICE_RES]);
    expect(entriesOf(wrapped)).toEqual([SERVICE_RES]);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${BASE}`, `GET ${BASE}`]);
  });

  it("getService", async () => {
    server.reply({ json: SERVICE_RES });
    expect(await client.getService(ORG, DEP, SVC)).toEqual(SERVICE_RES);
    expect(`${last().method} ${last().url}`).toBe(`GET ${BASE}/${SVC}`);
    expect(last().body.length).toBe(0);
  });

  it("updateService sends the payload as given", async () => {
    const payload = { instance_number: 4, min_instance_number: 2, max_instance_number: 6, enable_autoscale: "true" as const };
    server.reply({ json: { ...SERVICE_RES, instance_number: 4 } });
    const res = await client.updateService(ORG, DEP, SVC, payload);
    expect(res.instance_number).toBe(4);
    expect(`${last().method} ${last().url}`).toBe(`PATCH ${BASE}/${SVC}`);
    expect(last().json).toEqual(payload);
  });

  it("updateService without a payload sends no body and no Content-Type", async () => {
    await client.updateService(ORG, DEP, SVC);
    expect(last().method).toBe("PATCH");
    expect(last().body.length).toBe(0);
    expect(last().headers["content-type"]).toBeUndefined();
  });

  it("deleteService", async () => {
    server.reply({ json: { message: "ser-abc1111111111111 deleted" } });
    expect(await client.deleteService(ORG, DEP, SVC)).toEqual({ message: "ser-abc1111111111111 deleted" });
    expect(`${last().method} ${last().url}`).toBe(`DELETE ${BASE}/${SVC}`);
  });

  it.each([
    ["startService", "start", "started"],
    ["stopService", "stop", "stopped"],
  ] as const)("%s POSTs to …/%s with no body and no Content-Type", async (method, path, word) => {
    server.reply({ json: { message: `ser-abc1111111111111 ${word}` } });
    expect(await client[method](ORG, DEP, SVC)).toEqual({ message: `ser-abc1111111111111 ${word}` });
    expect(`${last().method} ${last().url}`).toBe(`POST ${BASE}/${SVC}/${path}`);
    expect(last().body.length).toBe(0);
    expect(last().headers["content-type"]).toBeUndefined();
  });

  it("percent-encodes path parameters", async () => {
    await client.getService(ORG, "dep/../x", "ser id?#");
    expect(last().url).toBe(`/organizations/${ORG}/deployments/dep%2F..%2Fx/services/ser%20id%3F%23`);
  });
});

describe("recent logs", () => {
  const PAGE = {
    events: [{ message: "...", timestamp: "2018-01-01T00:00:00.000000Z" }],
    next_backward_token: "b1",
    next_forward_token: "f1",
  };

  it("without options sends no query", async () => {
    server.reply({ json: PAGE });
    expect(await client.getServiceRecentLogs(ORG, DEP, SVC)).toEqual(PAGE);
    expect(`${last().method} ${last().url}`).toBe(`GET ${BASE}/${SVC}/recentlogs`);
  });

  it("sends tokens as given and Dates as UTC YYYY-MM-DDTHH:MM:SS", async () => {
    await client.getServiceRecentLogs(ORG, DEP, SVC, {
      nextForwardToken: "f/1",
      nextBackwardToken: "b/2",
      startTime: new Date(Date.UTC(2017, 0, 1, 0, 0, 0, 123)),
      endTime: "2017-01-02T03:04:05Z",
    });
    const query = new URL(last().url, server.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({
      next_forward_token: "f/1",
      next_backward_token: "b/2",
      start_time: "2017-01-01T00:00:00",
      end_time: "2017-01-02T03:04:05Z",
    });
  });

  it("leaves out empty tokens", async () => {
    await client.getServiceRecentLogs(ORG, DEP, SVC, { nextForwardToken: "", nextBackwardToken: "" });
    expect(last().url).toBe(`${BASE}/${SVC}/recentlogs`);
  });

  it("iterServiceLogs walks backward until the token runs out or repeats", async () => {
    server.reply(
      { json: { events: [{ message: "c", timestamp: "t3" }], next_backward_token: "b1", next_forward_token: "f1" } },
      { json: { events: [{ message: "b", timestamp: "t2" }], next_backward_token: "b2", next_forward_token: "f2" } },
      { json: { events: [{ message: "a", timestamp: "t1" }], next_backward_token: "b2", next_forward_token: "f3" } },
    );
    const messages: string[] = [];
    for await (const e of client.iterServiceLogs(ORG, DEP, SVC, { startTime: new Date(Date.UTC(2018, 5, 5)) })) messages.push(e.message);
    expect(messages).toEqual(["c", "b", "a"]);
    const queries = server.requests.map((r) => Object.fromEntries(new URL(r.url, server.url).searchParams));
    expect(queries).toEqual([
      { start_time: "2018-06-05T00:00:00" },
      { start_time: "2018-06-05T00:00:00", next_backward_token: "b1" },
      { start_time: "2018-06-05T00:00:00", next_backward_token: "b2" },
    ]);
  });

  it("iterServiceLogs stops on an empty-list token or an empty page", async () => {
    server.reply({ json: { events: [{ message: "x", timestamp: "t" }], next_backward_token: [], next_forward_token: [] } });
    const all = [];
    for await (const e of client.iterServiceLogs(ORG, DEP, SVC)) all.push(e);
    expect(all).toHaveLength(1);
    expect(server.requests).toHaveLength(1);
    server.clear();
    server.reply(
      { json: { events: [{ message: "x", timestamp: "t" }], next_backward_token: "b", next_forward_token: "f1" } },
      { json: { events: [], next_backward_token: "b", next_forward_token: "f2" } },
    );
    const forward = [];
    for await (const e of client.iterServiceLogs(ORG, DEP, SVC, { direction: "forward" })) forward.push(e);
    expect(forward).toHaveLength(1);
    expect(new URL(server.requests[1]!.url, server.url).searchParams.get("next_forward_token")).toBe("f1");
  });

  it("getServiceLogs reads the CLI's /logs with next_token", async () => {
    await client.getServiceLogs(ORG, DEP, SVC, { nextToken: "n1", endTime: new Date(Date.UTC(2018, 0, 1, 12)) });
    expect(last().url).toBe(`${BASE}/${SVC}/logs?next_token=n1&end_time=2018-01-01T12%3A00%3A00`);
  });
});

describe("requestService", () => {
  const PATH = `/deployments/${DEP}/services/${SVC}`;

  it("json: POSTs application/json with the serialized body and returns the Response", async () => {
    server.reply({ json: { message: "ok" } });
    const res = await client.requestService(ORG, DEP, SVC, { json: { foo: "bar" } });
    expect(res).toBeInstanceOf(Response);
    expect(await res.json()).toEqual({ message: "ok" });
    expect(`${last().method} ${last().url}`).toBe(`POST ${PATH}`);
    expect(last().headers["content-type"]).toBe("application/json");
    expect(last().json).toEqual({ foo: "bar" });
    expect(last().headers.authorization).toBe(BASIC);
    expect(last().headers["user-agent"]).toBe(USER_AGENT);
  });

  it("bytes with contentType image/png are sent exactly", async () => {
    await client.requestService(ORG, DEP, SVC, { data: new TextEncoder().encode("binary data"), contentType: "image/png" });
    expect(last().headers["content-type"]).toBe("image/png");
    expect(last().body.toString()).toBe("binary data");
  });

  it("a Node stream without contentType is streamed as application/octet-stream", async () => {
    await client.requestService(ORG, DEP, SVC, { data: Readable.from([Buffer.from("binary "), Buffer.from("data")]) });
    expect(last().headers["content-type"]).toBe("application/octet-stream");
    expect(last().body.toString()).toBe("binary data");
  });

  it("a string defaults to application/octet-stream; a web stream too", async () => {
    await client.requestService(ORG, DEP, SVC, { data: "plain text" });
    expect(last().headers["content-type"]).toBe("application/octet-stream");
    expect(last().body.toString()).toBe("plain text");
    await client.requestService(ORG, DEP, SVC, { data: new Blob(["abc"]).stream() });
    expect(last().headers["content-type"]).toBe("application/octet-stream");
    expect(last().body.toString()).toBe("abc");
  });

  it("a Blob sends its own type unless contentType is given", async () => {
    await client.requestService(ORG, DEP, SVC, { data: new Blob(["<svg/>"], { type: "image/svg+xml" }) });
    expect(last().headers["content-type"]).toBe("image/svg+xml");
    await client.requestService(ORG, DEP, SVC, { data: new Blob(["x"], { type: "image/svg+xml" }), contentType: "text/plain" });
    expect(last().headers["content-type"]).toBe("text/plain");
  });

  it("no body: POST with nothing", async () => {
    await client.requestService(ORG, DEP, SVC);
    expect(last().method).toBe("POST");
    expect(last().body.length).toBe(0);
    expect(last().headers["content-type"]).toBeUndefined();
  });

  it("refuses json and data together", async () => {
    await expect(client.requestService(ORG, DEP, SVC, { json: {}, data: "x" } as never)).rejects.toThrow(/not both/);
  });

  it("percent-encodes the path; requestDefaultEndpoint posts to /deployments/{id}", async () => {
    await client.requestService(ORG, "a b", "c/d", { json: 1 });
    expect(last().url).toBe("/deployments/a%20b/services/c%2Fd");
    await client.requestDefaultEndpoint(ORG, DEP, { json: { x: 1 } });
    expect(last().url).toBe(`/deployments/${DEP}`);
  });

  it("goes to https://{organization_id}.api.abeja.io by default, {org}.{host} of a custom base URL otherwise", async () => {
    const urls: string[] = [];
    const capture = async (input: RequestInfo | URL) => {
      urls.push(String(input instanceof Request ? input.url : input));
      return new Response("{}", { headers: { "content-type": "application/json" } });
    };
    await new APIClient({ fetch: capture }).requestService(ORG, DEP, SVC, { json: {} });
    await new APIClient({ fetch: capture, baseUrl: "http://abeja.internal:8080" }).requestService(ORG, DEP, SVC, { json: {} });
    await new APIClient({
      fetch: capture,
      baseUrl: "http://127.0.0.1:4012",
      serviceUrl: "http://127.0.0.1:4013/svc/{organization_id}/",
    }).requestDefaultEndpoint(ORG, DEP);
    expect(urls).toEqual([
      `https://${ORG}.api.abeja.io${PATH}`,
      `http://${ORG}.abeja.internal:8080${PATH}`,
      `http://127.0.0.1:4013/svc/${ORG}/deployments/${DEP}`,
    ]);
    await expect(new APIClient({ fetch: capture }).requestService("evil.com/x", DEP, SVC)).rejects.toThrow(TypeError);
  });

  it.each(["http://127.0.0.1:4012", "http://localhost:4012", "http://[::1]:4012", "https://10.0.0.7"])(
    "a base URL on %s derives no service host: service requests throw a ConfigurationError naming serviceUrl, before any request",
    async (baseUrl) => {
      const fetched: string[] = [];
      const client = new APIClient({
        baseUrl,
        maxRetryCount: 5,
        fetch: async (input) => {
          fetched.push(String(input));
          return new Response("{}");
        },
      });
      expect(client.serviceUrl).toBeUndefined();
      const started = Date.now();
      for (const call of [() => client.requestService(ORG, DEP, SVC, { json: {} }), () => client.requestDefaultEndpoint(ORG, DEP)]) {
        const error = await call().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ConfigurationError);
        expect((error as ConfigurationError).source).toBe("serviceUrl");
        expect((error as Error).message).toMatch(/option `serviceUrl`/);
        expect((error as Error).message).toContain(baseUrl);
      }
      expect(fetched).toEqual([]);
      expect(Date.now() - started).toBeLessThan(1000);
    },
  );

  it("an IP base URL against a real server: management calls work, the service call fails at once without I/O", async () => {
    const ip = new APIClient({ credential: { authToken: "t" }, baseUrl: server.url, retry: { backoffFactor: 1000 } });
    server.reply({ json: SERVICE_RES });
    await ip.getService(ORG, DEP, SVC);
    expect(server.requests).toHaveLength(1);
    await expect(ip.requestService(ORG, DEP, SVC, { json: {} })).rejects.toThrow(/serviceUrl/);
    expect(server.requests).toHaveLength(1);
  });

  it("takes per-call options: timeout, headers and retry", async () => {
    server.reply({ hang: true });
    const timedOut = await client
      .requestService(ORG, DEP, SVC, { json: {} }, { timeout: 150, retry: { maxRetries: 0 } })
      .catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(TimeoutError);
    expect((timedOut as TimeoutError).timeout).toBe(150);
    expect(server.requests).toHaveLength(1);
    server.clear();
    await client.requestService(
      ORG,
      DEP,
      SVC,
      { data: "x", contentType: "text/csv" },
      { headers: { "X-Trace": "t-1", "content-type": "ignored/by-contentType" } },
    );
    expect(last().headers["x-trace"]).toBe("t-1");
    expect(last().headers["content-type"]).toBe("text/csv");
    await client.requestService(ORG, DEP, SVC, { data: "x" }, { headers: { "Content-Type": "text/plain" } });
    expect(last().headers["content-type"]).toBe("text/plain");
  });

  it("json that is a string is sent as a JSON string", async () => {
    await client.requestService(ORG, DEP, SVC, { json: "hello" });
    expect(last().headers["content-type"]).toBe("application/json");
    expect(last().json).toBe("hello");
  });

  it('refuses "." and ".." as ids with a TypeError naming the argument, before sending', async () => {
    for (const id of [".", ".."]) {
      await expect(client.requestService(ORG, id, SVC, { json: {} })).rejects.toThrow(/deploymentId/);
      await expect(client.requestService(ORG, DEP, id, { json: {} })).rejects.toThrow(/serviceId/);
    }
    expect(server.requests).toHaveLength(0);
  });
});

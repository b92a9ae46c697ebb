// Contract tests: every APIClient method against @clientele/testing's typed mocks of specs/abeja.openapi.yaml,
// with the exact bodies and headers of the Python SDK's unit tests (shared/reference/abeja.md §4). Every
// request and every mocked answer is validated against the spec; each test ends with `assertNoViolations()`.

import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import type { FetchLike } from "@clientele/core";
import { APIClient, USER_AGENT, entriesOf, type APIClientOptions, type paths, type Run } from "@clientele/abeja";
import { createMockApi, defaultResponse, findOperation, handlersFetch, startMockServer, type MockApi } from "@clientele/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/** Every variable the client reads, emptied so the developer's environment cannot leak in. */
const ABEJA_ENV = [
  "PLATFORM_AUTH_TOKEN",
  "ABEJA_PLATFORM_USER_ID",
  "ABEJA_PLATFORM_PERSONAL_ACCESS_TOKEN",
  "ABEJA_PLATFORM_DATASOURCE_ID",
  "ABEJA_PLATFORM_DATASOURCE_SECRET",
  "ABEJA_API_URL",
  "ABEJA_SDK_CONNECTION_TIMEOUT",
  "ABEJA_SDK_MAX_RETRY_COUNT",
  "DEBUG",
];
// The SDK tests' constants (abeja.md §4.1).
const ORG = "1111111111111";
const SERVICE_ID = "2222222222222";
const DEP = "3333333333333";
const MODEL_ID = "4444444444444";
const VERSION_ID = "ver-abc1111111111111";
const ENV_VARS = { EXAMPLE_ENV: "abc" };
const DEPLOYMENTS = `/organizations/${ORG}/deployments`;
const SERVICES = `${DEPLOYMENTS}/${DEP}/services`;
const basic = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString("base64")}`;
const BASIC = basic("user-test_user_id", "test_personal_access_token");

type Handler = MockApi<paths>["handlers"][number];
interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** The handlers as the client's `fetch` (its undici transport is not msw's to intercept); every request is logged with its raw bytes. */
function mockFetch(handlers: () => Handler[], sent: Sent[]): FetchLike {
  return handlersFetch(handlers, {
    onRequest: async (request) => {
      const body = new Uint8Array(await request.arrayBuffer());
      sent.push({ method: request.method, url: request.url, headers: Object.fromEntries(request.headers), body });
    },
  });
}

const abeja = createMockApi<paths>("abeja", { baseUrl: "https://api.abeja.io" });
/** The spec's own example answer of an operation (a valid body to vary in handlers). */
const example = <T>(operationId: string) => structuredClone(defaultResponse(abeja.spec, findOperation(abeja.spec, operationId)!).body) as T;
let overrides: Handler[] = [];
let sent: Sent[] = [];
const use = (...handlers: Handler[]) => overrides.unshift(...handlers);
const clientWith = (options: APIClientOptions = {}) =>
  new APIClient({ maxRetryCount: 0, ...options, fetch: mockFetch(() => [...overrides, ...abeja.handlers], sent) });
const client = () => clientWith({ credential: { userId: "test_user_id", personalAccessToken: "test_personal_access_token" } });
const last = () => sent.at(-1)!;
const text = (s: Sent) => new TextDecoder().decode(s.body);

beforeEach(() => {
  for (const name of ABEJA_ENV) vi.stubEnv(name, "");
});
afterEach(() => {
  vi.unstubAllEnvs();
  overrides = [];
  sent = [];
  try {
    abeja.assertNoViolations();
  } finally {
    abeja.reset();
  }
});

describe("services (tests/services/api/test_client.py)", () => {
  it("createService sends exactly the SDK's body", async () => {
    use(
      abeja.post("/organizations/{organization_id}/deployments/{deployment_id}/services", ({ body, params, response }) =>
        response(200).json({
          service_id: "ser-abc1111111111111",
          deployment_id: params.deployment_id,
          models: body.models ?? {},
          status: "IN_PROGRESS",
          instance_number: body.instance_number ?? 1,
          instance_type: body.instance_type ?? "cpu-0.25",
        }),
      ),
    );
    const service = await client().createService(ORG, DEP, VERSION_ID, {
      instanceNumber: 3,
      minInstanceNumber: 1,
      maxInstanceNumber: 6,
      enableAutoscale: true,
      instanceType: "cpu-2",
      environment: ENV_VARS,
      modelId: MODEL_ID,
    });
    expect(service).toMatchObject({ service_id: "ser-abc1111111111111", deployment_id: DEP, status: "IN_PROGRESS", instance_number: 3 });
    const call = abeja.calls.last("createService")!;
    expect(call.path).toBe(SERVICES);
    expect(call.body).toEqual({
      version_id: VERSION_ID,
      instance_type: "cpu-2",
      instance_number: 3,
      min_instance_number: 1,
      max_instance_number: 6,
      enable_autoscale: true,
      models: { alias: MODEL_ID },
      environment: ENV_VARS,
    });
    expect(call.headers["content-type"]).toMatch(/^application\/json/);
  });

  it("createService with defaults sends only version_id, instance_type cpu-0.25 and instance_number 1", async () => {
    await client().createService(ORG, DEP, VERSION_ID);
    expect(abeja.calls.last("createService")!.body).toEqual({ version_id: VERSION_ID, instance_type: "cpu-0.25", instance_number: 1 });
  });

  it("getServices accepts the bare array the SDK's test mocks, and { entries }", async () => {
    expect(entriesOf(await client().getServices(ORG, DEP)).length).toBeGreaterThan(0); // the spec's example
    use(
      abeja.get("/organizations/{organization_id}/deployments/{deployment_id}/services", ({ response }) =>
        response(200).json([{ service_id: "ser-abc1111111111111", deployment_id: DEP, status: "READY" }]),
      ),
    );
    const list = await client().getServices(ORG, DEP);
    expect(Array.isArray(list)).toBe(true);
    expect(entriesOf(list).map((s) => s.service_id)).toEqual(["ser-abc1111111111111"]);
    expect(abeja.calls.to("listServices").map((c) => c.path)).toEqual([SERVICES, SERVICES]);
  });

  it("updateService without payload sends no body and no Content-Type; with one, the payload as given", async () => {
    await client().updateService(ORG, DEP, SERVICE_ID);
    expect(last().method).toBe("PATCH");
    expect(last().body.byteLength).toBe(0);
    expect(last().headers["content-type"]).toBeUndefined();
    const payload = { instance_number: 4, min_instance_number: 2, max_instance_number: 6, enable_autoscale: true };
    await client().updateService(ORG, DEP, SERVICE_ID, payload);
    expect(abeja.calls.last("updateService")!.body).toEqual(payload);
    expect(abeja.calls.to("updateService").map((c) => c.path)).toEqual([`${SERVICES}/${SERVICE_ID}`, `${SERVICES}/${SERVICE_ID}`]);
  });

  it.each([
    ["getService", "GET", "", (c: APIClient) => c.getService(ORG, DEP, SERVICE_ID)],
    ["deleteService", "DELETE", "", (c: APIClient) => c.deleteService(ORG, DEP, SERVICE_ID)],
    ["stopService", "POST", "/stop", (c: APIClient) => c.stopService(ORG, DEP, SERVICE_ID)],
    ["startService", "POST", "/start", (c: APIClient) => c.startService(ORG, DEP, SERVICE_ID)],
  ] as const)("%s: %s …/services/{id}%s without a body", async (operationId, method, suffix, call) => {
    const answer = await call(client());
    expect(answer).toBeTruthy();
    const recorded = abeja.calls.last(operationId)!;
    expect(recorded.method).toBe(method);
    expect(recorded.path).toBe(`${SERVICES}/${SERVICE_ID}${suffix}`);
    expect(recorded.body).toBeUndefined();
    expect(recorded.headers["content-type"]).toBeUndefined();
    expect(last().body.byteLength).toBe(0);
  });

  it("stop/start/delete answer { message } from the mock", async () => {
    use(
      abeja.post("/organizations/{organization_id}/deployments/{deployment_id}/services/{service_id}/stop", ({ params, response }) =>
        response(200).json({ message: `${params.service_id} stopped` }),
      ),
      abeja.post("/organizations/{organization_id}/deployments/{deployment_id}/services/{service_id}/start", ({ params, response }) =>
        response(200).json({ message: `${params.service_id} started` }),
      ),
      abeja.delete("/organizations/{organization_id}/deployments/{deployment_id}/services/{service_id}", ({ params, response }) =>
        response(200).json({ message: `${params.service_id} deleted` }),
      ),
    );
    const c = client();
    expect(await c.stopService(ORG, DEP, "ser-abc1111111111111")).toEqual({ message: "ser-abc1111111111111 stopped" });
    expect(await c.startService(ORG, DEP, "ser-abc1111111111111")).toEqual({ message: "ser-abc1111111111111 started" });
    expect(await c.deleteService(ORG, DEP, "ser-abc1111111111111")).toEqual({ message: "ser-abc1111111111111 deleted" });
  });

  it("getServiceRecentLogs: no query without options; tokens as given; dates as YYYY-MM-DDTHH:MM:SS (UTC)", async () => {
    const page = await client().getServiceRecentLogs(ORG, DEP, SERVICE_ID);
    expect(page.events.length).toBeGreaterThan(0);
    expect(abeja.calls.last("getServiceRecentLogs")!.query).toEqual({});
    await client().getServiceRecentLogs(ORG, DEP, SERVICE_ID, {
      nextForwardToken: "f-token",
      nextBackwardToken: "b-token",
      startTime: new Date(Date.UTC(2017, 0, 1)),
      endTime: "2017-01-02T00:00:00",
    });
    const call = abeja.calls.last("getServiceRecentLogs")!;
    expect(call.path).toBe(`${SERVICES}/${SERVICE_ID}/recentlogs`);
    expect(call.query).toEqual({
      next_forward_token: "f-token",
      next_backward_token: "b-token",
      start_time: "2017-01-01T00:00:00",
      end_time: "2017-01-02T00:00:00",
    });
  });

  it("iterServiceLogs follows next_backward_token until an empty page (bounded)", async () => {
    use(
      abeja.get("/organizations/{organization_id}/deployments/{deployment_id}/services/{service_id}/recentlogs", ({ query, response }) => {
        const page = query.next_backward_token ? Number(query.next_backward_token) : 1;
        const events = page <= 2 ? [{ message: `line ${page}`, timestamp: "2018-01-01T00:00:00.000000Z" }] : [];
        return response(200).json({ events, next_backward_token: String(page + 1), next_forward_token: "f" });
      }),
    );
    const messages: string[] = [];
    for await (const event of client().iterServiceLogs(ORG, DEP, SERVICE_ID, { maxPages: 10 })) messages.push(event.message);
    expect(messages).toEqual(["line 1", "line 2"]);
    expect(abeja.calls.to("getServiceRecentLogs").map((c) => c.query.next_backward_token)).toEqual([undefined, "2", "3"]);
  });

  it("getServiceLogs (the CLI's /logs) sends next_token and times", async () => {
    await client().getServiceLogs(ORG, DEP, SERVICE_ID, { nextToken: "n1", startTime: new Date(Date.UTC(2017, 0, 1, 12, 30, 5, 999)) });
    expect(abeja.calls.last("getServiceLogs")!.query).toEqual({ next_token: "n1", start_time: "2017-01-01T12:30:05" });
  });

  it("path parameters are percent-encoded (the SDK does not)", async () => {
    await client().getService(ORG, DEP, "ser a/b");
    expect(new URL(last().url).pathname).toBe(`${SERVICES}/ser%20a%2Fb`);
  });
});

describe("requestService: host, body and Content-Type (test_request_service_*)", () => {
  const serviceUrl = `https://${ORG}.api.abeja.io/deployments/${DEP}/services/${SERVICE_ID}`;

  it("json → application/json and the JSON text, on the organization's host", async () => {
    const res = await client().requestService(ORG, DEP, SERVICE_ID, { json: { foo: "bar" } });
    expect(res).toBeInstanceOf(Response);
    expect(await res.json()).toBeTruthy();
    expect(last().url).toBe(serviceUrl);
    expect(last().method).toBe("POST");
    expect(last().headers["content-type"]).toBe("application/json");
    expect(JSON.parse(text(last()))).toEqual({ foo: "bar" });
    expect(text(last())).toBe('{"foo":"bar"}'); // compact; Python's json.dumps would put a space after ':'
    expect(abeja.calls.last("requestService")!.params).toEqual({ deployment_id: DEP, service_id: SERVICE_ID });
  });

  it("bytes with contentType image/png → exactly those bytes and that type", async () => {
    const bytes = new TextEncoder().encode("binary data");
    await client().requestService(ORG, DEP, SERVICE_ID, { data: bytes, contentType: "image/png" });
    expect(last().headers["content-type"]).toBe("image/png");
    expect(last().body).toEqual(bytes);
  });

  it("a stream without contentType → application/octet-stream, streamed", async () => {
    await client().requestService(ORG, DEP, SERVICE_ID, { data: Readable.from([Buffer.from("binary "), Buffer.from("data")]) });
    expect(last().headers["content-type"]).toBe("application/octet-stream");
    expect(text(last())).toBe("binary data");
  });

  it("a string without contentType → application/octet-stream; a Blob → its own type", async () => {
    await client().requestService(ORG, DEP, SERVICE_ID, { data: "plain" });
    expect(last().headers["content-type"]).toBe("application/octet-stream");
    expect(text(last())).toBe("plain");
    await client().requestService(ORG, DEP, SERVICE_ID, { data: new Blob(["<svg/>"], { type: "image/svg+xml" }) });
    expect(last().headers["content-type"]).toBe("image/svg+xml");
    expect(text(last())).toBe("<svg/>");
  });

  it("json and data together are refused before any I/O", async () => {
    await expect(client().requestService(ORG, DEP, SERVICE_ID, { json: {}, data: "x" } as never)).rejects.toThrow(TypeError);
    expect(sent).toEqual([]);
  });

  it("requestDefaultEndpoint posts to /deployments/{id} on the organization's host", async () => {
    await client().requestDefaultEndpoint(ORG, DEP, { json: { a: 1 } });
    expect(last().url).toBe(`https://${ORG}.api.abeja.io/deployments/${DEP}`);
    expect(abeja.calls.last("requestDefaultEndpoint")!.body).toEqual({ a: 1 });
  });
});

describe("Authorization and User-Agent (tests/common/test_connection.py)", () => {
  it.each([
    ["auth_token → Bearer", { credential: { authToken: "dummy" } }, {}, "Bearer dummy"],
    [
      "user id + PAT → Basic user-…",
      { credential: { userId: "test_user_id", personalAccessToken: "test_personal_access_token" } },
      {},
      BASIC,
    ],
    [
      "prefixed user id is kept",
      { credential: { userId: "user-test_user_id", personalAccessToken: "test_personal_access_token" } },
      {},
      BASIC,
    ],
    [
      "datasource → Basic datasource-…",
      { credential: { datasourceId: "test_datasource_id", datasourceSecret: "test_datasource_secret" } },
      {},
      basic("datasource-test_datasource_id", "test_datasource_secret"),
    ],
    ["PLATFORM_AUTH_TOKEN → Bearer", {}, { PLATFORM_AUTH_TOKEN: "test_token" }, "Bearer test_token"],
    [
      "ABEJA_PLATFORM_USER_ID + PAT → Basic",
      {},
      { ABEJA_PLATFORM_USER_ID: "test_user_id", ABEJA_PLATFORM_PERSONAL_ACCESS_TOKEN: "test_personal_access_token" },
      BASIC,
    ],
    [
      "token beats user in the environment",
      {},
      { PLATFORM_AUTH_TOKEN: "test_token", ABEJA_PLATFORM_USER_ID: "u", ABEJA_PLATFORM_PERSONAL_ACCESS_TOKEN: "p" },
      "Bearer test_token",
    ],
    ["nothing → no Authorization", {}, {}, undefined],
  ] as const)("%s, on the API and on the service host", async (_, options, env, expected) => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    const c = clientWith(options as APIClientOptions);
    if (expected === undefined) {
      // The spec requires Basic or Bearer credentials, so the mock answers 401 as the API would.
      await expect(c.getService(ORG, DEP, SERVICE_ID)).rejects.toMatchObject({ status: 401 });
      await expect(c.requestService(ORG, DEP, SERVICE_ID, { json: {} })).rejects.toMatchObject({ status: 401 });
    } else {
      await c.getService(ORG, DEP, SERVICE_ID);
      await c.requestService(ORG, DEP, SERVICE_ID, { json: {} });
    }
    expect(sent.map((s) => s.headers.authorization)).toEqual([expected, expected]);
    expect(sent.map((s) => s.headers["user-agent"])).toEqual([USER_AGENT, USER_AGENT]);
    expect(abeja.calls.all.map((call) => call.headers.authorization)).toEqual([expected, expected]);
  });

  it("the caller's credential object is not modified", async () => {
    const credential = { userId: "test_user_id", personalAccessToken: "test_personal_access_token" };
    await clientWith({ credential }).getServices(ORG, DEP);
    expect(credential.userId).toBe("test_user_id");
    expect(last().headers.authorization).toBe(BASIC);
  });
});

describe("deployments family (tests/{deployments,endpoints,triggers,runs}/api/test_client.py)", () => {
  const D = `${DEPLOYMENTS}/${DEP}`;
  type Case = [
    operationId: string,
    method: string,
    path: string,
    call: (c: APIClient) => Promise<unknown>,
    body?: unknown,
    query?: Record<string, string>,
  ];
  const cases: Case[] = [
    ["createDeployment", "POST", DEPLOYMENTS, (c) => c.createDeployment(ORG, "demo"), { name: "demo", description: "" }],
    [
      "createDeployment",
      "POST",
      DEPLOYMENTS,
      (c) => c.createDeployment(ORG, "demo", { description: "d", defaultEnvironment: ENV_VARS }),
      { name: "demo", description: "d", default_environment: ENV_VARS },
    ],
    ["listDeployments", "GET", DEPLOYMENTS, (c) => c.getDeployments(ORG)],
    ["getDeployment", "GET", D, (c) => c.getDeployment(ORG, DEP)],
    ["updateDeployment", "PATCH", D, (c) => c.patchDeployment(ORG, DEP, "renamed"), { name: "renamed" }],
    [
      "updateDeployment",
      "PATCH",
      D,
      (c) => c.patchDeployment(ORG, DEP, "renamed", ENV_VARS),
      { name: "renamed", default_environment: ENV_VARS },
    ],
    ["deleteDeployment", "DELETE", D, (c) => c.deleteDeployment(ORG, DEP)],
    ["listDeploymentVersions", "GET", `${D}/versions`, (c) => c.getDeploymentVersions(ORG, DEP)],
    [
      "createDeploymentVersion",
      "POST",
      `${D}/versions`,
      (c) => c.createDeploymentVersion(ORG, DEP, "0.0.1", "main:handler", "abeja-inc/all-cpu:19.10"),
      { version: "0.0.1", handler: "main:handler", image: "abeja-inc/all-cpu:19.10" },
    ],
    [
      "createDeploymentVersion",
      "POST",
      `${D}/versions`,
      (c) => c.createDeploymentVersion(ORG, DEP, "0.0.1", "main:handler", "abeja-inc/all-cpu:19.10", { K: "v" }),
      { version: "0.0.1", handler: "main:handler", image: "abeja-inc/all-cpu:19.10", user_parameters: { K: "v" } },
    ],
    [
      "createDeploymentVersionFromTemplate",
      "POST",
      `${D}/code_templates`,
      (c) => c.createDeploymentFromTemplate(ORG, DEP, 1, "0.0.1", "main:handler", "abeja-inc/all-cpu:19.10"),
      { template_id: 1, version: "0.0.1", handler: "main:handler", image: "abeja-inc/all-cpu:19.10" },
    ],
    [
      "createDeploymentVersionFromGit",
      "POST",
      `${D}/git/versions`,
      (c) =>
        c.createDeploymentVersionFromGit(ORG, DEP, {
          gitUrl: "https://example.com/r.git",
          version: "0.0.2",
          image: "abeja-inc/all-cpu:19.10",
          gitBranch: "main",
        }),
      { git_url: "https://example.com/r.git", version: "0.0.2", image: "abeja-inc/all-cpu:19.10", git_branch: "main" },
    ],
    ["getDeploymentVersion", "GET", `${D}/versions/${VERSION_ID}`, (c) => c.getDeploymentVersion(ORG, DEP, VERSION_ID)],
    ["deleteDeploymentVersion", "DELETE", `${D}/versions/${VERSION_ID}`, (c) => c.deleteDeploymentVersion(ORG, DEP, VERSION_ID)],
    ["downloadDeploymentVersion", "GET", `${D}/versions/${VERSION_ID}/download`, (c) => c.downloadDeploymentVersion(ORG, DEP, VERSION_ID)],
    [
      "createEndpoint",
      "POST",
      `${D}/endpoints`,
      (c) => c.createEndpoint(ORG, DEP, "ser-abc1111111111111"),
      { service_id: "ser-abc1111111111111", custom_alias: "default" },
    ],
    [
      "createEndpoint",
      "POST",
      `${D}/endpoints`,
      (c) => c.createEndpoint(ORG, DEP, "ser-abc1111111111111", "beta"),
      { service_id: "ser-abc1111111111111", custom_alias: "beta" },
    ],
    ["listEndpoints", "GET", `${D}/endpoints`, (c) => c.getEndpoints(ORG, DEP)],
    ["getEndpoint", "GET", `${D}/endpoints/default`, (c) => c.getEndpoint(ORG, DEP, "default")],
    [
      "updateEndpoint",
      "PATCH",
      `${D}/endpoints/pnt-1`,
      (c) => c.updateEndpoint(ORG, DEP, "pnt-1", "ser-abc2222222222222"),
      { service_id: "ser-abc2222222222222" },
    ],
    ["deleteEndpoint", "DELETE", `${D}/endpoints/pnt-1`, (c) => c.deleteEndpoint(ORG, DEP, "pnt-1")],
    [
      "createTrigger",
      "POST",
      `${D}/triggers`,
      (c) => c.createTrigger(ORG, DEP, VERSION_ID, "datalake", "1234567890123"),
      { version_id: VERSION_ID, input_service_name: "datalake", input_service_id: "1234567890123", environment: null },
    ],
    [
      "createTrigger",
      "POST",
      `${D}/triggers`,
      (c) =>
        c.createTrigger(ORG, DEP, VERSION_ID, "datalake", "1234567890123", {
          outputServiceName: "datalake",
          outputServiceId: "9876543210987",
          retryCount: 3,
          distribution: 2,
          environment: ENV_VARS,
          modelId: MODEL_ID,
        }),
      {
        version_id: VERSION_ID,
        input_service_name: "datalake",
        input_service_id: "1234567890123",
        output_service_name: "datalake",
        output_service_id: "9876543210987",
        retry_count: 3,
        distribution: 2,
        environment: ENV_VARS,
        models: { alias: MODEL_ID },
      },
    ],
    [
      "createTrigger",
      "POST",
      `${D}/triggers`,
      (c) => c.createTrigger(ORG, DEP, VERSION_ID, "datalake", "1234567890123", { outputServiceName: "datalake" }), // output only with both
      { version_id: VERSION_ID, input_service_name: "datalake", input_service_id: "1234567890123", environment: null },
    ],
    ["listTriggers", "GET", `${D}/triggers`, (c) => c.getTriggers(ORG, DEP)],
    ["getTrigger", "GET", `${D}/triggers/tri-1`, (c) => c.getTrigger(ORG, DEP, "tri-1")],
    ["deleteTrigger", "DELETE", `${D}/triggers/tri-1`, (c) => c.deleteTrigger(ORG, DEP, "tri-1")],
    [
      "listTriggerRuns",
      "GET",
      `${D}/triggers/tri-1/runs`,
      (c) => c.getTriggerRuns(ORG, DEP, "tri-1", { nextPageToken: "t2", scanForward: true }),
      undefined,
      { next_page_token: "t2", scan_forward: "True" },
    ],
    ["createRun", "POST", `${D}/runs`, (c) => c.createRun(ORG, DEP, VERSION_ID), { version_id: VERSION_ID, environment: {} }],
    [
      "createRun",
      "POST",
      `${D}/runs`,
      (c) =>
        c.createRun(ORG, DEP, VERSION_ID, {
          inputData: { "$datalake:1": "1234567890123/20180101T000000-aaaa" },
          outputTemplate: { "$datalake:1": "1234567890123" },
          retryCount: 2,
          distribution: 1,
          environment: ENV_VARS,
          modelId: MODEL_ID,
        }),
      {
        version_id: VERSION_ID,
        input_data: { "$datalake:1": "1234567890123/20180101T000000-aaaa" },
        output_template: { "$datalake:1": "1234567890123" },
        retry_count: 2,
        distribution: 1,
        environment: ENV_VARS,
        models: { alias: MODEL_ID },
      },
    ],
    ["getRun", "GET", `${D}/runs/run-1`, (c) => c.getRun(ORG, DEP, "run-1")],
    ["listRuns", "GET", `${D}/runs`, (c) => c.getRuns(ORG, DEP)],
    [
      "getRunLogs",
      "GET",
      `${D}/runs/run-1/logs`,
      (c) => c.getRunLogs(ORG, DEP, "run-1", { nextToken: "n", startTime: new Date(Date.UTC(2017, 0, 1)) }),
      undefined,
      { next_token: "n", start_time: "2017-01-01T00:00:00" },
    ],
    [
      "getRunRecentLogs",
      "GET",
      `${D}/runs/run-1/recentlogs`,
      (c) => c.getRunRecentLogs(ORG, DEP, "run-1", { startTime: new Date(Date.UTC(2017, 0, 1)), endTime: new Date(Date.UTC(2017, 0, 1)) }),
      undefined,
      { start_time: "2017-01-01T00:00:00", end_time: "2017-01-01T00:00:00" },
    ],
  ];

  it.each(cases)("%s: %s %s", async (operationId, method, path, call, body, query) => {
    const answer = await call(client());
    expect(answer).toBeTruthy();
    expect(abeja.calls.count(operationId)).toBe(1);
    const recorded = abeja.calls.last(operationId)!;
    expect(recorded.method).toBe(method);
    expect(recorded.path).toBe(path);
    expect(recorded.body).toEqual(body);
    expect(recorded.query).toEqual(query ?? {});
    expect(recorded.headers.authorization).toBe(BASIC);
  });

  it("covers every operation of the spec", () => {
    const covered = new Set([
      ...cases.map((c) => c[0]),
      "createService",
      "listServices",
      "getService",
      "updateService",
      "deleteService",
      "stopService",
      "startService",
      "getServiceRecentLogs",
      "getServiceLogs",
      "requestService",
      "requestDefaultEndpoint",
    ]);
    expect(abeja.spec.operations.map((op) => op.operationId).filter((id) => !covered.has(id!))).toEqual([]);
  });

  it("createDeployment without a name is refused client-side (the SDK raises BadRequest), with no request", async () => {
    await expect(client().createDeployment(ORG, "")).rejects.toThrow(/name/);
    expect(sent).toEqual([]);
  });

  it("iterRuns / iterTriggerRuns follow next_page_token; iterRunLogs follows next_token; iterRunRecentLogs the backward token", async () => {
    const run = { ...example<Run>("getRun"), run_id: "run-1" };
    use(
      abeja.get("/organizations/{organization_id}/deployments/{deployment_id}/runs", ({ query, response }) =>
        response(200).json(query.next_page_token ? { entries: [{ ...run, run_id: "run-2" }] } : { entries: [run], next_page_token: "p2" }),
      ),
      abeja.get("/organizations/{organization_id}/deployments/{deployment_id}/triggers/{trigger_id}/runs", ({ query, response }) =>
        response(200).json(query.next_page_token ? { entries: [] } : { entries: [run], next_page_token: "p2" }),
      ),
      abeja.get("/organizations/{organization_id}/deployments/{deployment_id}/runs/{run_id}/logs", ({ query, response }) =>
        response(200).json(
          query.next_token
            ? { events: [{ message: "b", timestamp: "2018-01-01T00:00:01.000000Z" }] }
            : { events: [{ message: "a", timestamp: "2018-01-01T00:00:00.000000Z" }], next_token: "n2" },
        ),
      ),
      abeja.get("/organizations/{organization_id}/deployments/{deployment_id}/runs/{run_id}/recentlogs", ({ query, response }) =>
        response(200).json({
          events: query.next_backward_token ? [] : [{ message: "z", timestamp: "2018-01-01T00:00:00.000000Z" }],
          next_backward_token: "b2",
          next_forward_token: "f2",
        }),
      ),
    );
    const c = client();
    const ids: string[] = [];
    for await (const r of c.iterRuns(ORG, DEP)) ids.push(r.run_id);
    for await (const r of c.iterTriggerRuns(ORG, DEP, "tri-1", { scanForward: true })) ids.push(r.run_id);
    const lines: string[] = [];
    for await (const e of c.iterRunLogs(ORG, DEP, "run-1")) lines.push(e.message);
    for await (const e of c.iterRunRecentLogs(ORG, DEP, "run-1", { maxPages: 5 })) lines.push(e.message);
    expect(ids).toEqual(["run-1", "run-2", "run-1"]);
    expect(lines).toEqual(["a", "b", "z"]);
    expect(abeja.calls.to("listRuns").map((x) => x.query)).toEqual([{}, { next_page_token: "p2" }]);
    expect(abeja.calls.to("listTriggerRuns").map((x) => x.query)).toEqual([
      { scan_forward: "True" },
      { scan_forward: "True", next_page_token: "p2" },
    ]);
    expect(abeja.calls.to("getRunLogs").map((x) => x.query)).toEqual([{}, { next_token: "n2" }]);
    expect(abeja.calls.to("getRunRecentLogs").map((x) => x.query)).toEqual([{}, { next_backward_token: "b2" }]);
  });
});

describe("errors from mocked answers", () => {
  it("a 400 error body becomes BadRequest with error, errorDescription and errorDetail", async () => {
    use(
      abeja.post("/organizations/{organization_id}/deployments/{deployment_id}/services/{service_id}/start", ({ response }) =>
        response(400).json({
          error: "bad_request",
          error_description: "service is already running",
          error_detail: { status: ["RUNNING"] },
        }),
      ),
    );
    await expect(client().startService(ORG, DEP, SERVICE_ID)).rejects.toMatchObject({
      name: "BadRequest",
      status: 400,
      error: "bad_request",
      errorDescription: "service is already running",
      errorDetail: { status: ["RUNNING"] },
    });
  });

  it("a mocked answer that breaks the spec is caught (599), so a wrong mock cannot pass silently", async () => {
    use(
      abeja.get("/organizations/{organization_id}/deployments/{deployment_id}/services/{service_id}", ({ response }) =>
        response(200).json({ service_id: 42 } as never),
      ),
    );
    await expect(client().getService(ORG, DEP, SERVICE_ID)).rejects.toMatchObject({ status: 599 });
    expect(abeja.violations.map((v) => v.message).join("\n")).toMatch(/getService .*response body/);
    abeja.reset(); // the violation was the point of this test
  });
});

describe("done when: credentials from the environment, deploy → start → call → logs → stop on the mock server", () => {
  it("runs the service lifecycle over real HTTP", async () => {
    const server = await startMockServer("abeja");
    try {
      vi.stubEnv("ABEJA_PLATFORM_USER_ID", "test_user_id");
      vi.stubEnv("ABEJA_PLATFORM_PERSONAL_ACCESS_TOKEN", "test_personal_access_token");
      vi.stubEnv("ABEJA_API_URL", server.url);
      const c = new APIClient({ serviceUrl: server.url, maxRetryCount: 0 });
      const deployment = await c.createDeployment(ORG, "demo");
      const version = await c.createDeploymentVersion(ORG, deployment.deployment_id, "0.0.1", "main:handler", "abeja-inc/all-cpu:19.10");
      const service = await c.createService(ORG, deployment.deployment_id, version.version_id);
      await c.startService(ORG, deployment.deployment_id, service.service_id);
      const answer = await c.requestService(ORG, deployment.deployment_id, service.service_id, { json: { foo: "bar" } });
      expect(answer.ok).toBe(true);
      const logs = await c.getServiceRecentLogs(ORG, deployment.deployment_id, service.service_id);
      expect(logs.events.length).toBeGreaterThan(0);
      await c.stopService(ORG, deployment.deployment_id, service.service_id);
      expect(server.calls.all.map((x) => x.operationId)).toEqual([
        "createDeployment",
        "createDeploymentVersion",
        "createService",
        "startService",
        "requestService",
        "getServiceRecentLogs",
        "stopService",
      ]);
      for (const call of server.calls.all) expect(call.headers.authorization).toBe(BASIC);
      server.assertNoViolations();
    } finally {
      await server.close();
    }
  });
});

describe("README: Contract testing", () => {
  it("is run verbatim by @clientele/testing's test/readme-abeja.test.ts (msw's setupServer, no client option)", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const code = /## Contract testing[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const runner = readFileSync(new URL("../../testing/test/readme-abeja.test.ts", import.meta.url), "utf8");
    expect(code.length).toBeGreaterThan(200);
    expect(runner.slice(runner.indexOf("\n") + 1)).toBe(code);
  });
});

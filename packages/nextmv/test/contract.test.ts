// Contract tests: every Application/Client helper, and a sample of typed calls per spec tag, against
// @clientele/testing's mocks of specs/nextmv.openapi.yaml. Every request is validated against the spec,
// every mocked answer too, and each test ends with `assertNoViolations()`.

import { readFileSync } from "node:fs";
import type { FetchLike } from "@clientele/core";
import {
  Client,
  ClienteleError,
  MAX_INLINE_RUN_SIZE,
  TimeoutError,
  type Application,
  type paths,
  type PollOptions,
  type RunInformation,
  type RunResult,
  type StatusV2,
} from "@clientele/nextmv";
import {
  BLOB_PATH_PREFIX,
  createMockApi,
  defaultResponse,
  findOperation,
  handlersFetch,
  startMockServer,
  type MockApi,
  type MockServer,
} from "@clientele/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const API = "https://api.cloud.nextmv.io";
const KEY = "contract-key";
const APP = "routing-app";
/** Short polling waits, bounded tries: tests run in milliseconds and cannot loop forever. */
const fast: PollOptions = { initialDelay: 0, delay: 1, backoff: 0, jitter: 0, maxTries: 20, maxDuration: 10_000 };

type Handler = MockApi<paths>["handlers"][number];
interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** The handlers as the client's `fetch` (its undici transport is not msw's to intercept); every request is logged as sent. */
function mockFetch(handlers: () => Handler[], sent: Sent[]): FetchLike {
  return handlersFetch(handlers, {
    onRequest: (request) => void sent.push({ method: request.method, url: request.url, headers: Object.fromEntries(request.headers) }),
  });
}

/** A JSON input over 5 MiB (about 6 MiB). */
function largeInput() {
  const stops = Array.from({ length: 70_000 }, (_, i) => ({
    id: `stop-${i}`,
    location: { lon: -96.659 + i / 1e6, lat: 33.122 },
    quantity: -1,
  }));
  return { defaults: { vehicles: { capacity: 30 } }, stops };
}

const nextmv = createMockApi<paths>("nextmv", { baseUrl: API });
/** The spec's own example answer of an operation (a valid body to vary in handlers). */
const example = <T>(operationId: string) =>
  structuredClone(defaultResponse(nextmv.spec, findOperation(nextmv.spec, operationId)!).body) as T;
const metadataWith = (status: StatusV2, extra: Partial<RunInformation["metadata"]> = {}): RunInformation => {
  const info = example<RunInformation>("getRunMetadata");
  return { ...info, metadata: { ...info.metadata, status_v2: status, ...extra } };
};

let overrides: Handler[] = [];
let sent: Sent[] = [];
const use = (...handlers: Handler[]) => overrides.unshift(...handlers);
const client = () => new Client({ apiKey: KEY, url: API, maxRetries: 0, fetch: mockFetch(() => [...overrides, ...nextmv.handlers], sent) });
const app = (): Application => client().application(APP);
const ops = () => nextmv.calls.all.map((c) => c.operationId ?? c.operation);

beforeEach(() => {
  for (const name of ["NEXTMV_API_KEY", "NEXTMV_ENDPOINT", "NEXTMV_PROFILE"]) vi.stubEnv(name, "");
});
afterEach(() => {
  vi.unstubAllEnvs();
  overrides = [];
  sent = [];
  try {
    nextmv.assertNoViolations();
  } finally {
    nextmv.reset();
  }
});

describe("Application helpers against createMockApi (typed msw handlers)", () => {
  it("uploadUrl() returns the presigned URL (pointed at the mock) and its upload_id, with the API key", async () => {
    const { upload_url, upload_id } = await app().uploadUrl();
    expect(upload_id).toMatch(/^upload-/);
    expect(upload_url.startsWith(`${API}${BLOB_PATH_PREFIX}`)).toBe(true);
    const call = nextmv.calls.last("createUploadUrl")!;
    expect(call.params).toEqual({ application_id: APP });
    expect(call.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("newRun() sends a small JSON input inline, with its instance, name, options and json format", async () => {
    use(
      nextmv.post("/v1/applications/{application_id}/runs", ({ params, query, response }) =>
        response(200).json({ run_id: `${params.application_id}-${query.instance_id}-1` }),
      ),
    );
    const runId = await app().newRun({
      input: { stops: [{ id: "s1" }] },
      instanceId: "latest",
      name: "small",
      options: { "solve.duration": "5s", limit: 3 },
    });
    expect(runId).toBe(`${APP}-latest-1`);
    expect(ops()).toEqual(["createRun"]);
    const call = nextmv.calls.last("createRun")!;
    expect(call.query).toEqual({ instance_id: "latest" });
    expect(call.body).toEqual({
      input: { stops: [{ id: "s1" }] },
      name: "small",
      options: { "solve.duration": "5s", limit: "3" },
      configuration: { format: { input: { type: "json" } } },
    });
    expect(call.headers["content-type"]).toMatch(/^application\/json/);
  });

  it("newRun() sends an input over 5 MiB through the upload URL: uploadurl → PUT (no API key) → run with upload_id", async () => {
    const input = largeInput();
    const size = JSON.stringify(input).length;
    expect(size).toBeGreaterThan(MAX_INLINE_RUN_SIZE);
    const progress: number[] = [];
    const runId = await app().newRun({ input, onUploadProgress: (s) => progress.push(s) });
    expect(runId).toBe(example<{ run_id: string }>("createRun").run_id);

    expect(ops()).toEqual(["createUploadUrl", "createRun"]);
    const { upload_id, upload_url } = example<{ upload_id: string; upload_url: string }>("createUploadUrl");
    expect(nextmv.calls.last("createRun")!.body).toEqual({ upload_id, configuration: { format: { input: { type: "json" } } } });
    const [blob] = nextmv.blobs.list();
    expect(blob?.size).toBe(size);
    expect(blob?.key).toBe(new URL(upload_url).host + new URL(upload_url).pathname);
    const put = sent.find((r) => r.method === "PUT")!;
    expect(put.url).toContain(BLOB_PATH_PREFIX);
    expect(put.headers.authorization).toBeUndefined();
    expect(progress.at(-1)).toBe(size);
  });

  it("newRun() uploads text inputs with format text", async () => {
    await app().newRun({ input: "a,b\n1,2\n" });
    expect(nextmv.calls.last("createRun")!.body).toMatchObject({ configuration: { format: { input: { type: "text" } } } });
    expect(new TextDecoder().decode(nextmv.blobs.list()[0]!.bytes)).toBe("a,b\n1,2\n");
  });

  it("runMetadata() returns the run's information", async () => {
    use(
      nextmv.get("/v1/applications/{application_id}/runs/{run_id}/metadata", ({ params, response }) =>
        response(200).json({ ...metadataWith("running"), id: params.run_id }),
      ),
    );
    const info = await app().runMetadata("run-1");
    expect(info.id).toBe("run-1");
    expect(info.metadata.status_v2).toBe("running");
    expect(nextmv.calls.last("getRunMetadata")!.params).toEqual({ application_id: APP, run_id: "run-1" });
  });

  it("runResult() reads a small JSON output inline (no format=url)", async () => {
    const result = await app().runResult("run-1");
    expect(result.output).toEqual(example<RunResult>("getRunResult").output);
    expect(ops()).toEqual(["getRunMetadata", "getRunResult"]);
    expect(nextmv.calls.last("getRunResult")!.query).toEqual({});
  });

  it("runResult() asks for format=url when the output is over 5 MiB, and downloads it without the API key", async () => {
    const output = { solutions: [{ value: 1 }], statistics: { result: { value: 42 } } };
    await nextmv.blobs.put("outputs.example/run-big", [new TextEncoder().encode(JSON.stringify(output))], "application/json");
    use(
      nextmv.get("/v1/applications/{application_id}/runs/{run_id}/metadata", ({ response }) =>
        response(200).json(metadataWith("succeeded", { output_size: 6 * 1024 * 1024 })),
      ),
      nextmv.get("/v1/applications/{application_id}/runs/{run_id}", ({ query, response }) =>
        query.format === "url"
          ? response(200).json({
              ...example<RunResult>("getRunResult"),
              output: { url: `${API}${BLOB_PATH_PREFIX}outputs.example/run-big?X-Amz-Signature=s` },
            })
          : response(400).json({ error: "output too large: use format=url" }),
      ),
    );
    const result = await app().runResult("run-big");
    expect(result.output).toEqual(output);
    expect(nextmv.calls.last("getRunResult")!.query).toEqual({ format: "url" });
    const download = sent.at(-1)!;
    expect(download.url).toContain(`${BLOB_PATH_PREFIX}outputs.example/run-big`);
    expect(download.headers.authorization).toBeUndefined();
  });

  it("runResult() returns a non-JSON (multi-file) output as the downloaded bytes", async () => {
    const archive = new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]);
    await nextmv.blobs.put("outputs.example/run-tar", [archive], "application/gzip");
    use(
      nextmv.get("/v1/applications/{application_id}/runs/{run_id}/metadata", ({ response }) =>
        response(200).json(metadataWith("succeeded", { format: { input: { type: "json" }, output: { type: "multi-file" } } })),
      ),
      nextmv.get("/v1/applications/{application_id}/runs/{run_id}", ({ query, response }) =>
        response(200).json({
          ...example<RunResult>("getRunResult"),
          output: query.format === "url" ? { url: `${API}${BLOB_PATH_PREFIX}outputs.example/run-tar` } : null,
        }),
      ),
    );
    const result = await app().runResult("run-tar");
    expect(result.output).toEqual(archive);
    expect(nextmv.calls.last("getRunResult")!.query).toEqual({ format: "url" });
  });

  it("runResultWithPolling() polls metadata through queued → running → succeeded, then reads the result", async () => {
    const statuses: StatusV2[] = ["queued", "running", "succeeded"];
    let checks = 0;
    use(
      nextmv.get("/v1/applications/{application_id}/runs/{run_id}/metadata", ({ response }) =>
        response(200).json(metadataWith(statuses[Math.min(checks++, statuses.length - 1)]!)),
      ),
    );
    const result = await app().runResultWithPolling("run-1", fast);
    expect(result.metadata.status_v2).toBe("succeeded");
    expect(ops()).toEqual(["getRunMetadata", "getRunMetadata", "getRunMetadata", "getRunResult"]);
  });

  it("runResultWithPolling() stops at failed and canceled runs too, and gives up after maxTries", async () => {
    for (const status of ["failed", "canceled"] as const) {
      use(
        nextmv.get("/v1/applications/{application_id}/runs/{run_id}/metadata", ({ response }) => response(200).json(metadataWith(status))),
      );
      await app().runResultWithPolling("run-1", fast);
      expect(ops()).toEqual(["getRunMetadata", "getRunResult"]);
      nextmv.reset();
    }
    use(
      nextmv.get("/v1/applications/{application_id}/runs/{run_id}/metadata", ({ response }) => response(200).json(metadataWith("running"))),
    );
    await expect(app().runResultWithPolling("run-1", { ...fast, maxTries: 3 })).rejects.toThrow(ClienteleError);
    expect(nextmv.calls.count("getRunMetadata")).toBe(3);
    expect(nextmv.calls.count("getRunResult")).toBe(0);
    nextmv.reset();
    await expect(app().runResultWithPolling("run-1", { ...fast, maxTries: 1000, maxDuration: 0 })).rejects.toThrow(TimeoutError);
  });

  it("newRunWithResult() creates the run, polls it and returns its result", async () => {
    let checks = 0;
    use(
      nextmv.post("/v1/applications/{application_id}/runs", ({ response }) => response(200).json({ run_id: "run-42" })),
      nextmv.get("/v1/applications/{application_id}/runs/{run_id}/metadata", ({ params, response }) =>
        response(200).json({ ...metadataWith(checks++ < 1 ? "running" : "succeeded"), id: params.run_id }),
      ),
      nextmv.get("/v1/applications/{application_id}/runs/{run_id}", ({ params, response }) =>
        response(200).json({ ...example<RunResult>("getRunResult"), id: params.run_id, output: { answer: 42 } }),
      ),
    );
    const result = await app().newRunWithResult({ input: { stops: [] }, instanceId: "latest" }, fast);
    expect(result.id).toBe("run-42");
    expect(result.output).toEqual({ answer: 42 });
    expect(ops()).toEqual(["createRun", "getRunMetadata", "getRunMetadata", "getRunResult"]);
    expect(nextmv.calls.to("getRunMetadata").map((c) => c.params.run_id)).toEqual(["run-42", "run-42"]);
  });

  it("runLogs() returns { log }", async () => {
    const logs = await app().runLogs("run-1");
    expect(logs.log).toBe(example<{ log: string }>("getRunLogs").log);
    expect(nextmv.calls.last("getRunLogs")!.path).toBe(`/v1/applications/${APP}/runs/run-1/logs`);
  });

  it("cancelRun() PATCHes …/cancel and resolves on 204", async () => {
    await expect(app().cancelRun("run-1")).resolves.toBeUndefined();
    const call = nextmv.calls.last("cancelRun")!;
    expect(call.method).toBe("PATCH");
    expect(call.params).toEqual({ application_id: APP, run_id: "run-1" });
  });

  it("a mocked error answer becomes the client's typed error", async () => {
    use(
      nextmv.get("/v1/applications/{application_id}/runs/{run_id}/metadata", ({ response }) =>
        response(404).json({ error: "run not found" }),
      ),
    );
    await expect(app().runMetadata("nope")).rejects.toMatchObject({ status: 404, message: expect.stringContaining("run not found") });
  });
});

describe("typed calls, a sample per tag, against the spec's default answers", () => {
  const path = { application_id: APP };
  const cases: { tag: string; operationId: string; call: (c: Client) => Promise<unknown>; check?: (data: any) => void; body?: unknown }[] =
    [
      {
        tag: "applications",
        operationId: "getApplication",
        call: (c) => c.GET("/v1/applications/{application_id}", { params: { path } }),
        check: (d) => expect(d.id).toBe("routing-app"),
      },
      {
        tag: "applications",
        operationId: "createApplication",
        call: (c) => c.POST("/v1/applications", { body: { id: "new-app", name: "New app" } }),
        body: { id: "new-app", name: "New app" },
      },
      {
        tag: "applications",
        operationId: "getBinaryUploadUrl",
        call: (c) => c.GET("/v1/applications/{application_id}/binary", { params: { path } }),
        check: (d) => expect(d.upload_url).toContain(BLOB_PATH_PREFIX),
      },
      {
        tag: "runs",
        operationId: "updateRun",
        call: (c) =>
          c.PUT("/v1/applications/{application_id}/runs/{run_id}", {
            params: { path: { ...path, run_id: "r1" } },
            body: { name: "final" },
          }),
        body: { name: "final" },
      },
      {
        tag: "runs",
        operationId: "getRunInput",
        call: (c) => c.GET("/v1/applications/{application_id}/runs/{run_id}/input", { params: { path: { ...path, run_id: "r1" } } }),
      },
      {
        tag: "runs",
        operationId: "listRunAssets",
        call: (c) => c.GET("/v1/applications/{application_id}/runs/{run_id}/assets", { params: { path: { ...path, run_id: "r1" } } }),
      },
      {
        tag: "instances",
        operationId: "getInstance",
        call: (c) =>
          c.GET("/v1/applications/{application_id}/instances/{instance_id}", { params: { path: { ...path, instance_id: "latest" } } }),
        check: (d) => expect(typeof d.version_id).toBe("string"),
      },
      {
        tag: "instances",
        operationId: "createInstance",
        call: (c) =>
          c.POST("/v1/applications/{application_id}/instances", {
            params: { path },
            body: { id: "staging", name: "Staging", version_id: "v1" },
          }),
        body: { id: "staging", name: "Staging", version_id: "v1" },
      },
      {
        tag: "versions",
        operationId: "createVersion",
        call: (c) => c.POST("/v1/applications/{application_id}/versions", { params: { path }, body: { id: "v2", name: "v2" } }),
        body: { id: "v2", name: "v2" },
      },
      {
        tag: "versions",
        operationId: "deleteVersion",
        call: (c) =>
          c.DELETE("/v1/applications/{application_id}/versions/{version_id}", { params: { path: { ...path, version_id: "v2" } } }),
      },
      {
        tag: "inputs",
        operationId: "getManagedInput",
        call: (c) => c.GET("/v1/applications/{application_id}/inputs/{input_id}", { params: { path: { ...path, input_id: "in-1" } } }),
      },
      {
        tag: "experiments",
        operationId: "createInputSet",
        call: (c) =>
          c.POST("/v1/applications/{application_id}/experiments/inputsets", {
            params: { path },
            body: { id: "set-1", name: "Set", run_ids: ["r1"] },
          }),
        body: { id: "set-1", name: "Set", run_ids: ["r1"] },
      },
      {
        tag: "experiments",
        operationId: "getBatchExperiment",
        call: (c) =>
          c.GET("/v1/applications/{application_id}/experiments/batch/{batch_experiment_id}", {
            params: { path: { ...path, batch_experiment_id: "b1" } },
          }),
      },
      {
        tag: "experiments",
        operationId: "startShadowTest",
        call: (c) =>
          c.PUT("/v1/applications/{application_id}/experiments/shadow/{shadow_test_id}/start", {
            params: { path: { ...path, shadow_test_id: "s1" } },
          }),
      },
      {
        tag: "ensembles",
        operationId: "getEnsemble",
        call: (c) =>
          c.GET("/v1/applications/{application_id}/ensembles/{ensemble_id}", { params: { path: { ...path, ensemble_id: "e1" } } }),
      },
      {
        tag: "secrets",
        operationId: "getSecretsCollection",
        call: (c) =>
          c.GET("/v1/applications/{application_id}/secrets/{secrets_collection_id}", {
            params: { path: { ...path, secrets_collection_id: "sc1" } },
          }),
      },
      { tag: "account", operationId: "getAccountQueue", call: (c) => c.GET("/v1/account/queue") },
      {
        tag: "account",
        operationId: "getOrganization",
        call: (c) => c.GET("/v1/organization/{organization_id}", { params: { path: { organization_id: "org-1" } } }),
      },
      { tag: "integrations", operationId: "listIntegrations", call: (c) => c.GET("/v1/integrations") },
      {
        tag: "marketplace",
        operationId: "createMarketplaceSubscription",
        call: (c) => c.POST("/v1/marketplace/subscriptions", { body: { subscription_id: "sub-1" } }),
        body: { subscription_id: "sub-1" },
      },
      { tag: "marketplace", operationId: "listMarketplaceApplications", call: (c) => c.GET("/v1/marketplace/apps") },
      { tag: "enterprise", operationId: "getSsoConfiguration", call: (c) => c.GET("/v1/enterprise/sso") },
      {
        tag: "community",
        operationId: "getCommunityToolUrl",
        call: (c) => c.GET("/v0/internal/tools", { params: { query: { file: "nextmv-cli" } } }),
      },
    ];

  it("covers every tag of the spec", () => {
    const document = nextmv.spec.document as { paths: Record<string, Record<string, { tags?: string[] }>> };
    const tags = new Set(Object.values(document.paths).flatMap((item) => Object.values(item).flatMap((op) => op.tags ?? [])));
    expect(tags.size).toBeGreaterThan(10);
    expect(new Set(cases.map((c) => c.tag))).toEqual(tags);
  });

  it.each(cases)("$tag: $operationId", async ({ operationId, call, check, body }) => {
    const answer = (await call(client())) as { data?: unknown; response: Response };
    const expected = defaultResponse(nextmv.spec, findOperation(nextmv.spec, operationId)!);
    expect(answer.response.status).toBe(expected.status);
    check?.(answer.data);
    expect(nextmv.calls.count(operationId)).toBe(1);
    const recorded = nextmv.calls.last(operationId)!;
    expect(recorded.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(recorded.headers["user-agent"]).toMatch(/^@clientele\/nextmv\//);
    if (body !== undefined) expect(recorded.body).toEqual(body);
  });

  it("a request the spec rejects fails with the violation (599), so drift cannot pass silently", async () => {
    const c = client();
    // A body of the wrong type, past tsc: the mock answers 599 and records the violation.
    await expect(c.POST("/v1/applications", { body: { id: 7 } as never })).rejects.toMatchObject({ status: 599 });
    expect(nextmv.violations.map((v) => v.message).join("\n")).toMatch(/createApplication .*request body/);
    nextmv.reset(); // the violation was the point of this test
  });
});

describe("list helpers follow pagetoken pages (startMockServer, real HTTP)", () => {
  /** Two pages built from the listing's example items: one item, then the rest (or the same again). */
  const twoPages = (operationId: string, mutate: (items: any[]) => any[] = (x) => x) => {
    const body = defaultResponse(nextmv.spec, findOperation(nextmv.spec, operationId)!).body as unknown;
    const items = mutate(Array.isArray(body) ? body : ((body as any).items ?? (body as any).runs));
    const rest = items.length > 1 ? items.slice(1) : items;
    return (call: { query: Record<string, string | string[]> }) =>
      call.query.pagetoken === undefined ? { body: { items: items.slice(0, 1), next_page_token: "page-2" } } : { body: { items: rest } };
  };
  const helpers: [string, (a: Application, c: Client) => AsyncGenerator<unknown>][] = [
    ["listApplications", (_, c) => c.listApplications()],
    ["listRuns", (a) => a.listRuns()],
    ["listInstances", (a) => a.listInstances()],
    ["listVersions", (a) => a.listVersions()],
    ["listManagedInputs", (a) => a.listManagedInputs()],
    ["listInputSets", (a) => a.listInputSets()],
    ["listBatchExperiments", (a) => a.listBatchExperiments()],
    ["listAcceptanceTests", (a) => a.listAcceptanceTests()],
    ["listShadowTests", (a) => a.listShadowTests()],
    ["listSwitchbackTests", (a) => a.listSwitchbackTests()],
    ["listEnsembles", (a) => a.listEnsembles()],
    ["listSecretsCollections", (a) => a.listSecretsCollections()],
  ];

  it.each(helpers)("%s reads page 1 (pagereturn=true), then page 2 (pagetoken)", async (operationId, list) => {
    const pages = twoPages(operationId);
    const server = await startMockServer(nextmv.spec, { handlers: { [operationId]: pages } });
    try {
      const c = new Client({ apiKey: KEY, url: server.url, maxRetries: 0 });
      const items: unknown[] = [];
      for await (const item of list(c.application(APP), c)) if (items.push(item) > 10) break;
      const expected = [...pages({ query: {} }).body.items, ...pages({ query: { pagetoken: "page-2" } }).body.items];
      expect(items).toEqual(expected);
      const queries = server.calls.to(operationId).map((call) => call.query);
      expect(queries.length).toBe(2);
      expect(queries[0]).toMatchObject({ pagereturn: "true" });
      expect(queries[0]!.pagetoken).toBeUndefined();
      expect(queries[1]).toMatchObject({ pagereturn: "true", pagetoken: "page-2" });
      server.assertNoViolations();
    } finally {
      await server.close();
    }
  });

  it("listRuns({ status }) filters on status_v2; listBatchExperiments sends type", async () => {
    const server = await startMockServer(nextmv.spec, {
      handlers: {
        listRuns: twoPages("listRuns", (runs) => [
          { ...runs[0], id: "ok", status_v2: "succeeded" },
          { ...runs[0], id: "bad", status_v2: "failed" },
        ]),
        listBatchExperiments: twoPages("listBatchExperiments"),
      },
    });
    try {
      const a = new Client({ apiKey: KEY, url: server.url, maxRetries: 0 }).application(APP);
      const failed: string[] = [];
      for await (const run of a.listRuns({ status: "failed" })) failed.push(run.id);
      expect(failed).toEqual(["bad"]);
      for await (const _ of a.listBatchExperiments({ type: "scenario", maxPages: 5 })) void _;
      expect(server.calls.to("listBatchExperiments").map((c) => c.query.type)).toEqual(["scenario", "scenario"]);
      server.assertNoViolations();
    } finally {
      await server.close();
    }
  });

  it("maxPages bounds a listing that never ends", async () => {
    const server = await startMockServer(nextmv.spec, {
      handlers: { listInstances: () => ({ body: { items: [], next_page_token: "again" } }) },
    });
    try {
      const a = new Client({ apiKey: KEY, url: server.url, maxRetries: 0 }).application(APP);
      const drain = async () => {
        for await (const _ of a.listInstances({ maxPages: 3 })) void _;
      };
      await expect(drain()).rejects.toThrow(/more than 3 pages/);
      expect(server.calls.count("listInstances")).toBe(3);
      server.assertNoViolations();
    } finally {
      await server.close();
    }
  });
});

describe("done when: NEXTMV_API_KEY + the mock server, a large input, wait for the result", () => {
  let server: MockServer;
  afterEach(async () => {
    await server?.close();
  });

  it("runs end to end on the mock server's defaults alone", async () => {
    server = await startMockServer("nextmv");
    vi.stubEnv("NEXTMV_API_KEY", "e2e-key");
    vi.stubEnv("NEXTMV_ENDPOINT", server.url);
    const client = new Client();
    expect(client.describe().apiKey).toContain("NEXTMV_API_KEY");
    const input = largeInput();

    const result: RunResult = await client.application(APP).newRunWithResult({ input, instanceId: "latest" }, fast);

    expect(result.metadata.status_v2).toBe("succeeded");
    expect(result.output).toMatchObject({ solutions: expect.any(Array) });
    expect(server.calls.all.map((c) => c.operationId)).toEqual(["createUploadUrl", "createRun", "getRunMetadata", "getRunResult"]);
    expect(server.blobs.list().map((b) => b.size)).toEqual([JSON.stringify(input).length]);
    for (const call of server.calls.all) expect(call.headers.authorization).toBe("Bearer e2e-key");
    expect(server.calls.last("createRun")!.body).toMatchObject({ upload_id: expect.stringMatching(/^upload-/) });
    expect(server.calls.last("createRun")!.body).not.toHaveProperty("input");
    server.assertNoViolations();
  });

  it("runs end to end with status transitions and a large output (handlers where the defaults cannot say it)", async () => {
    const runs = new Map<string, { checks: number; upload_id: string }>();
    const output = { solutions: [{ vehicles: [] }], statistics: { result: { value: 7 } } };
    server = await startMockServer("nextmv", {
      handlers: {
        createRun: ({ body }) => {
          const id = `run-${runs.size + 1}`;
          runs.set(id, { checks: 0, upload_id: (body as { upload_id: string }).upload_id });
          return { body: { run_id: id } };
        },
        getRunMetadata: ({ params }) => {
          const run = runs.get(params.run_id!);
          if (!run) return { status: 404, body: { error: "no such run" } };
          const status: StatusV2 = (["queued", "running", "succeeded"] as const)[Math.min(run.checks++, 2)]!;
          return { body: metadataWith(status, { output_size: 6 * 1024 * 1024 }) };
        },
        getRunResult: async ({ params, query }) => {
          if (query.format !== "url") return { status: 400, body: { error: "output too large: use format=url" } };
          await server.blobs.put(
            `outputs.example/${params.run_id}`,
            [new TextEncoder().encode(JSON.stringify(output))],
            "application/json",
          );
          return {
            body: {
              ...example<RunResult>("getRunResult"),
              id: params.run_id!,
              output: { url: `${server.url}${BLOB_PATH_PREFIX}outputs.example/${params.run_id}` },
            },
          };
        },
      },
    });
    vi.stubEnv("NEXTMV_API_KEY", "e2e-key");
    const app = new Client({ url: server.url }).application(APP);
    const input = largeInput();

    const runId = await app.newRun({ input });
    const result = await app.runResultWithPolling(runId, fast);

    expect(runId).toBe("run-1");
    expect(result.id).toBe("run-1");
    expect(result.output).toEqual(output);
    expect(server.calls.all.map((c) => c.operationId)).toEqual([
      "createUploadUrl",
      "createRun",
      "getRunMetadata",
      "getRunMetadata",
      "getRunMetadata",
      "getRunResult",
    ]);
    expect(runs.get("run-1")!.upload_id).toBe(example<{ upload_id: string }>("createUploadUrl").upload_id);
    expect(server.blobs.list().find((b) => b.key.includes("uploads"))?.size).toBe(JSON.stringify(input).length);
    server.assertNoViolations();
  });
});

describe("README: Contract testing", () => {
  it("is run verbatim by @clientele/testing's test/readme-nextmv.test.ts (msw's setupServer, no client option)", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const code = /## Contract testing[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const runner = readFileSync(new URL("../../testing/test/readme-nextmv.test.ts", import.meta.url), "utf8");
    expect(code.length).toBeGreaterThan(200);
    expect(runner.slice(runner.indexOf("\n") + 1)).toBe(code);
  });
});

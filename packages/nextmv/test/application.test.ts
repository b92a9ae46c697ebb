// The Application helpers end to end against the stateful fake in fake-nextmv.ts.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  Application,
  Client,
  ClienteleError,
  ConfigurationError,
  Conflict,
  MAX_INLINE_RUN_SIZE,
  NEXTMV_POLL_DEFAULTS,
  NotFound,
  TimeoutError,
  type PollOptions,
} from "@clientele/nextmv";
import { scriptedServer } from "../../../test/support/scripted-server.js";
import { startFakeNextmv, type FakeNextmv } from "./fake-nextmv.js";

let fake: FakeNextmv;
const dir = mkdtempSync(join(tmpdir(), "nextmv-app-"));
beforeAll(async () => {
  fake = await startFakeNextmv("e2e-key");
});
afterAll(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => fake.reset());
afterEach(() => vi.unstubAllEnvs());

/** Short polling waits, so tests run in milliseconds. */
const fast: PollOptions = { initialDelay: 0, delay: 1, backoff: 0, jitter: 0 };
const client = () => new Client({ apiKey: "e2e-key", url: fake.url });
const steps = () =>
  fake.requests.map((r) => `${r.method} ${r.path}${r.query.size ? `?${r.query}` : ""}`.replace(/\/v1\/applications\/routing/, "app"));

/** A JSON input bigger than 5 MiB. */
function largeInput() {
  const stops = Array.from({ length: 70_000 }, (_, i) => ({
    id: `stop-${i}`,
    location: { lon: -96.659 + i / 1e6, lat: 33.122 },
    quantity: -1,
  }));
  return { defaults: { vehicles: { capacity: 30 } }, stops };
}

describe("Application end to end", () => {
  it("runs a large input: upload URL → PUT → run with upload_id → poll → result by URL → download", async () => {
    vi.stubEnv("NEXTMV_API_KEY", "e2e-key");
    vi.stubEnv("NEXTMV_ENDPOINT", fake.url);
    fake.outputSize = 6 * 1024 * 1024; // the service says the output is large: it must be linked
    const input = largeInput();
    expect(JSON.stringify(input).length).toBeGreaterThan(MAX_INLINE_RUN_SIZE);

    const app = new Client().application("routing");
    const result = await app.newRunWithResult(
      { input, instanceId: "latest", name: "big", options: { "solve.duration": "5s", limit: 3 } },
      fast,
    );

    expect(result.metadata.status_v2).toBe("succeeded");
    expect(result.output).toEqual({ solutions: [{ echoed_bytes: JSON.stringify(input).length }], statistics: { result: { value: 42 } } });
    expect(steps()).toEqual([
      "POST app/runs/uploadurl",
      "PUT /storage/uploads/upload-1?X-Amz-Signature=fake-signature",
      "POST app/runs?instance_id=latest",
      "GET app/runs/run-2/metadata", // queued
      "GET app/runs/run-2/metadata", // queued
      "GET app/runs/run-2/metadata", // running
      "GET app/runs/run-2/metadata", // succeeded
      "GET app/runs/run-2?format=url",
      "GET /storage/outputs/run-2?X-Amz-Signature=fake-signature",
    ]);

    const put = fake.requests[1]!;
    expect(put.headers.authorization).toBeUndefined();
    expect(put.bodySize).toBe(JSON.stringify(input).length);
    expect(fake.requests[7]!.headers.authorization).toBe("Bearer e2e-key");
    expect(fake.requests[8]!.headers.authorization).toBeUndefined();

    const run = fake.runs.get("run-2")!;
    expect(run.body).toEqual({
      upload_id: "upload-1",
      name: "big",
      options: { "solve.duration": "5s", limit: "3" },
      configuration: { format: { input: { type: "json" } } },
    });
    expect(run.input).toEqual(input);
  });

  it("sends a small JSON input inline and reads the output inline", async () => {
    const app = client().application("routing");
    const runId = await app.newRun({ input: { stops: [] }, configuration: { execution_class: "6c9500mb870s" } });
    expect(fake.runs.get(runId)!.body).toEqual({
      input: { stops: [] },
      configuration: { execution_class: "6c9500mb870s", format: { input: { type: "json" } } },
    });
    const result = await app.runResultWithPolling(runId, fast);
    expect(result.output).toEqual({ solutions: [{ echoed_bytes: 12 }], statistics: { result: { value: 42 } } });
    expect(steps().filter((s) => s.includes("uploadurl") || s.includes("storage"))).toEqual([]);
    expect(steps().at(-1)).toBe(`GET app/runs/${runId}`);
  });

  it("uploads text inputs and multi-file archives, and downloads non-JSON outputs as bytes", async () => {
    const app = client().application("routing");
    const textRun = await app.newRun({ input: "stop,lon,lat\ns1,-96.6,33.1\n" });
    expect(fake.runs.get(textRun)!.body).toMatchObject({
      upload_id: expect.any(String),
      configuration: { format: { input: { type: "text" } } },
    });
    expect(fake.runs.get(textRun)!.input).toBe("stop,lon,lat\ns1,-96.6,33.1\n");

    fake.outputFormat = "multi-file";
    const archive = join(dir, "input.tar.gz");
    writeFileSync(archive, "tar-bytes");
    const fileRun = await app.newRun({ tarFile: archive });
    expect(fake.runs.get(fileRun)!.body).toMatchObject({ configuration: { format: { input: { type: "multi-file" } } } });
    expect(fake.runs.get(fileRun)!.input).toBe("tar-bytes");

    const result = await app.runResultWithPolling(fileRun, fast);
    expect(result.output).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(result.output as Uint8Array).toString()).toBe("tar.gz-bytes-of-output");
    expect(steps()).toContain(`GET app/runs/${fileRun}?format=url`);
  });

  it("uploads a small JSON input when its configured format is not JSON", async () => {
    const app = client().application("routing");
    const runId = await app.newRun({ input: { a: 1 }, configuration: { format: { input: { type: "csv-archive" } } } });
    expect(steps().slice(0, 2)).toEqual(["POST app/runs/uploadurl", "PUT /storage/uploads/upload-1?X-Amz-Signature=fake-signature"]);
    expect(fake.runs.get(runId)!.body.configuration).toEqual({ format: { input: { type: "csv-archive" } } });
  });

  it("refuses more than one input source", async () => {
    await expect(client().application("routing").newRun({ input: {}, inputId: "i" })).rejects.toThrow(/only one of/);
    expect(fake.requests).toHaveLength(0);
  });

  it("reads metadata and logs, and cancels", async () => {
    fake.pollsPerRun = 100;
    const app = client().application("routing");
    const runId = await app.newRun({ input: {}, name: "to cancel" });
    expect((await app.runMetadata(runId)).metadata.status_v2).toBe("queued");
    await app.cancelRun(runId);
    expect((await app.runMetadata(runId)).metadata.status_v2).toBe("canceled");
    const result = await app.runResultWithPolling(runId, fast);
    expect(result.metadata.status_v2).toBe("canceled");
    expect(result.output).toBeNull();
    await expect(app.cancelRun(runId)).resolves.toBeUndefined();
    expect((await app.runLogs(runId)).log).toContain(runId);
  });

  it("surfaces typed errors from the helpers", async () => {
    const app = client().application("routing");
    await expect(app.runMetadata("nope")).rejects.toBeInstanceOf(NotFound);
    await expect(app.runMetadata("nope")).rejects.toThrow(
      `GET ${fake.url}/v1/applications/routing/runs/nope/metadata → 404 Not Found: run nope not found`,
    );
    fake.pollsPerRun = 0;
    const runId = await app.newRun({ input: {} });
    await app.runResultWithPolling(runId, fast);
    await expect(app.cancelRun(runId)).rejects.toBeInstanceOf(Conflict);
  });

  it("gives up polling after maxTries", async () => {
    fake.pollsPerRun = 1000;
    const app = client().application("routing");
    const runId = await app.newRun({ input: {} });
    await expect(app.runResultWithPolling(runId, { ...fast, maxTries: 3 })).rejects.toThrow(
      `run ${runId}: not done after 3 checks (maxTries 3)`,
    );
    const timedOut = await app.runResultWithPolling(runId, { ...fast, maxDuration: 0 }).catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(TimeoutError);
    expect((timedOut as Error).message).toMatch(new RegExp(`^run ${runId}: not done within maxDuration 0 ms`));
  });

  it("polls with the SDK's defaults (NEXTMV_POLL_DEFAULTS, in ms) under the caller's options", async () => {
    expect(NEXTMV_POLL_DEFAULTS).toEqual({
      initialDelay: 1000,
      delay: 100,
      backoff: 900,
      maxDelay: 20_000,
      jitter: 1000,
      maxDuration: 300_000,
      maxTries: 100,
    });
    fake.pollsPerRun = 4; // queued for 4 checks, running for 1, then succeeded
    const app = client().application("routing");
    const runId = await app.newRun({ input: {} });
    const waits: number[] = [];
    // Only the clock is replaced (no real waiting); every other setting is Nextmv's default.
    const polling: PollOptions = { random: () => 0.5, sleep: async (ms) => void waits.push(ms) };
    await app.runResultWithPolling(runId, polling);
    // 1 s before the first check, then min(20 s, 0.1 s + 0.9 s × 2^i) plus half of the 1 s jitter.
    expect(waits).toEqual([1000, 100 + 900 * 2 + 500, 100 + 900 * 4 + 500, 100 + 900 * 8 + 500, 100 + 900 * 16 + 500, 20_000 + 500]);

    waits.length = 0;
    fake.pollsPerRun = 100;
    const slow = await app.newRun({ input: {} });
    await expect(app.runResultWithPolling(slow, { ...polling, maxDelay: 50, jitter: 0, maxTries: 3 })).rejects.toThrow(
      /not done after 3 checks/,
    );
    expect(waits.slice(0, 3)).toEqual([1000, 50, 50]);
  });

  it("passes core's per-call options to every request of a helper", async () => {
    const app = client().application("routing");
    const runId = await app.newRun({ input: {}, headers: { "x-trace": "t-1" } });
    await app.runMetadata(runId, { headers: { "x-trace": "t-2" } });
    await app.runResultWithPolling(runId, fast, { headers: { "x-trace": "t-3" } });
    for await (const run of app.listRuns({ headers: { "x-trace": "t-4" } })) void run;
    expect(fake.requests.map((r) => r.headers["x-trace"])).toEqual(["t-1", "t-2", "t-3", "t-3", "t-3", "t-3", "t-4"]);
    const controller = new AbortController();
    controller.abort(new Error("caller gave up"));
    await expect(app.runMetadata(runId, { signal: controller.signal })).rejects.toThrow("caller gave up");
  });

  it("lists runs and instances across pages", async () => {
    const app = new Application(client(), "routing");
    for (let i = 0; i < 5; i++) await app.newRun({ input: { i }, name: `r${i}` });
    fake.requests.length = 0;
    const runs: string[] = [];
    for await (const run of app.listRuns()) runs.push(run.name);
    expect(runs).toEqual(["r0", "r1", "r2", "r3", "r4"]);
    expect(steps()).toEqual([
      "GET app/runs?pagereturn=true",
      "GET app/runs?pagereturn=true&pagetoken=page-2",
      "GET app/runs?pagereturn=true&pagetoken=page-4",
    ]);

    fake.instances = [
      { id: "latest", name: "Latest" },
      { id: "prod", name: "Production" },
      { id: "staging", name: "Staging" },
    ];
    const ids: string[] = [];
    for await (const instance of app.listInstances()) ids.push(instance.id);
    expect(ids).toEqual(["latest", "prod", "staging"]);

    const queued: string[] = [];
    for await (const run of app.listRuns({ status: "succeeded" })) queued.push(run.id);
    expect(queued).toEqual([]);
  });

  it("builds Console links", () => {
    const app = new Client({ apiKey: "k", consoleUrl: "https://console.example.io" }).application("routing app");
    expect(app.runConsoleUrl("run-1")).toBe("https://console.example.io/app/routing%20app/run/run-1?view=details");
    expect(client().application("routing").runConsoleUrl("r")).toBe("https://cloud.nextmv.io/app/routing/run/r?view=details");
  });

  it("works through the typed surface with the same auth", async () => {
    const c = client();
    const { data } = await c.POST("/v1/applications/{application_id}/runs/uploadurl", { params: { path: { application_id: "routing" } } });
    expect(data.upload_url).toContain("/storage/uploads/");
    await expect(
      new Client({ apiKey: "wrong", url: fake.url }).GET("/v1/applications/{application_id}/runs", {
        params: { path: { application_id: "routing" } },
      }),
    ).rejects.toThrow(/ → 401 Unauthorized: unauthorized$/);
  });

  it('says which answer it cannot use instead of throwing a TypeError (a real server answering 200 {"unexpected":true})', async () => {
    const server = await scriptedServer();
    try {
      const app = new Client({ apiKey: "k", url: server.url, maxRetries: 0 }).application("routing");
      server.answer({ status: 200, json: { unexpected: true } });
      const error = await app.runResultWithPolling("run-1", fast).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ClienteleError);
      expect(error).not.toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(
        /^GET \/v1\/applications\/routing\/runs\/run-1\/metadata: the answer has no `metadata\.status_v2` \(got \{"unexpected":true\}\)/,
      );
      expect(server.seen.map((r) => r.url)).toEqual(["/v1/applications/routing/runs/run-1/metadata"]);

      server.answer({ status: 200, json: { unexpected: true } });
      await expect(app.runResult("run-1")).rejects.toThrow(/the answer has no `metadata`/);
      server.answer({ status: 200, json: { id: "run-2" } });
      await expect(app.newRun({ input: {} })).rejects.toThrow(/^POST \/v1\/applications\/routing\/runs: the answer has no `run_id`/);
      server.answer({ status: 200, json: { upload_id: "u-1" } });
      await expect(app.uploadUrl()).rejects.toThrow(/the answer has no `upload_url`/);
    } finally {
      await server.close();
    }
  });

  it("needs an API key before anything else", () => {
    vi.stubEnv("NEXTMV_API_KEY", undefined);
    vi.stubEnv("NEXTMV_PROFILE", undefined);
    expect(() => new Client({ url: fake.url, configFile: join(dir, "absent.yaml") })).toThrow(ConfigurationError);
  });
});

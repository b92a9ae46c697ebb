// Empty listings and not-yet-set run metadata as Go servers really send them (a nil slice is
// `null`, a nil pointer is `null`, an omitted field is absent), from a real loopback server: the
// helpers read them as nextmv-py does instead of throwing.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Client } from "@clientele/nextmv";
import { startScriptedServer, type ScriptedServer } from "../../../test/support/scripted-server.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const client = () => new Client({ apiKey: "empty-shapes-key", url: server.url, maxRetries: 0 });

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const seen: T[] = [];
  for await (const item of items) seen.push(item);
  return seen;
}

const json = (body: unknown) => ({ status: 200, json: body });
const nullBody = { status: 200, text: "null", headers: { "content-type": "application/json" } };

describe("empty listings", () => {
  it.each([
    ["items: null", json({ items: null, next_page_token: null })],
    ["no items", json({})],
    ["items: []", json({ items: [] })],
    ["a bare null", nullBody],
    ["a bare []", json([])],
  ])("listApplications reads %s as no applications", async (_name, answer) => {
    server.script(answer);
    expect(await all(client().listApplications())).toEqual([]);
    expect(server.received[0]!.url).toBe("/v1/applications?pagereturn=true");
  });

  it.each([
    ["runs: null", json({ runs: null })],
    ["items: null", json({ items: null })],
    ["no field at all", json({})],
  ])("listRuns reads %s as no runs", async (_name, answer) => {
    server.script(answer);
    expect(await all(client().application("app").listRuns())).toEqual([]);
  });

  it("follows a page whose items are null to the next page", async () => {
    server.script(json({ items: null, next_page_token: "p2" }), json({ items: [{ id: "prod" }], next_page_token: "" }));
    const instances = await all(client().application("app").listInstances());
    expect(instances.map((i) => i.id)).toEqual(["prod"]);
    expect(server.received.map((r) => r.url)).toEqual([
      "/v1/applications/app/instances?pagereturn=true",
      "/v1/applications/app/instances?pagereturn=true&pagetoken=p2",
    ]);
  });
});

describe("run metadata with nulls", () => {
  const metadata = (status: string) => ({
    application_id: "app",
    application_instance_id: "latest",
    application_version_id: "",
    created_at: "2025-03-04T15:20:11Z",
    initiated_at: null,
    duration: 0,
    error: "",
    execution_class: "6c9500mb870s",
    format: { input: { type: "json" }, output: null },
    input_size: 2,
    output_size: 0,
    integration: null,
    options: null,
    tracking: null,
    queuing_disabled: false,
    queuing_priority: 6,
    run_type: { type: null, definition_id: null, reference_id: null },
    runtime: "default",
    status_v2: status,
  });
  const info = (status: string) => ({ id: "run-1", name: "", description: "", user_email: "a@b.c", metadata: metadata(status) });

  it("polls a queued run (no initiated_at, null format.output) to its result, fetched inline as JSON", async () => {
    server.script(json(info("queued")), json(info("succeeded")), json({ ...info("succeeded"), output: { ok: 1 } }));
    const result = await client().application("app").runResultWithPolling("run-1", { initialDelay: 0, delay: 1, backoff: 0, jitter: 0 });
    expect(result.output).toEqual({ ok: 1 });
    expect(result.metadata.initiated_at).toBeNull();
    // format.output is null: the output is JSON, so no `format=url`
    expect(server.received.map((r) => r.url)).toEqual([
      "/v1/applications/app/runs/run-1/metadata",
      "/v1/applications/app/runs/run-1/metadata",
      "/v1/applications/app/runs/run-1",
    ]);
  });

  it("names the operation, instead of a TypeError, when the metadata has no status_v2", async () => {
    const { status_v2: _, ...noStatus } = metadata("queued");
    server.script(json({ ...info("queued"), metadata: noStatus }));
    await expect(client().application("app").runResultWithPolling("run-1", { initialDelay: 0, maxTries: 1 })).rejects.toThrow(
      /GET \/v1\/applications\/app\/runs\/run-1\/metadata/,
    );
  });
});

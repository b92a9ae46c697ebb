import { beforeEach, describe, expect, it } from "vitest";
import { APIClient } from "@clientele/abeja";
import { useRecordingServer } from "./harness.js";

const ORG = "1111111111111";
const DEP = "3333333333333";
const D = `/organizations/${ORG}/deployments/${DEP}`;

const server = useRecordingServer();
let client: APIClient;
beforeEach(() => {
  client = new APIClient({ credential: { authToken: "tkn-123456" }, baseUrl: server.url });
});

const sent = () => server.requests.map((r) => ({ call: `${r.method} ${r.url}`, body: r.json }));

describe("deployments, versions and endpoints", () => {
  it("send the SDK's paths and bodies", async () => {
    await client.createDeployment(ORG, "image-classifier");
    await client.createDeployment(ORG, "n", { description: "d", defaultEnvironment: { A: "1" } });
    await client.getDeployments(ORG);
    await client.getDeployment(ORG, DEP);
    await client.patchDeployment(ORG, DEP, "renamed", { B: "2" });
    await client.deleteDeployment(ORG, DEP);
    await client.getDeploymentVersions(ORG, DEP);
    await client.createDeploymentVersion(ORG, DEP, "0.0.1", "main:handler", "abeja-inc/all-cpu:18.10", { K: "V" });
    await client.createDeploymentFromTemplate(ORG, DEP, 1, "0.0.2", "main:handler", "abeja-inc/all-cpu:18.10");
    await client.getDeploymentVersion(ORG, DEP, "ver-1");
    await client.deleteDeploymentVersion(ORG, DEP, "ver-1");
    await client.downloadDeploymentVersion(ORG, DEP, "ver-1");
    await client.createEndpoint(ORG, DEP, "ser-1");
    await client.createEndpoint(ORG, DEP, "ser-1", "blue");
    await client.getEndpoints(ORG, DEP);
    await client.getEndpoint(ORG, DEP, "my alias");
    await client.updateEndpoint(ORG, DEP, "pnt-1", "ser-2");
    await client.deleteEndpoint(ORG, DEP, "pnt-1");
    expect(sent()).toEqual([
      { call: `POST /organizations/${ORG}/deployments`, body: { name: "image-classifier", description: "" } },
      { call: `POST /organizations/${ORG}/deployments`, body: { name: "n", description: "d", default_environment: { A: "1" } } },
      { call: `GET /organizations/${ORG}/deployments`, body: undefined },
      { call: `GET ${D}`, body: undefined },
      { call: `PATCH ${D}`, body: { name: "renamed", default_environment: { B: "2" } } },
      { call: `DELETE ${D}`, body: undefined },
      { call: `GET ${D}/versions`, body: undefined },
      {
        call: `POST ${D}/versions`,
        body: { version: "0.0.1", handler: "main:handler", image: "abeja-inc/all-cpu:18.10", user_parameters: { K: "V" } },
      },
      {
        call: `POST ${D}/code_templates`,
        body: { template_id: 1, version: "0.0.2", handler: "main:handler", image: "abeja-inc/all-cpu:18.10" },
      },
      { call: `GET ${D}/versions/ver-1`, body: undefined },
      { call: `DELETE ${D}/versions/ver-1`, body: undefined },
      { call: `GET ${D}/versions/ver-1/download`, body: undefined },
      { call: `POST ${D}/endpoints`, body: { service_id: "ser-1", custom_alias: "default" } },
      { call: `POST ${D}/endpoints`, body: { service_id: "ser-1", custom_alias: "blue" } },
      { call: `GET ${D}/endpoints`, body: undefined },
      { call: `GET ${D}/endpoints/my%20alias`, body: undefined },
      { call: `PATCH ${D}/endpoints/pnt-1`, body: { service_id: "ser-2" } },
      { call: `DELETE ${D}/endpoints/pnt-1`, body: undefined },
    ]);
  });

  it("createDeployment refuses an empty name before sending", async () => {
    await expect(client.createDeployment(ORG, "")).rejects.toThrow(/name/);
    expect(server.requests).toHaveLength(0);
  });
});

describe("triggers", () => {
  it("createTrigger always sends environment (null when unset); output only as a pair", async () => {
    await client.createTrigger(ORG, DEP, "ver-1", "datalake", "2222222222222");
    await client.createTrigger(ORG, DEP, "ver-1", "datalake", "2222222222222", { outputServiceName: "datalake" });
    await client.createTrigger(ORG, DEP, "ver-1", "datalake", "2222222222222", {
      outputServiceName: "datalake",
      outputServiceId: "5555555555555",
      retryCount: 0,
      distribution: 3,
      environment: { E: "x" },
      modelId: "4444444444444",
    });
    const base = { version_id: "ver-1", input_service_name: "datalake", input_service_id: "2222222222222" };
    expect(sent().map((s) => s.body)).toEqual([
      { ...base, environment: null },
      { ...base, environment: null },
      {
        ...base,
        environment: { E: "x" },
        output_service_name: "datalake",
        output_service_id: "5555555555555",
        models: { alias: "4444444444444" },
        retry_count: 0,
        distribution: 3,
      },
    ]);
  });

  it("get, list, delete and trigger runs with paging", async () => {
    await client.getTrigger(ORG, DEP, "tri-1");
    await client.getTriggers(ORG, DEP);
    await client.deleteTrigger(ORG, DEP, "tri-1");
    await client.getTriggerRuns(ORG, DEP, "tri-1", { nextPageToken: "p2", scanForward: true });
    expect(sent().map((s) => s.call)).toEqual([
      `GET ${D}/triggers/tri-1`,
      `GET ${D}/triggers`,
      `DELETE ${D}/triggers/tri-1`,
      `GET ${D}/triggers/tri-1/runs?next_page_token=p2&scan_forward=True`,
    ]);
  });

  it("iterTriggerRuns follows next_page_token", async () => {
    server.reply(
      { json: { entries: [{ run_id: "run-1", deployment_id: DEP, status: "SUCCEEDED" }], next_page_token: "p2" } },
      { json: { entries: [{ run_id: "run-2", deployment_id: DEP, status: "FAILED" }] } },
    );
    const ids: string[] = [];
    for await (const run of client.iterTriggerRuns(ORG, DEP, "tri-1")) ids.push(run.run_id);
    expect(ids).toEqual(["run-1", "run-2"]);
    expect(sent().map((s) => s.call)).toEqual([`GET ${D}/triggers/tri-1/runs`, `GET ${D}/triggers/tri-1/runs?next_page_token=p2`]);
  });
});

describe("runs", () => {
  it("createRun sends environment {} by default and leaves empty input out", async () => {
    await client.createRun(ORG, DEP, "ver-1");
    await client.createRun(ORG, DEP, "ver-1", { inputData: {} });
    await client.createRun(ORG, DEP, "ver-1", {
      inputData: { "$datalake:1": "2222222222222/file" },
      outputTemplate: { "$datalake:1": "5555555555555" },
      retryCount: 2,
      distribution: 0,
      environment: { E: "x" },
      modelId: "4444444444444",
    });
    expect(sent().map((s) => s.body)).toEqual([
      { version_id: "ver-1", environment: {} },
      { version_id: "ver-1", environment: {} },
      {
        version_id: "ver-1",
        environment: { E: "x" },
        input_data: { "$datalake:1": "2222222222222/file" },
        output_template: { "$datalake:1": "5555555555555" },
        models: { alias: "4444444444444" },
        retry_count: 2,
        distribution: 0,
      },
    ]);
  });

  it("get, list and logs with the SDK's query format", async () => {
    await client.getRun(ORG, DEP, "run-1");
    await client.getRuns(ORG, DEP, { scanForward: false });
    await client.getRunLogs(ORG, DEP, "run-1", { nextToken: "n", startTime: new Date(Date.UTC(2017, 0, 1)) });
    await client.getRunRecentLogs(ORG, DEP, "run-1", { nextBackwardToken: "b", endTime: new Date(Date.UTC(2017, 0, 1)) });
    expect(sent().map((s) => s.call)).toEqual([
      `GET ${D}/runs/run-1`,
      `GET ${D}/runs?scan_forward=False`,
      `GET ${D}/runs/run-1/logs?next_token=n&start_time=2017-01-01T00%3A00%3A00`,
      `GET ${D}/runs/run-1/recentlogs?next_backward_token=b&end_time=2017-01-01T00%3A00%3A00`,
    ]);
  });

  it("iterRunLogs follows next_token until it is absent; iterRuns pages", async () => {
    server.reply(
      { json: { events: [{ message: "1", timestamp: "t" }], next_token: "n2" } },
      { json: { events: [{ message: "2", timestamp: "t" }] } },
      { json: { entries: [{ run_id: "run-1", deployment_id: DEP, status: "RUNNING" }] } },
    );
    const lines: string[] = [];
    for await (const e of client.iterRunLogs(ORG, DEP, "run-1")) lines.push(e.message);
    expect(lines).toEqual(["1", "2"]);
    const runs = [];
    for await (const r of client.iterRuns(ORG, DEP)) runs.push(r);
    expect(runs).toHaveLength(1);
    expect(sent().map((s) => s.call)).toEqual([`GET ${D}/runs/run-1/logs`, `GET ${D}/runs/run-1/logs?next_token=n2`, `GET ${D}/runs`]);
  });
});

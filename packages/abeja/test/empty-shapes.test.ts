// Empty listings as a real server may send them (`null`, a missing field, `[]`), from a loopback
// server: the list and log helpers read each as "nothing" instead of throwing.

import { beforeEach, describe, expect, it } from "vitest";
import { APIClient, entriesOf } from "@clientele/abeja";
import { useRecordingServer } from "./harness.js";

const ORG = "1111111111111";
const DEP = "3333333333333";

const server = useRecordingServer();
let client: APIClient;
beforeEach(() => {
  client = new APIClient({ credential: { authToken: "tkn-123456" }, baseUrl: server.url, maxRetryCount: 0 });
});

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const seen: T[] = [];
  for await (const item of items) seen.push(item);
  return seen;
}

describe("empty shapes", () => {
  it.each([
    ["entries: null", { json: { entries: null, next_page_token: null } }],
    ["no entries", { json: {} }],
    ["a null body", { text: "null", headers: { "content-type": "application/json" } }],
  ])("iterRuns reads %s as no runs", async (_name, reply) => {
    server.reply(reply);
    expect(await all(client.iterRuns(ORG, DEP))).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("iterRuns follows a token past a page whose entries are null", async () => {
    server.reply({ json: { entries: null, next_page_token: "p2" } }, { json: { entries: [{ run_id: "run-1" }] } });
    expect((await all(client.iterRuns(ORG, DEP))).map((r) => r.run_id)).toEqual(["run-1"]);
    expect(server.requests.map((r) => r.url)).toEqual([
      `/organizations/${ORG}/deployments/${DEP}/runs`,
      `/organizations/${ORG}/deployments/${DEP}/runs?next_page_token=p2`,
    ]);
  });

  it.each([
    ["events: null", { json: { events: null, next_token: null } }],
    ["no events", { json: {} }],
  ])("iterRunLogs reads %s as no lines", async (_name, reply) => {
    server.reply(reply);
    expect(await all(client.iterRunLogs(ORG, DEP, "run-1"))).toEqual([]);
  });

  it("iterServiceLogs stops on recent logs whose events are null or whose tokens are empty lists", async () => {
    server.reply({ json: { events: null, next_backward_token: "b1", next_forward_token: "f1" } });
    expect(await all(client.iterServiceLogs(ORG, DEP, "ser-1"))).toEqual([]);
    server.reply({
      json: { events: [{ message: "up", timestamp: "2018-06-05T13:00:00Z" }], next_backward_token: [], next_forward_token: [] },
    });
    expect((await all(client.iterServiceLogs(ORG, DEP, "ser-1"))).map((e) => e.message)).toEqual(["up"]);
  });

  it("entriesOf reads a null or entry-less listing as empty, as it comes off the wire", async () => {
    server.reply({ json: { entries: null } }, { text: "null", headers: { "content-type": "application/json" } }, { json: [] });
    expect(entriesOf(await client.getServices(ORG, DEP))).toEqual([]);
    expect(entriesOf(await client.getServices(ORG, DEP))).toEqual([]);
    expect(entriesOf(await client.getServices(ORG, DEP))).toEqual([]);
  });
});

import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  assertExchange,
  loadSpec,
  matchOperation,
  SpecViolationError,
  validateExchange,
  validateRequest,
  validateResponse,
} from "@clientele/testing";

const ORG = "/organizations/1122334455660";
const json = { "content-type": "application/json" };
const fixture = fileURLToPath(new URL("./fixtures/runs.openapi.yaml", import.meta.url));

describe("validateRequest", () => {
  it("passes a valid request", () => {
    expect(
      validateRequest("abeja", { method: "POST", url: `https://api.abeja.io${ORG}/deployments`, headers: json, body: '{"name":"x"}' }),
    ).toEqual([]);
  });

  it("reports a wrong body with operation, pointer, expected and actual", () => {
    const [v, ...rest] = validateRequest("abeja", { method: "POST", url: `${ORG}/deployments`, headers: json, body: { name: 42 } });
    expect(rest).toEqual([]);
    expect(v).toMatchObject({
      side: "request",
      operationId: "createDeployment",
      location: "body",
      pointer: "/name",
      expected: "type string",
      actual: "42",
    });
    expect(v!.message).toBe(
      "createDeployment (POST /organizations/{organization_id}/deployments): request body /name: expected type string, got 42",
    );
  });

  it("reports a missing required property and a missing required body", () => {
    expect(validateRequest("abeja", { method: "POST", url: `${ORG}/deployments`, headers: json, body: {} })[0]!.message).toContain(
      'request body /name: expected required property "name", got missing',
    );
    expect(validateRequest("abeja", { method: "POST", url: `${ORG}/deployments` })[0]!.message).toContain(
      "expected a request body (required), got missing",
    );
  });

  it("reports an unknown path or method as not in the spec", () => {
    const [unknown] = validateRequest("abeja", { method: "GET", url: "/nope/1" });
    expect(unknown!.message).toBe("GET /nope/1 is not in the spec (no path template matches)");
    const [method] = validateRequest("abeja", { method: "PUT", url: `${ORG}/deployments` });
    expect(method!.message).toMatch(
      /^PUT \/organizations\/1122334455660\/deployments is not in the spec \(the path .* only has GET, POST\)$/,
    );
  });

  it("reports a missing required query parameter and coerces query strings by schema", () => {
    const [missing] = validateRequest(fixture, { method: "GET", url: "/v1/items" });
    expect(missing!.message).toBe(
      'listItems (GET /v1/items): request query /limit: expected required query parameter "limit", got missing',
    );
    expect(validateRequest(fixture, { method: "GET", url: "/v1/items?limit=10&tag=a&tag=b" })).toEqual([]);
    const [bad] = validateRequest(fixture, { method: "GET", url: "/v1/items?limit=abc" });
    expect(bad).toMatchObject({ location: "query", pointer: "/limit", expected: "type integer", actual: '"abc"' });
    expect(validateRequest(fixture, { method: "GET", url: "/v1/items?limit=0" })[0]!.expected).toBe("be >= 1");
  });

  it("checks query parameters of the ABEJA spec (boolean, pattern)", () => {
    const runs = `${ORG}/deployments/1111111111111/runs`;
    expect(validateRequest("abeja", { method: "GET", url: `${runs}?limit=10` })).toEqual([]);
    // scan_forward is a boolean (or the SDK's "True"/"False" spelling, as the spec has it): "maybe" is neither.
    expect(validateRequest("abeja", { method: "GET", url: `${runs}?scan_forward=maybe` })[0]).toMatchObject({ pointer: "/scan_forward" });
    const logs = `${ORG}/deployments/1111111111111/services/ser-1/recentlogs`;
    expect(validateRequest("abeja", { method: "GET", url: `${logs}?start_time=yesterday` })[0]!.pointer).toBe("/start_time");
  });

  it("reports a content type the operation does not accept and invalid JSON", () => {
    expect(
      validateRequest("abeja", { method: "POST", url: `${ORG}/deployments`, headers: { "content-type": "text/csv" }, body: "a,b" })[0],
    ).toMatchObject({
      location: "content-type",
      actual: "text/csv",
    });
    expect(validateRequest("abeja", { method: "POST", url: `${ORG}/deployments`, headers: json, body: "{nope" })[0]!.actual).toMatch(
      /^invalid JSON/,
    );
  });

  it("accepts any payload on the inference host's paths", () => {
    const url = "https://1122334455660.api.abeja.io/deployments/1111111111111/services/ser-1";
    expect(
      validateRequest("abeja", { method: "POST", url, headers: { "content-type": "image/png" }, body: new Uint8Array([1, 2]) }),
    ).toEqual([]);
    expect(validateRequest("abeja", { method: "POST", url, headers: json, body: [1, "two"] })).toEqual([]);
  });
});

describe("validateResponse", () => {
  const url = `${ORG}/deployments/1111111111111`;

  it("passes a valid response and checks oneOf lists", () => {
    expect(validateResponse("abeja", { method: "GET", url, status: 200, headers: json, body: { deployment_id: "1", name: "x" } })).toEqual(
      [],
    );
    expect(validateResponse("abeja", { method: "GET", url: `${ORG}/deployments`, status: 200, headers: json, body: [] })).toEqual([]);
    const bad = validateResponse("abeja", {
      method: "GET",
      url: `${ORG}/deployments`,
      status: 200,
      headers: json,
      body: { entries: [{ name: "x" }] },
    });
    expect(bad.map((v) => v.pointer)).toContain("/entries/0/deployment_id");
  });

  it("reports a status the operation does not define", () => {
    // The fixture's operation has no `default` response (the real specs answer any status with one).
    const [v] = validateResponse(fixture, {
      method: "GET",
      url: "/v1/applications/a/runs/uploadurl",
      status: 418,
      headers: json,
      body: {},
    });
    expect(v).toMatchObject({ location: "status", actual: "418" });
    expect(v!.expected).toBe("one of 200");
  });

  it("reports a body that breaks the schema", () => {
    const [v] = validateResponse("abeja", {
      method: "GET",
      url,
      status: 200,
      headers: json,
      body: '{"deployment_id":"1","name":"x","created_at":"yesterday"}',
    });
    expect(v!.message).toBe(
      'getDeployment (GET /organizations/{organization_id}/deployments/{deployment_id}): response body /created_at: expected format "date-time", got "yesterday"',
    );
  });

  it("accepts the plain-text 500 the spec allows", () => {
    expect(
      validateResponse("abeja", {
        method: "GET",
        url,
        status: 500,
        headers: { "content-type": "text/plain" },
        body: "Internal Server Error",
      }),
    ).toEqual([]);
  });
});

describe("validateExchange and assertExchange", () => {
  it("checks both sides of a recorded exchange", () => {
    const violations = validateExchange("abeja", {
      request: { method: "POST", url: `${ORG}/deployments`, headers: json, body: { name: "" } },
      response: { status: 200, headers: json, body: { name: "x" } },
    });
    expect(violations.map((v) => `${v.side} ${v.pointer}`)).toEqual(["request /name", "response /deployment_id"]);
  });

  it("throws a SpecViolationError with the readable lines", () => {
    expect(() => assertExchange("abeja", { method: "DELETE", url: "/v2/things" })).toThrowError(SpecViolationError);
    expect(() => assertExchange("abeja", { method: "DELETE", url: "/v2/things" })).toThrowError(/DELETE \/v2\/things is not in the spec/);
    expect(() =>
      assertExchange("abeja", { method: "GET", url: `${ORG}/deployments`, status: 200, headers: json, body: { entries: [] } }),
    ).not.toThrow();
  });
});

describe("loadSpec and matching", () => {
  it("indexes every operation and prefers literal segments", () => {
    const spec = loadSpec("abeja");
    expect(spec.operations.length).toBeGreaterThan(30);
    expect(loadSpec("abeja")).toBe(spec);
    const match = matchOperation(spec, "GET", `${ORG}/deployments/1111111111111/versions/ver-1/download`);
    expect(match).toMatchObject({
      kind: "operation",
      operation: { operationId: "downloadDeploymentVersion" },
      params: { version_id: "ver-1" },
    });
  });

  it("works for a spec given as a document", () => {
    const document = {
      openapi: "3.1.0",
      paths: {
        "/a/{id}": { get: { responses: { "204": { description: "ok" } } } },
        "/a/me": { get: { operationId: "me", responses: {} } },
      },
    };
    expect(matchOperation(loadSpec(document), "GET", "/a/me")).toMatchObject({ operation: { operationId: "me" } });
    expect(matchOperation(loadSpec(document), "GET", "/a/7")).toMatchObject({ params: { id: "7" } });
  });
});

// The request and response examples of the SDK's API Client documentation
// (shared/reference/seeds/abeja-services-apiclient.txt), kept here as data, checked against
// specs/abeja.openapi.yaml with @clientele/testing's validators.
//
// Requests: the documented "Request Syntax" calls, turned into what the SDK puts on the wire
// (abeja.md §2: create_service always sends instance_type and instance_number, and nests model_id
// as models.alias; request_service posts to https://{organization_id}.api.abeja.io/...).
// Responses: the documented "Response Syntax" JSON, verbatim.

import { validateRequest, validateResponse, type RequestSample, type Violation } from "@clientele/testing";
import { describe, expect, it } from "vitest";

const API = "https://api.abeja.io";

/** The seed's create_service response ends its object with a trailing comma (a Python literal, not JSON). */
const json = (text: string): unknown => JSON.parse(text.replace(/,(\s*[}\]])/g, "$1"));

interface Example {
  method: string;
  /** What the SDK sends for the documented call. */
  request: RequestSample;
  /** The documented response body (JSON text as printed), or `undefined` for `request_service`, whose answer is the service's own. */
  response?: string;
}

const EXAMPLES: Record<string, Example> = {
  create_service: {
    method: "create_service",
    request: {
      method: "POST",
      url: `${API}/organizations/1111111111111/deployments/9999999999999/services`,
      headers: { "content-type": "application/json" },
      body: {
        version_id: "ver-abc3333333333333",
        instance_type: "cpu-0.25",
        instance_number: 1,
        models: { alias: "3333333333333" },
        environment: { EXAMPLE_ENV: "abc" },
      },
    },
    response: `{
    "service_id": "ser-abc1111111111111",
    "deployment_id": "9999999999999",
    "models": {
        "alias": "3333333333333"
    },
    "model_version": "0.0.1",
    "model_version_id": "ver-abc1111111111111",
    "status": "IN_PROGRESS",
    "instance_number": 1,
    "min_instance_number": 1,
    "max_instance_number": 2,
    "enable_autoscale": true,
    "instance_type": "cpu-0.25",
    "metrics_url": "https://p.datadoghq.com/sb/aaaaaaaaa-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
    "user_env_vars": {
        "EXAMPLE_ENV": "abc"
    },
    "created_at": "2018-06-05T13:07:49.602076Z",
    "modified_at": "2018-06-05T13:07:50.771671Z",
}`,
  },
  delete_service: {
    method: "delete_service",
    request: { method: "DELETE", url: `${API}/organizations/1111111111111/deployments/9999999999999/services/ser-abc1111111111111` },
    response: `{
    "message": "ser-abc1111111111111 deleted"
}`,
  },
  get_service: {
    method: "get_service",
    request: { method: "GET", url: `${API}/organizations/1111111111111/deployments/9999999999999/services/ser-abc1111111111111` },
    response: `{
    "service_id": "ser-abc1111111111111",
    "deployment_id": "9999999999999",
    "models": {
        "alias": "3333333333333"
    },
    "model_version": "0.0.1",
    "model_version_id": "ver-abc1111111111111",
    "status": "READY",
    "instance_number": 1,
    "instance_type": "cpu-0.25",
    "metrics_url": "https://p.datadoghq.com/sb/aaaaaaaaa-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
    "user_env_vars": {
        "EXAMPLE_ENV": "abc"
    },
    "created_at": "2018-06-05T12:34:33.485329Z",
    "modified_at": "2018-06-05T12:34:34.568985Z"
}`,
  },
  get_service_recent_logs: {
    method: "get_service_recent_logs",
    request: {
      method: "GET",
      url: `${API}/organizations/1234567890123/deployments/1111111111111/services/ser-3333333333333333/recentlogs`,
    },
    response: `{
    "events": [
        {
            "message": "...",
            "timestamp": "2018-01-01T00:00:00.000000Z"
        }
    ],
    "next_backward_token": "...",
    "next_forward_token": "..."
}`,
  },
  get_services: {
    method: "get_services",
    request: { method: "GET", url: `${API}/organizations/1111111111111/deployments/9999999999999/services` },
    response: `{
    "entries": [
        {
            "service_id": "ser-abc1111111111111",
            "deployment_id": "9999999999999",
            "models": {
                "alias": "3333333333333"
            },
            "model_version": "0.0.1",
            "model_version_id": "ver-abc1111111111111",
            "status": "READY",
            "instance_number": 1,
            "instance_type": "cpu-0.25",
            "metrics_url": "https://p.datadoghq.com/sb/aaaaaaaaa-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
            "user_env_vars": {
                "EXAMPLE_ENV": "abc"
            },
            "created_at": "2018-06-05T12:34:33.485329Z",
            "modified_at": "2018-06-05T12:34:34.568985Z"
        }
    ]
}`,
  },
  request_service_json: {
    method: "request_service",
    request: {
      method: "POST",
      url: "https://1234567890123.api.abeja.io/deployments/1111111111111/services/ser-3333333333333333",
      headers: { "content-type": "application/json" },
      body: { foo: "bar", baz: "qux" },
    },
  },
  request_service_image: {
    method: "request_service",
    request: {
      method: "POST",
      url: "https://1234567890123.api.abeja.io/deployments/1111111111111/services/ser-3333333333333333",
      headers: { "content-type": "image/png" },
      body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    },
  },
  start_service: {
    method: "start_service",
    request: { method: "POST", url: `${API}/organizations/1111111111111/deployments/9999999999999/services/ser-abc1111111111111/start` },
    response: `{
    "message": "ser-abc1111111111111 started"
}`,
  },
  stop_service: {
    method: "stop_service",
    request: { method: "POST", url: `${API}/organizations/1111111111111/deployments/9999999999999/services/ser-abc1111111111111/stop` },
    response: `{
    "message": "ser-abc1111111111111 stopped"
}`,
  },
  update_service: {
    method: "update_service",
    request: {
      method: "PATCH",
      url: `${API}/organizations/1111111111111/deployments/9999999999999/services/ser-abc1111111111111`,
      headers: { "content-type": "application/json" },
      // The docstring sends 'true' (a string); the SDK's unit test sends True. Both must be accepted.
      body: { instance_number: 4, min_instance_number: 2, max_instance_number: 6, enable_autoscale: "true" },
    },
    response: `{
    "deployment_id": "1408443944117",
    "instance_number": 1,
    "instance_type": "cpu-1",
    "metrics_url": "https://p.datadoghq.com/sb/xxxxxxxxx-yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy",
    "models": {
        "alias": "3333333333333"
    },
    "model_version": "1.0.0",
    "model_version_id": "ver-1cfab7455c8e43a7",
    "service_id": "ser-abc1111111111111",
    "status": "IN_PROGRESS",
    "record_channel_id": "5678901234567",
    "user_env_vars": {
        "EXAMPLE_ENV2": "exmaple2"
    },
    "merged_env_vars": {
        "EXAMPLE_ENV": "deployment_example",
        "EXAMPLE_ENV2": "exmaple2"
    },
    "service_process_type": "multi",
    "modified_at": "2018-01-01T00:00:00.102289Z",
    "created_at": "2018-01-01T00:00:00.102289Z"
}`,
  },
};

const messages = (violations: Violation[]) => violations.map((v) => v.message);

describe("the seed document's examples against specs/abeja.openapi.yaml", () => {
  it("covers every method of the documented APIClient", () => {
    expect(new Set(Object.values(EXAMPLES).map((e) => e.method))).toEqual(
      new Set([
        "create_service",
        "delete_service",
        "get_service",
        "get_service_recent_logs",
        "get_services",
        "request_service",
        "start_service",
        "stop_service",
        "update_service",
      ]),
    );
  });

  it.each(Object.entries(EXAMPLES))("%s: the request is valid", (_, { request }) => {
    expect(messages(validateRequest("abeja", request))).toEqual([]);
  });

  it.each(Object.entries(EXAMPLES).filter(([, e]) => e.response !== undefined))(
    "%s: the 200 response is valid",
    (_, { request, response }) => {
      const body = json(response!);
      expect(
        messages(
          validateResponse("abeja", {
            method: request.method,
            url: request.url,
            status: 200,
            headers: { "content-type": "application/json" },
            body,
          }),
        ),
      ).toEqual([]);
    },
  );

  it("the same update with a boolean (the SDK's unit test) is valid too", () => {
    const { request } = EXAMPLES.update_service!;
    expect(messages(validateRequest("abeja", { ...request, body: { ...(request.body as object), enable_autoscale: true } }))).toEqual([]);
  });

  it("the validators are not vacuous: a changed example is rejected", () => {
    const { request, response } = EXAMPLES.get_service!;
    const broken = { ...(json(response!) as object), instance_number: "one" };
    expect(
      messages(
        validateResponse("abeja", {
          method: "GET",
          url: request.url,
          status: 200,
          headers: { "content-type": "application/json" },
          body: broken,
        }),
      ),
    ).toEqual([expect.stringMatching(/^getService .*response body \/instance_number/)]);
    expect(validateRequest("abeja", { ...EXAMPLES.create_service!.request, body: { instance_type: "cpu-0.25" } }).length).toBeGreaterThan(
      0,
    );
    expect(validateRequest("abeja", { method: "GET", url: `${API}/organizations/1/nope` })[0]?.location).toBe("operation");
  });
});

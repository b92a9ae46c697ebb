import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  APIClient,
  APIException,
  BadRequest,
  Conflict,
  Forbidden,
  InternalServerError,
  MethodNotAllowed,
  NotFound,
  Unauthorized,
  abejaErrorFields,
  isAbejaError,
} from "@clientele/abeja";
import * as core from "@clientele/core";
import * as abeja from "@clientele/abeja";
import { useRecordingServer } from "./harness.js";

const server = useRecordingServer();

const PAT = "pat-very-secret-0123456789";
const client = () =>
  new APIClient({
    credential: { userId: "1122334455667", personalAccessToken: PAT },
    baseUrl: server.url,
    serviceUrl: server.url,
    maxRetryCount: 0,
  });

async function failure(promise: Promise<unknown>): Promise<APIException & Record<string, unknown>> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(APIException);
  return error as APIException & Record<string, unknown>;
}

describe("typed errors", () => {
  it.each([
    [400, BadRequest],
    [401, Unauthorized],
    [403, Forbidden],
    [404, NotFound],
    [405, MethodNotAllowed],
    [409, Conflict],
    [500, InternalServerError],
  ] as const)("%i → %o", async (status, Class) => {
    server.reply({ status, json: { error: "code", error_description: "what happened" } });
    const e = await failure(client().getService("o", "d", "s"));
    expect(e).toBeInstanceOf(Class);
    expect(e.status).toBe(status);
  });

  it("BadRequest carries error, errorDescription and errorDetail, and says them in its message", async () => {
    server.reply({
      status: 400,
      json: {
        error: "bad_request",
        error_description: "parameters is insufficient or invalid",
        error_detail: { source_data: ["unknown field"] },
      },
    });
    const e = await failure(client().createService("o", "d", "ver-1"));
    expect(e).toBeInstanceOf(BadRequest);
    expect(isAbejaError(e)).toBe(true);
    expect(e).toMatchObject({
      error: "bad_request",
      errorDescription: "parameters is insufficient or invalid",
      errorDetail: { source_data: ["unknown field"] },
      status: 400,
      url: `${server.url}/organizations/o/deployments/d/services`,
    });
    // Core's message: the request, the status and ABEJA's reason (`error: description (details)`).
    expect(e.message).toBe(
      `POST ${server.url}/organizations/o/deployments/d/services → 400 Bad Request: ` +
        'bad_request: parameters is insufficient or invalid ({"source_data":["unknown field"]})',
    );
    expect(Object.keys(e)).toEqual(expect.arrayContaining(["error", "errorDescription", "errorDetail"]));
    expect(() => Object.assign(e, { error: "changed" })).toThrow(TypeError);
  });

  it("a non-JSON body keeps its text as errorDescription, the reason phrase as error", async () => {
    server.reply({ status: 500, text: "raw text" });
    const e = await failure(client().getServices("o", "d"));
    expect(e).toBeInstanceOf(InternalServerError);
    expect(abejaErrorFields(e)).toEqual({ error: "Internal Server Error", errorDescription: "raw text", status: 500, url: e.url });
    expect(e.errorDescription).toBe("raw text");
    expect(e.message).toContain("raw text");
  });

  it("a 501 without `error`: `error` is the reason phrase, as in the SDK", async () => {
    server.reply({ status: 501, json: { error_description: "test error description" } });
    const e = await failure(client().getServices("o", "d"));
    expect(e.status).toBe(501);
    expect(e.error).toBe("Not Implemented");
    expect(e.errorDescription).toBe("test error description");
    expect(abejaErrorFields(e)).toMatchObject({ error: "Not Implemented", errorDescription: "test error description", status: 501 });
    expect(e.message).toBe(`GET ${server.url}/organizations/o/deployments/d/services → 501 Not Implemented: test error description`);
  });

  it("errors of the raw service request and of the typed client carry the fields too", async () => {
    server.reply({ status: 403, json: { error: "forbidden", error_description: "permission denied" } });
    const e = await failure(client().requestService("o", "d", "s", { json: {} }));
    expect(e).toBeInstanceOf(Forbidden);
    expect(e.errorDescription).toBe("permission denied");
    server.reply({ status: 404, json: { error: "not_found", error_description: "deployment not found" } });
    const typed = await failure(
      client().GET("/organizations/{organization_id}/deployments/{deployment_id}", {
        params: { path: { organization_id: "o", deployment_id: "d" } },
      }),
    );
    expect(typed).toBeInstanceOf(NotFound);
    expect(typed.errorDescription).toBe("deployment not found");
  });
});

describe("secrets stay out", () => {
  it("no token, PAT or secret in toString, JSON.stringify or util.inspect of the client", () => {
    const clients = [
      client(),
      new APIClient({ credential: { authToken: "tok-very-secret-0123456789" } }),
      new APIClient({ credential: { datasourceId: "ds", datasourceSecret: "ds-very-secret-0123456789" } }),
    ];
    for (const c of clients) {
      for (const text of [
        String(c),
        JSON.stringify(c),
        inspect(c, { depth: 10, showHidden: true }),
        inspect(Object.entries(c), { depth: 10 }),
      ]) {
        expect(text).not.toMatch(/very-secret/);
        expect(text).not.toMatch(/Basic |Bearer /);
      }
    }
    expect(String(clients[0])).toContain("user-1122334455667");
  });

  it("a server echoing the credential back does not put it in the error", async () => {
    const auth = `Basic ${Buffer.from(`user-1122334455667:${PAT}`).toString("base64")}`;
    server.reply({ status: 401, json: { error: "unauthorized", error_description: `bad credential ${PAT} (${auth})` } });
    const e = await failure(client().getService("o", "d", "s"));
    for (const text of [e.message, String(e), inspect(e), e.requestSummary(), JSON.stringify({ ...e })]) {
      expect(text).not.toContain(PAT);
      expect(text).not.toContain(auth.slice(6));
    }
  });
});

describe("typed client", () => {
  it("GET/POST/PATCH/DELETE over the spec's paths return { data, response }", async () => {
    server.reply({ json: { deployment_id: "d", name: "n" } });
    const { data, response } = await client().GET("/organizations/{organization_id}/deployments/{deployment_id}", {
      params: { path: { organization_id: "o", deployment_id: "d" } },
    });
    expect(data.name).toBe("n");
    expect(response.status).toBe(200);
    await client().POST("/organizations/{organization_id}/deployments/{deployment_id}/endpoints", {
      params: { path: { organization_id: "o", deployment_id: "d" } },
      body: { service_id: "ser-1", custom_alias: "x" },
    });
    expect(server.requests.at(-1)!.json).toEqual({ service_id: "ser-1", custom_alias: "x" });
  });
});

describe("core's error classes", () => {
  const CLASSES = [
    "ClienteleError",
    "APIException",
    "BadRequest",
    "Unauthorized",
    "Forbidden",
    "NotFound",
    "MethodNotAllowed",
    "Conflict",
    "PreconditionFailed",
    "TooManyRequests",
    "InternalServerError",
    "ConnectionError",
    "TimeoutError",
    "ConfigurationError",
    "ResponseParseError",
  ] as const;

  it("are all re-exported, the very classes of @clientele/core", () => {
    // biome-ignore lint/performance/noDynamicNamespaceImportAccess: every error class, compared by name
    for (const name of CLASSES) expect(abeja[name], name).toBe(core[name]);
  });

  it("a 412 is core's PreconditionFailed, a 2xx that is not JSON a ResponseParseError", async () => {
    server.reply({ status: 412, json: { error: "precondition_failed", error_description: "stale" } });
    expect(await failure(client().getService("o", "d", "s"))).toBeInstanceOf(abeja.PreconditionFailed);
    server.reply({ status: 200, text: "<html>proxy</html>", headers: { "content-type": "text/html" } });
    const error = await client()
      .getService("o", "d", "s")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(abeja.ResponseParseError);
    expect((error as Error).message).toContain("text/html");
  });
});

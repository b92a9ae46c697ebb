// The four clients of the fault matrix, each configured as a user would (its documented retry
// policy), with short timeouts and tiny backoffs so a fault costs milliseconds, not minutes.

import { createApiClient } from "@clientele/core";
import { Client } from "@clientele/nextmv";
import { APIClient } from "@clientele/abeja";
import { API } from "@clientele/lxd";

export const METHODS = ["GET", "POST", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

/** Per-attempt timeout of every client in the matrix, in ms: long for loopback, short for a test. */
export const TIMEOUT = 1000;
/** Retries after the first attempt, for every client. */
export const MAX_RETRIES = 2;

/** What one call did: its value, or the error it threw and whether that came from reading the body. */
export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown; stage: "call" | "body" };

export interface MatrixClient {
  name: "core" | "nextmv" | "abeja" | "lxd";
  /** How the call is made, for the README. */
  call: string;
  /** The client's retry policy, for the README. */
  policy: string;
  /** Whether the call returns a raw `Response` whose body the caller reads (errors while reading are the caller's). */
  raw: boolean;
  /** Builds a fresh client for `baseUrl` and sends one `method` call, reading the body as the user would. */
  run(baseUrl: string, method: Method): Promise<Outcome>;
}

const BODY = { name: "fault-matrix" };

async function settle(call: () => Promise<unknown>, read: (value: unknown) => Promise<unknown>): Promise<Outcome> {
  let value: unknown;
  try {
    value = await call();
  } catch (error) {
    return { ok: false, error, stage: "call" };
  }
  try {
    return { ok: true, value: await read(value) };
  } catch (error) {
    return { ok: false, error, stage: "body" };
  }
}

const json = (response: unknown) => (response as Response).json();
const hasBody = (method: Method) => method === "POST" || method === "PATCH";

export const CLIENTS: readonly MatrixClient[] = [
  {
    name: "core",
    call: "`createApiClient(…).fetch(url, { method, body })`, then `response.json()`",
    policy: "user-chosen here: 429/500/502/503/504 retried for GET, HEAD, PUT, DELETE, OPTIONS, TRACE (core's default methods)",
    raw: true,
    run: (baseUrl, method) => {
      const api = createApiClient<Record<string, never>>({
        baseUrl,
        timeout: TIMEOUT,
        retry: { maxRetries: MAX_RETRIES, backoffFactor: 1, backoffJitter: 0, statuses: [429, 500, 502, 503, 504] },
      });
      return settle(
        () =>
          api.fetch(`${baseUrl}/v1/things/t1`, {
            method,
            headers: { "content-type": "application/json" },
            ...(hasBody(method) ? { body: JSON.stringify(BODY) } : {}),
          }),
        json,
      );
    },
  },
  {
    name: "nextmv",
    call: "`client.request({ method, endpoint, payload })`, then `response.json()`",
    policy: "Python SDK's: 429 (and 413/503 with `Retry-After`) retried for GET, POST, PUT, DELETE (timeouts and connection failures too)",
    raw: true,
    run: (baseUrl, method) => {
      const client = new Client({
        apiKey: "matrix-key",
        url: baseUrl,
        configFile: "/nonexistent/config.yaml",
        timeout: TIMEOUT,
        maxRetries: MAX_RETRIES,
        backoffFactor: 1,
        backoffJitter: 0,
      });
      return settle(
        () => client.request({ method, endpoint: "v1/applications/app/runs", ...(hasBody(method) ? { payload: BODY } : {}) }),
        json,
      );
    },
  },
  {
    name: "abeja",
    call: 'typed `client.GET/POST/PATCH/DELETE("/organizations/{organization_id}/deployments…")`',
    policy:
      "Python SDK's urllib3: 500/502/503/504 (and 413/429 with `Retry-After`) retried for every method (timeouts and connection failures too)",
    raw: false,
    run: (baseUrl, method) => {
      const client = new APIClient({
        credential: { authToken: "matrix-token" },
        baseUrl,
        timeout: TIMEOUT,
        maxRetryCount: MAX_RETRIES,
        retry: { backoffFactor: 1 },
      });
      const path = { organization_id: "1122334455660", deployment_id: "1111111111111" };
      const call = (): Promise<{ data: unknown }> => {
        switch (method) {
          case "GET":
            return client.GET("/organizations/{organization_id}/deployments/{deployment_id}", { params: { path } });
          case "POST":
            return client.POST("/organizations/{organization_id}/deployments", {
              params: { path: { organization_id: path.organization_id } },
              body: BODY,
            });
          case "PATCH":
            return client.PATCH("/organizations/{organization_id}/deployments/{deployment_id}", { params: { path }, body: BODY } as never);
          case "DELETE":
            return client.DELETE("/organizations/{organization_id}/deployments/{deployment_id}", { params: { path } });
        }
      };
      return settle(call, async (result) => (result as { data: unknown }).data);
    },
  },
  {
    name: "lxd",
    call: '`api.request(method, "instances/c1", { json })` over http://',
    policy: "LXD's: 503 (and 413/429 with `Retry-After`), timeouts and connection failures retried for GET, HEAD",
    raw: false,
    run: (baseUrl, method) => {
      const api = API.factory({
        endpoint: baseUrl,
        timeout: TIMEOUT,
        retry: { maxRetries: MAX_RETRIES, backoffFactor: 1, backoffJitter: 0 },
      });
      return settle(
        () => api.request(method, method === "POST" ? "instances" : "instances/c1", hasBody(method) ? { json: BODY } : {}),
        async (result) => (result as { data: unknown }).data,
      );
    },
  },
];

// Type tests, checked by `npx tsc --noEmit -p packages/nextmv` (never executed). Each
// `@ts-expect-error` proves that tsc rejects the line below it; if it compiled, tsc would fail.

import type { ClientOptions as SharedOptions } from "@clientele/core";
import { Client, type ClientOptions, type RunResult, type StatusV2 } from "@clientele/nextmv";

declare const client: Client;

export async function typed(): Promise<void> {
  // Correct calls compile, and their data is typed from the spec.
  const { data: run } = await client.GET("/v1/applications/{application_id}/runs/{run_id}/metadata", {
    params: { path: { application_id: "routing-app", run_id: "run-1" } },
  });
  const status: StatusV2 = run.metadata.status_v2;
  const size: number = run.metadata.output_size;

  const { data: created } = await client.POST("/v1/applications/{application_id}/runs", {
    params: { path: { application_id: "routing-app" }, query: { instance_id: "latest" } },
    body: { input: { stops: [] }, options: { "solve.duration": "5s" } },
  });
  const runId: string = created.run_id;

  // A wrong path.
  // @ts-expect-error: no such path in the spec
  await client.GET("/v1/aplications");

  // A wrong path parameter name.
  // @ts-expect-error: the parameter is `application_id`, not `app_id`
  await client.GET("/v1/applications/{application_id}", { params: { path: { app_id: "routing-app" } } });

  // A missing required path parameter.
  // @ts-expect-error: `params.path.application_id` is required
  await client.GET("/v1/applications/{application_id}");

  // A wrong query parameter value.
  await client.GET("/v1/applications/{application_id}/runs/{run_id}", {
    // @ts-expect-error: `format` only accepts "url"
    params: { path: { application_id: "a", run_id: "r" }, query: { format: "zip" } },
  });

  // A wrong body: run options are strings.
  await client.POST("/v1/applications/{application_id}/runs", {
    params: { path: { application_id: "routing-app" } },
    // @ts-expect-error: option values must be strings
    body: { input: {}, options: { duration: 5 } },
  });

  // A wrong body: an instance needs `id`, `name` and `version_id`.
  await client.POST("/v1/applications/{application_id}/instances", {
    params: { path: { application_id: "routing-app" } },
    // @ts-expect-error: `version_id` is missing
    body: { id: "prod", name: "Production" },
  });

  // A method the path does not have.
  // @ts-expect-error: cancel is PATCH, not POST
  await client.POST("/v1/applications/{application_id}/runs/{run_id}/cancel", { params: { path: { application_id: "a", run_id: "r" } } });

  // Helpers are typed too.
  const app = client.application("routing-app");
  const result: RunResult = await app.newRunWithResult({ input: { stops: [] }, instanceId: "latest" });
  const email: string = result.user_email;
  // @ts-expect-error: newRun's options do not include `instance`
  await app.newRun({ input: {}, instance: "latest" });
  // @ts-expect-error: request() needs an endpoint
  await client.request({ method: "GET" });

  // Options: the shared vocabulary is accepted as is, and so are the SDK's names.
  const shared: SharedOptions = { baseUrl: "https://api.cloud.nextmv.io", timeout: 5_000, retry: { maxRetries: 2, statuses: [429, 503] } };
  const options: ClientOptions = {
    ...shared,
    apiKey: "k",
    url: "api.cloud.nextmv.io",
    maxRetries: 2,
    statusForcelist: [429],
    allowedMethods: ["GET"],
  };
  new Client(options);
  // @ts-expect-error: statuses are numbers
  new Client({ statusForcelist: ["429"] });
  // @ts-expect-error: `retry` takes core's names (`maxRetries`), not `maxRetry`
  new Client({ retry: { maxRetry: 3 } });
  // @ts-expect-error: the old `retryAfterMax` is `retry.maxRetryAfter` now
  new Client({ retryAfterMax: 1000 });

  // Per-call options on typed calls, request() and the helpers.
  await client.GET("/v1/applications", { timeout: 1_000, retry: { maxRetries: 0 }, headers: { "x-trace": "1" } });
  // @ts-expect-error: timeouts are numbers of milliseconds
  await client.GET("/v1/applications", { timeout: "5s" });
  await client.request({ method: "GET", endpoint: "v1/x", headers: { "content-type": null }, timeout: 1_000 });
  // @ts-expect-error: header values are strings (or null to remove one)
  await client.request({ method: "GET", endpoint: "v1/x", headers: { "x-count": 1 } });
  await app.runMetadata("run-1", { timeout: 1_000 });
  // @ts-expect-error: the second argument of runMetadata is core's CallOptions
  await app.runMetadata("run-1", { maxDuration: 1_000 });
  await app.runResultWithPolling("run-1", { maxDuration: 60_000 }, { timeout: 5_000 });
  // @ts-expect-error: polling durations are numbers of milliseconds
  await app.runResultWithPolling("run-1", { maxDuration: "1m" });

  void [status, size, runId, email];
}

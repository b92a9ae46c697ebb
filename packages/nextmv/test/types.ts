// Type tests, checked by `npx tsc --noEmit -p packages/nextmv` (never executed). Each
// `@ts-expect-error` proves that tsc rejects the line below it; if it compiled, tsc would fail.

import { Client, type RunResult, type StatusV2 } from "@clientele/nextmv";

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
  // @ts-expect-error: `format` only accepts "url"
  await client.GET("/v1/applications/{application_id}/runs/{run_id}", { params: { path: { application_id: "a", run_id: "r" }, query: { format: "zip" } } });

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

  void [status, size, runId, email];
}

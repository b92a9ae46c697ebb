// Type tests: checked by `npx tsc --noEmit -p packages/abeja`, never run. Each `@ts-expect-error`
// fails the check if the line below it ever compiles.

import {
  APIClient,
  entriesOf,
  isAbejaError,
  type APIClientOptions,
  type CallOptions,
  type Credential,
  type LogEvent,
  type Message,
  type RecentLogs,
  type Service,
} from "@clientele/abeja";

declare const client: APIClient;
const ids = { organization_id: "1122334455660", deployment_id: "1111111111111", service_id: "ser-abc1111111111111" };

export async function typed(): Promise<void> {
  // Typed responses.
  const service: Service = await client.getService("o", "d", "s");
  // An open set: the SDK names only IN_PROGRESS and READY, so any string may come back.
  const status: string = service.status;
  const list: Service[] = entriesOf(await client.getServices("o", "d"));
  const message: Message = await client.stopService("o", "d", "s");
  const logs: RecentLogs = await client.getServiceRecentLogs("o", "d", "s", { startTime: new Date(), endTime: "2018-06-05T14:00:00" });
  for await (const event of client.iterServiceLogs("o", "d", "s")) {
    const e: LogEvent = event;
    void e.message.toUpperCase();
  }
  const res: Response = await client.requestService("o", "d", "s", { data: new Uint8Array(1), contentType: "image/png" });
  void [status, list, message, logs, res];

  // The typed client over the spec.
  const { data } = await client.GET("/organizations/{organization_id}/deployments/{deployment_id}/services/{service_id}", {
    params: { path: ids },
  });
  const id: string = data.service_id;
  void id;

  // @ts-expect-error — no such path in the spec
  await client.GET("/organizations/{organization_id}/deployments/{deployment_id}/servicez", { params: { path: ids } });

  await client.GET("/organizations/{organization_id}/deployments/{deployment_id}", {
    // @ts-expect-error — wrong path parameter name
    params: { path: { organization_id: "o", deploymentId: "d" } },
  });

  await client.GET("/organizations/{organization_id}/deployments/{deployment_id}/services/{service_id}/recentlogs", {
    // @ts-expect-error — a query parameter of the wrong type
    params: { path: ids, query: { start_time: 42 } },
  });

  await client.POST("/organizations/{organization_id}/deployments/{deployment_id}/services", {
    params: { path: ids },
    // @ts-expect-error — body without the required version_id
    body: { instance_type: "cpu-1", instance_number: 1 },
  });

  await client.POST("/organizations/{organization_id}/deployments/{deployment_id}/endpoints", {
    params: { path: ids },
    // @ts-expect-error — body field of the wrong type
    body: { service_id: 123, custom_alias: "default" },
  });

  // @ts-expect-error — no PUT anywhere in the spec
  await client.PUT("/organizations/{organization_id}/deployments", { params: { path: ids } });

  // @ts-expect-error — the SDK's argument order: version id is a string, options come last
  await client.createService("o", "d", { versionId: "ver-1" });

  // @ts-expect-error — json and data together
  await client.requestService("o", "d", "s", { json: {}, data: "x" });

  // @ts-expect-error — start time must be a Date or a string
  await client.getServiceRecentLogs("o", "d", "s", { startTime: 1700000000 });

  // @ts-expect-error — a credential needs a complete pair
  const partial: Credential = { userId: "1" };
  void partial;

  // Core's options, ABEJA's alias, and core's full retry policy.
  const options: APIClientOptions = {
    baseUrl: "https://api.abeja.io",
    timeout: 10_000,
    maxRetryCount: 2,
    retry: { statuses: [429, 503], shouldRetry: () => undefined },
  };
  void new APIClient(options);
  // @ts-expect-error — core's retry policy: the old urllib3 spelling is gone
  void new APIClient({ retry: { statusForcelist: [500] } });

  // Per-call options on every method, last.
  const call: CallOptions = { timeout: 5000, signal: AbortSignal.timeout(10_000), headers: { "X-Trace": "1" }, retry: { maxRetries: 0 } };
  const again: Service = await client.getService("o", "d", "s", call);
  await client.createService("o", "d", "ver-1", {}, call);
  await client.requestService("o", "d", "s", { json: {} }, call);
  // @ts-expect-error — no such per-call option
  await client.getService("o", "d", "s", { timeOut: 5 });

  // Waiting: poll options in ms plus per-call options.
  const ready: Service = await client.waitForService("o", "d", "s", { delay: 1000, maxDuration: 60_000, timeout: 5000 });
  // @ts-expect-error — durations are numbers of ms
  await client.waitForService("o", "d", "s", { maxDuration: "10m" });
  void [again, ready];

  // ABEJA's error fields: `error` is the body's or the reason phrase; `errorDetail` may be absent.
  const e: unknown = undefined;
  if (isAbejaError(e)) {
    const description: string = e.errorDescription;
    const code: string = e.error;
    // @ts-expect-error — `errorDetail` is `unknown`: the platform sends it only for validation errors
    const detail: string = e.errorDetail;
    void [description, code, detail];
  }
}

// The services API: create, list, get, update, delete, start, stop, wait, logs, and requests to a
// running service. Arguments in the Python SDK's order; optional ones in a trailing object, then
// per-call options (core's `CallOptions`) last.

import { ClienteleError, poll, pollOptions, type CallOptions, type PollOptions } from "@clientele/core";
import { AbejaClientBase, type RequestOptions } from "./client.js";
import { iterRecentLogs, recentLogsQuery, formatLogTime, type IterLogsOptions, type LogTime, type RecentLogsOptions } from "./logs.js";
import type { ServiceRequestBody } from "./service-body.js";
import type {
  CreateServiceRequest,
  EnvironmentVariables,
  InstanceType,
  LogEvent,
  LogPage,
  Message,
  RecentLogs,
  Service,
  ServiceList,
  UpdateServiceRequest,
} from "./types.js";
import { SERVICE_POLL_DEFAULTS, serviceReadiness } from "./wait.js";

export type { ServiceRequestBody, ServiceRequestData } from "./service-body.js";

const SERVICES = "/organizations/{organization_id}/deployments/{deployment_id}/services";
const SERVICE = "/organizations/{organization_id}/deployments/{deployment_id}/services/{service_id}";
// On the inference host; parameters named as the methods' arguments, so errors name what the caller passed.
const SERVICE_ENDPOINT = "/deployments/{deploymentId}/services/{serviceId}";
const DEFAULT_ENDPOINT = "/deployments/{deploymentId}";

/** Options of `createService`; unset ones are not sent (except the SDK's two defaults). */
export interface CreateServiceOptions {
  /** Number of instances (the initial number when autoscaling). Default 1. */
  instanceNumber?: number;
  minInstanceNumber?: number;
  maxInstanceNumber?: number;
  enableAutoscale?: boolean;
  /** Container size. Default `cpu-0.25`. */
  instanceType?: InstanceType | (string & {});
  /** Environment variables of the service. */
  environment?: EnvironmentVariables;
  /** Trained model to attach (sent as `models: { alias: modelId }`). */
  modelId?: string;
  /** DataLake channel in which to record requests and answers. */
  recordChannelId?: string;
}

/**
 * Options of `waitForService`: core's polling options in ms (ABEJA's defaults: `delay` 5000,
 * `maxDuration` 600000) and the per-call options of each check.
 */
export type WaitForServiceOptions = PollOptions & CallOptions;

/** Options of `getServiceLogs`. */
export interface ServiceLogsOptions {
  /** `next_token` of a previous page. */
  nextToken?: string;
  startTime?: LogTime;
  endTime?: LogTime;
}

/** The services methods of `APIClient`. */
export class ServiceMethods extends AbejaClientBase {
  /**
   * Creates a service for a code version of the deployment (`POST …/services`).
   *
   * @example
   * ```ts
   * import { APIClient } from "@clientele/abeja";
   * const client = new APIClient();
   * const service = await client.createService("1122334455660", "1111111111111", "ver-abc1111111111111", {
   *   instanceType: "cpu-1",
   *   environment: { EXAMPLE_ENV: "abc" },
   * });
   * console.log(service.service_id, service.status);
   * ```
   */
  async createService(
    organizationId: string,
    deploymentId: string,
    versionId: string,
    options: CreateServiceOptions = {},
    call?: CallOptions,
  ): Promise<Service> {
    const body: CreateServiceRequest = {
      version_id: versionId,
      instance_type: (options.instanceType ?? "cpu-0.25") as InstanceType,
      instance_number: options.instanceNumber ?? 1,
    };
    if (options.minInstanceNumber != null) body.min_instance_number = options.minInstanceNumber;
    if (options.maxInstanceNumber != null) body.max_instance_number = options.maxInstanceNumber;
    if (options.enableAutoscale != null) body.enable_autoscale = options.enableAutoscale;
    if (options.modelId != null) body.models = { alias: options.modelId };
    if (options.environment != null) body.environment = options.environment;
    if (options.recordChannelId != null) body.record_channel_id = options.recordChannelId;
    const { data } = await this.POST(SERVICES, {
      ...call,
      params: { path: { organization_id: organizationId, deployment_id: deploymentId } },
      body,
    });
    return data;
  }

  /** Lists the deployment's services (`GET …/services`): `{ entries }` or a bare array; see `entriesOf`. */
  async getServices(organizationId: string, deploymentId: string, call?: CallOptions): Promise<ServiceList> {
    const { data } = await this.GET(SERVICES, {
      ...call,
      params: { path: { organization_id: organizationId, deployment_id: deploymentId } },
    });
    return data;
  }

  /** Gets one service (`GET …/services/{service_id}`). */
  async getService(organizationId: string, deploymentId: string, serviceId: string, call?: CallOptions): Promise<Service> {
    const { data } = await this.GET(SERVICE, { ...call, params: { path: servicePath(organizationId, deploymentId, serviceId) } });
    return data;
  }

  /**
   * Waits until a service is READY (it starts `IN_PROGRESS` after `createService` or
   * `startService`), checking it with `getService` through core's `poll`, and returns it. A service
   * that ends STOPPED or FAILED rejects with a `ClienteleError` naming it and its status;
   * `maxDuration` running out rejects with a `TimeoutError`. Durations in ms; ABEJA's defaults are
   * a check every 5 s (`delay`) for up to 10 minutes (`maxDuration`). `timeout`, `headers` and
   * `retry` apply to each check; `signal` stops the checks and the waits between them.
   *
   * @example
   * ```ts
   * import { APIClient } from "@clientele/abeja";
   * const client = new APIClient();
   * const created = await client.createService("1122334455660", "1111111111111", "ver-abc1111111111111");
   * const ready = await client.waitForService("1122334455660", "1111111111111", created.service_id, { maxDuration: 15 * 60_000 });
   * console.log(ready.status); // "READY"
   * ```
   */
  async waitForService(
    organizationId: string,
    deploymentId: string,
    serviceId: string,
    options: WaitForServiceOptions = {},
  ): Promise<Service> {
    const { timeout, headers, retry, ...polling } = options;
    const call: CallOptions = { timeout, headers, retry, signal: options.signal };
    const operation = `GET /organizations/${organizationId}/deployments/${deploymentId}/services/${serviceId}`;
    const service = await poll<Service>(
      async () => serviceReadiness(await this.getService(organizationId, deploymentId, serviceId, call), serviceId, operation),
      pollOptions(SERVICE_POLL_DEFAULTS, { ...polling, what: polling.what ?? `service ${serviceId}` }),
    );
    if (!service) throw new ClienteleError(`waiting for service ${serviceId} was stopped (\`stop\`) before it became READY`);
    return service;
  }

  /**
   * Changes a service's settings (`PATCH …/services/{service_id}`). The payload is sent as given;
   * without one, no body is sent (as in the SDK).
   */
  async updateService(
    organizationId: string,
    deploymentId: string,
    serviceId: string,
    payload?: UpdateServiceRequest,
    call?: CallOptions,
  ): Promise<Service> {
    const path = servicePath(organizationId, deploymentId, serviceId);
    const { data } =
      payload === undefined
        ? await this.PATCH(SERVICE, { ...call, params: { path } })
        : await this.PATCH(SERVICE, { ...call, params: { path }, body: payload });
    return data;
  }

  /** Deletes a service (`DELETE …/services/{service_id}`). */
  async deleteService(organizationId: string, deploymentId: string, serviceId: string, call?: CallOptions): Promise<Message> {
    const { data } = await this.DELETE(SERVICE, { ...call, params: { path: servicePath(organizationId, deploymentId, serviceId) } });
    return data;
  }

  /** Starts a stopped service (`POST …/start`, no body). `BadRequest` when it is already running. */
  async startService(organizationId: string, deploymentId: string, serviceId: string, call?: CallOptions): Promise<Message> {
    const { data } = await this.POST(`${SERVICE}/start`, {
      ...call,
      params: { path: servicePath(organizationId, deploymentId, serviceId) },
    });
    return data;
  }

  /** Stops a running service (`POST …/stop`, no body). `BadRequest` when it is not running. */
  async stopService(organizationId: string, deploymentId: string, serviceId: string, call?: CallOptions): Promise<Message> {
    const { data } = await this.POST(`${SERVICE}/stop`, {
      ...call,
      params: { path: servicePath(organizationId, deploymentId, serviceId) },
    });
    return data;
  }

  /**
   * One page of recent log lines, newest first (`GET …/recentlogs`). `Date` bounds are sent as UTC
   * `YYYY-MM-DDTHH:MM:SS`; empty tokens are left out.
   *
   * @example
   * ```ts
   * import { APIClient } from "@clientele/abeja";
   * const client = new APIClient();
   * const page = await client.getServiceRecentLogs("1122334455660", "1111111111111", "ser-abc1111111111111", {
   *   startTime: new Date(Date.now() - 3600_000),
   * });
   * for (const event of page.events) console.log(event.timestamp, event.message);
   * ```
   */
  async getServiceRecentLogs(
    organizationId: string,
    deploymentId: string,
    serviceId: string,
    options: RecentLogsOptions = {},
    call?: CallOptions,
  ): Promise<RecentLogs> {
    const { data } = await this.GET(`${SERVICE}/recentlogs`, {
      ...call,
      params: { path: servicePath(organizationId, deploymentId, serviceId), query: recentLogsQuery(options) },
    });
    return data;
  }

  /**
   * Every recent log line over all pages: newest first, following `next_backward_token` (or
   * `next_forward_token` with `direction: "forward"`) until the platform has nothing more. `call`
   * applies to each page's request.
   *
   * @example
   * ```ts
   * import { APIClient } from "@clientele/abeja";
   * const client = new APIClient();
   * for await (const event of client.iterServiceLogs("1122334455660", "1111111111111", "ser-abc1111111111111")) {
   *   console.log(event.message);
   * }
   * ```
   */
  iterServiceLogs(
    organizationId: string,
    deploymentId: string,
    serviceId: string,
    options: IterLogsOptions = {},
    call?: CallOptions,
  ): AsyncGenerator<LogEvent, void, undefined> {
    return iterRecentLogs(
      (page) => this.getServiceRecentLogs(organizationId, deploymentId, serviceId, page, call),
      options,
      `logs of service ${serviceId}`,
    );
  }

  /** One page of log lines from the start, oldest first (`GET …/logs`, the CLI's endpoint). */
  async getServiceLogs(
    organizationId: string,
    deploymentId: string,
    serviceId: string,
    options: ServiceLogsOptions = {},
    call?: CallOptions,
  ): Promise<LogPage> {
    const query: { next_token?: string; start_time?: string; end_time?: string } = {};
    if (options.nextToken) query.next_token = options.nextToken;
    if (options.startTime !== undefined) query.start_time = formatLogTime(options.startTime, "startTime");
    if (options.endTime !== undefined) query.end_time = formatLogTime(options.endTime, "endTime");
    const { data } = await this.GET(`${SERVICE}/logs`, {
      ...call,
      params: { path: servicePath(organizationId, deploymentId, serviceId), query },
    });
    return data;
  }

  /**
   * POSTs to a running service on the organization's host
   * (`https://{organization_id}.api.abeja.io/deployments/{deployment_id}/services/{service_id}`)
   * and returns the raw `Response`, its body unread. Bytes, text and Blobs are retried like any
   * call; streams are sent once. Without a service host (an IP or `localhost` base URL and no
   * `serviceUrl` option), a `ConfigurationError` naming `serviceUrl`, before anything is sent.
   *
   * @example
   * ```ts
   * import { APIClient } from "@clientele/abeja";
   * const client = new APIClient();
   * const res = await client.requestService("1122334455660", "1111111111111", "ser-abc1111111111111", { json: { foo: "bar" } });
   * console.log(await res.json());
   * const image = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
   * const body = { data: image, contentType: "image/png" };
   * await client.requestService("1122334455660", "1111111111111", "ser-abc1111111111111", body, { timeout: 120_000 });
   * ```
   */
  async requestService(
    organizationId: string,
    deploymentId: string,
    serviceId: string,
    body?: ServiceRequestBody,
    options?: RequestOptions,
  ): Promise<Response> {
    return this.postToService("requestService", organizationId, SERVICE_ENDPOINT, { deploymentId, serviceId }, body, options);
  }

  /**
   * POSTs to the service behind the deployment's `default` endpoint
   * (`https://{organization_id}.api.abeja.io/deployments/{deployment_id}`), as the CLI does.
   */
  async requestDefaultEndpoint(
    organizationId: string,
    deploymentId: string,
    body?: ServiceRequestBody,
    options?: RequestOptions,
  ): Promise<Response> {
    return this.postToService("requestDefaultEndpoint", organizationId, DEFAULT_ENDPOINT, { deploymentId }, body, options);
  }
}

function servicePath(organizationId: string, deploymentId: string, serviceId: string) {
  return { organization_id: organizationId, deployment_id: deploymentId, service_id: serviceId };
}

// The services API: create, list, get, update, delete, start, stop, logs, and requests to a
// running service. Arguments in the Python SDK's order; optional ones in a trailing object.

import { AbejaClientBase, type RequestOptions } from "./client.js";
import { iterRecentLogs, recentLogsQuery, formatLogTime, type IterLogsOptions, type LogTime, type RecentLogsOptions } from "./logs.js";
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

const SERVICES = "/organizations/{organization_id}/deployments/{deployment_id}/services";
const SERVICE = "/organizations/{organization_id}/deployments/{deployment_id}/services/{service_id}";

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

/** Raw data for `requestService`: text, bytes, a Blob, a web stream or a Node stream. */
export type ServiceRequestData = string | Uint8Array | ArrayBuffer | Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/**
 * The body of `requestService`: `json` (sent as `application/json`), or `data` with `contentType`
 * (default: the Blob's own type, else `application/octet-stream`). Not both.
 */
export type ServiceRequestBody =
  | { json: unknown; data?: never; contentType?: string }
  | { data: ServiceRequestData; json?: never; contentType?: string };

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
  async createService(organizationId: string, deploymentId: string, versionId: string, options: CreateServiceOptions = {}): Promise<Service> {
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
    const { data } = await this.POST(SERVICES, { params: { path: { organization_id: organizationId, deployment_id: deploymentId } }, body });
    return data;
  }

  /** Lists the deployment's services (`GET …/services`): `{ entries }` or a bare array; see `entriesOf`. */
  async getServices(organizationId: string, deploymentId: string): Promise<ServiceList> {
    const { data } = await this.GET(SERVICES, { params: { path: { organization_id: organizationId, deployment_id: deploymentId } } });
    return data;
  }

  /** Gets one service (`GET …/services/{service_id}`). */
  async getService(organizationId: string, deploymentId: string, serviceId: string): Promise<Service> {
    const { data } = await this.GET(SERVICE, { params: { path: servicePath(organizationId, deploymentId, serviceId) } });
    return data;
  }

  /**
   * Changes a service's settings (`PATCH …/services/{service_id}`). The payload is sent as given;
   * without one, no body is sent (as in the SDK).
   */
  async updateService(organizationId: string, deploymentId: string, serviceId: string, payload?: UpdateServiceRequest): Promise<Service> {
    const path = servicePath(organizationId, deploymentId, serviceId);
    const { data } = payload === undefined
      ? await this.PATCH(SERVICE, { params: { path } })
      : await this.PATCH(SERVICE, { params: { path }, body: payload });
    return data;
  }

  /** Deletes a service (`DELETE …/services/{service_id}`). */
  async deleteService(organizationId: string, deploymentId: string, serviceId: string): Promise<Message> {
    const { data } = await this.DELETE(SERVICE, { params: { path: servicePath(organizationId, deploymentId, serviceId) } });
    return data;
  }

  /** Starts a stopped service (`POST …/start`, no body). `BadRequest` when it is already running. */
  async startService(organizationId: string, deploymentId: string, serviceId: string): Promise<Message> {
    const { data } = await this.POST(`${SERVICE}/start`, { params: { path: servicePath(organizationId, deploymentId, serviceId) } });
    return data;
  }

  /** Stops a running service (`POST …/stop`, no body). `BadRequest` when it is not running. */
  async stopService(organizationId: string, deploymentId: string, serviceId: string): Promise<Message> {
    const { data } = await this.POST(`${SERVICE}/stop`, { params: { path: servicePath(organizationId, deploymentId, serviceId) } });
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
  async getServiceRecentLogs(organizationId: string, deploymentId: string, serviceId: string, options: RecentLogsOptions = {}): Promise<RecentLogs> {
    const { data } = await this.GET(`${SERVICE}/recentlogs`, {
      params: { path: servicePath(organizationId, deploymentId, serviceId), query: recentLogsQuery(options) },
    });
    return data;
  }

  /**
   * Every recent log line over all pages: newest first, following `next_backward_token` (or
   * `next_forward_token` with `direction: "forward"`) until the platform has nothing more.
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
  iterServiceLogs(organizationId: string, deploymentId: string, serviceId: string, options: IterLogsOptions = {}): AsyncGenerator<LogEvent, void, undefined> {
    return iterRecentLogs(
      (page) => this.getServiceRecentLogs(organizationId, deploymentId, serviceId, page),
      options,
      `logs of service ${serviceId}`,
    );
  }

  /** One page of log lines from the start, oldest first (`GET …/logs`, the CLI's endpoint). */
  async getServiceLogs(organizationId: string, deploymentId: string, serviceId: string, options: ServiceLogsOptions = {}): Promise<LogPage> {
    const query: { next_token?: string; start_time?: string; end_time?: string } = {};
    if (options.nextToken) query.next_token = options.nextToken;
    if (options.startTime !== undefined) query.start_time = formatLogTime(options.startTime, "startTime");
    if (options.endTime !== undefined) query.end_time = formatLogTime(options.endTime, "endTime");
    const { data } = await this.GET(`${SERVICE}/logs`, { params: { path: servicePath(organizationId, deploymentId, serviceId), query } });
    return data;
  }

  /**
   * POSTs to a running service on the organization's host
   * (`https://{organization_id}.api.abeja.io/deployments/{deployment_id}/services/{service_id}`)
   * and returns the raw `Response`. Bytes, text and Blobs are retried like any call; streams are sent once.
   *
   * @example
   * ```ts
   * import { APIClient } from "@clientele/abeja";
   * const client = new APIClient();
   * const res = await client.requestService("1122334455660", "1111111111111", "ser-abc1111111111111", { json: { foo: "bar" } });
   * console.log(await res.json());
   * const image = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
   * await client.requestService("1122334455660", "1111111111111", "ser-abc1111111111111", { data: image, contentType: "image/png" });
   * ```
   */
  async requestService(
    organizationId: string,
    deploymentId: string,
    serviceId: string,
    body?: ServiceRequestBody,
    options?: RequestOptions,
  ): Promise<Response> {
    const [payload, contentType] = serviceBody(body);
    return this.postToService(organizationId, ["deployments", ["deploymentId", deploymentId], "services", ["serviceId", serviceId]], payload, contentType, options);
  }

  /**
   * POSTs to the service behind the deployment's `default` endpoint
   * (`https://{organization_id}.api.abeja.io/deployments/{deployment_id}`), as the CLI does.
   */
  async requestDefaultEndpoint(organizationId: string, deploymentId: string, body?: ServiceRequestBody, options?: RequestOptions): Promise<Response> {
    const [payload, contentType] = serviceBody(body);
    return this.postToService(organizationId, ["deployments", ["deploymentId", deploymentId]], payload, contentType, options);
  }
}

function servicePath(organizationId: string, deploymentId: string, serviceId: string) {
  return { organization_id: organizationId, deployment_id: deploymentId, service_id: serviceId };
}

/** The body and Content-Type of a service request, as the SDK chooses them. */
function serviceBody(body: ServiceRequestBody | undefined): [BodyInit | undefined, string | undefined] {
  if (!body) return [undefined, undefined];
  const hasJson = "json" in body && body.json !== undefined;
  const hasData = "data" in body && body.data !== undefined && body.data !== null;
  if (hasJson && hasData) throw new TypeError("requestService takes `json` or `data`, not both");
  if (hasJson) return [JSON.stringify(body.json), body.contentType ?? "application/json"];
  if (!hasData) return [undefined, body.contentType];
  const data = body.data as ServiceRequestData;
  const blobType = typeof Blob !== "undefined" && data instanceof Blob ? data.type : "";
  return [toBodyInit(data), body.contentType ?? (blobType || "application/octet-stream")];
}

function toBodyInit(data: ServiceRequestData): BodyInit {
  if (typeof data === "string" || data instanceof ArrayBuffer || data instanceof ReadableStream) return data;
  if (typeof Blob !== "undefined" && data instanceof Blob) return data;
  if (data instanceof Uint8Array) return data as Uint8Array<ArrayBuffer>;
  if (data && typeof data === "object" && Symbol.asyncIterator in data) return streamOf(data);
  throw new TypeError("requestService `data` must be a string, bytes, a Blob or a stream");
}

/** A web stream over an async iterable (a Node `Readable`), so fetch sends it chunk by chunk. */
function streamOf(iterable: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = iterable[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === "string" ? new TextEncoder().encode(value) : value);
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  });
}

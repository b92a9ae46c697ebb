// The deployments family: deployments, code versions, endpoints, triggers, runs and run logs.
// Thin typed methods named and ordered as in the Python SDK's clients; each takes per-call options
// (core's `CallOptions`: timeout, signal, headers, retry) as its last argument.

import { paginate, type CallOptions } from "@clientele/core";
import { iterRecentLogs, formatLogTime, recentLogsQuery, type IterLogsOptions, type LogTime, type RecentLogsOptions } from "./logs.js";
import { ServiceMethods } from "./services.js";
import type {
  CreateRunRequest,
  CreateTriggerRequest,
  Deployment,
  DeploymentList,
  DeploymentVersion,
  DeploymentVersionList,
  DownloadLink,
  Endpoint,
  EndpointList,
  EnvironmentVariables,
  LogEvent,
  LogPage,
  Message,
  RecentLogs,
  Run,
  RunPage,
  Trigger,
  TriggerList,
} from "./types.js";

const DEPLOYMENTS = "/organizations/{organization_id}/deployments";
const DEPLOYMENT = "/organizations/{organization_id}/deployments/{deployment_id}";
const VERSION = `${DEPLOYMENT}/versions/{version_id}` as const;
const ENDPOINT = `${DEPLOYMENT}/endpoints/{endpoint}` as const;
const TRIGGER = `${DEPLOYMENT}/triggers/{trigger_id}` as const;
const RUN = `${DEPLOYMENT}/runs/{run_id}` as const;

/** Paging of run listings. */
export interface RunPageOptions {
  /** `next_page_token` of the previous page. */
  nextPageToken?: string;
  /** `true` lists oldest first; the platform's default is newest first. */
  scanForward?: boolean;
}

/** Options of `createTrigger`. */
export interface CreateTriggerOptions {
  /** Where outputs go; sent only together with `outputServiceId`. */
  outputServiceName?: string;
  outputServiceId?: string;
  /** Number whose remainder selects the queue. */
  distribution?: number;
  /** Retries of a failed run, 0–9 (platform default 5). */
  retryCount?: number;
  /** Environment variables of the runs (sent as `null` when unset, as the SDK does). */
  environment?: EnvironmentVariables;
  /** Trained model to attach (sent as `models: { alias }`). */
  modelId?: string;
}

/** Options of `createRun`. */
export interface CreateRunOptions {
  /** Input, e.g. `{ "$datalake:1": "<channel_id>/<file_id>" }`; left out when empty. */
  inputData?: Record<string, string>;
  /** Output destination in the same form; left out when empty. */
  outputTemplate?: Record<string, string>;
  distribution?: number;
  retryCount?: number;
  /** Environment variables (sent as `{}` when unset). */
  environment?: EnvironmentVariables;
  modelId?: string;
}

/** Options of `getRunLogs`. */
export interface RunLogsOptions {
  /** `next_token` of the previous page. */
  nextToken?: string;
  startTime?: LogTime;
  endTime?: LogTime;
}

/** Deployments, code versions, endpoints, triggers and runs. */
export class DeploymentMethods extends ServiceMethods {
  // ------------------------------------------------------------------ deployments

  /**
   * Creates a deployment (`POST /organizations/{organization_id}/deployments`).
   *
   * @example
   * ```ts
   * import { APIClient } from "@clientele/abeja";
   * const client = new APIClient();
   * const deployment = await client.createDeployment("1122334455660", "image-classifier", { description: "Classifies photos" });
   * console.log(deployment.deployment_id);
   * ```
   */
  async createDeployment(
    organizationId: string,
    name: string,
    options: {
      description?: string;
      /** @deprecated set variables on services, triggers or runs */
      defaultEnvironment?: EnvironmentVariables;
    } = {},
    call?: CallOptions,
  ): Promise<Deployment> {
    if (!name) throw new TypeError("createDeployment: `name` is required");
    const body: { name: string; description: string; default_environment?: EnvironmentVariables } = {
      name,
      description: options.description ?? "",
    };
    // The SDK tests truthiness (`if default_environment:`), so an empty object is not sent either.
    if (options.defaultEnvironment != null && Object.keys(options.defaultEnvironment).length)
      body.default_environment = options.defaultEnvironment;
    const { data } = await this.POST(DEPLOYMENTS, { ...call, params: { path: { organization_id: organizationId } }, body });
    return data;
  }

  /** Lists the organization's deployments: `{ entries }` or a bare array; see `entriesOf`. */
  async getDeployments(organizationId: string, call?: CallOptions): Promise<DeploymentList> {
    const { data } = await this.GET(DEPLOYMENTS, { ...call, params: { path: { organization_id: organizationId } } });
    return data;
  }

  /** Gets a deployment. */
  async getDeployment(organizationId: string, deploymentId: string, call?: CallOptions): Promise<Deployment> {
    const { data } = await this.GET(DEPLOYMENT, { ...call, params: { path: dep(organizationId, deploymentId) } });
    return data;
  }

  /** Renames a deployment, optionally replacing its default environment (`PATCH`). */
  async patchDeployment(
    organizationId: string,
    deploymentId: string,
    name: string,
    defaultEnvironment?: EnvironmentVariables,
    call?: CallOptions,
  ): Promise<Deployment> {
    const body: { name: string; default_environment?: EnvironmentVariables } = { name };
    if (defaultEnvironment != null) body.default_environment = defaultEnvironment;
    const { data } = await this.PATCH(DEPLOYMENT, { ...call, params: { path: dep(organizationId, deploymentId) }, body });
    return data;
  }

  /** Deletes a deployment. */
  async deleteDeployment(organizationId: string, deploymentId: string, call?: CallOptions): Promise<Message> {
    const { data } = await this.DELETE(DEPLOYMENT, { ...call, params: { path: dep(organizationId, deploymentId) } });
    return data;
  }

  // ------------------------------------------------------------------ code versions

  /** Lists a deployment's code versions. */
  async getDeploymentVersions(organizationId: string, deploymentId: string, call?: CallOptions): Promise<DeploymentVersionList> {
    const { data } = await this.GET(`${DEPLOYMENT}/versions`, { ...call, params: { path: dep(organizationId, deploymentId) } });
    return data;
  }

  /**
   * Registers a code version. The answer's `upload_url` is where the source `.tar.gz` must then be PUT
   * (e.g. with core's `uploadToPresignedUrl`).
   */
  async createDeploymentVersion(
    organizationId: string,
    deploymentId: string,
    version: string,
    handler: string,
    image: string,
    userParameters?: EnvironmentVariables,
    call?: CallOptions,
  ): Promise<DeploymentVersion> {
    const body: { version: string; handler: string; image: string; user_parameters?: EnvironmentVariables } = { version, handler, image };
    if (userParameters != null && Object.keys(userParameters).length) body.user_parameters = userParameters;
    const { data } = await this.POST(`${DEPLOYMENT}/versions`, { ...call, params: { path: dep(organizationId, deploymentId) }, body });
    return data;
  }

  /**
   * Creates a code version whose source the platform clones from a git repository
   * (`POST …/git/versions`, the CLI's `create-version-from-git`; the SDK has no method for it).
   *
   * @example
   * ```ts
   * import { APIClient } from "@clientele/abeja";
   * const client = new APIClient();
   * const version = await client.createDeploymentVersionFromGit("1122334455660", "1111111111111", {
   *   gitUrl: "https://github.com/abeja-inc/platform-template-image-classification.git",
   *   version: "0.0.2",
   *   image: "abeja-inc/all-cpu:19.10",
   *   handler: "main:handler",
   * });
   * console.log(version.version_id);
   * ```
   */
  async createDeploymentVersionFromGit(
    organizationId: string,
    deploymentId: string,
    options: {
      gitUrl: string;
      version: string;
      image: string;
      handler?: string;
      gitBranch?: string;
      userParameters?: EnvironmentVariables;
    },
    call?: CallOptions,
  ): Promise<DeploymentVersion> {
    const body: {
      git_url: string;
      version: string;
      image: string;
      handler?: string;
      git_branch?: string;
      user_parameters?: EnvironmentVariables;
    } = { git_url: options.gitUrl, version: options.version, image: options.image };
    if (options.handler) body.handler = options.handler;
    if (options.gitBranch) body.git_branch = options.gitBranch;
    if (options.userParameters != null && Object.keys(options.userParameters).length) body.user_parameters = options.userParameters;
    const { data } = await this.POST(`${DEPLOYMENT}/git/versions`, { ...call, params: { path: dep(organizationId, deploymentId) }, body });
    return data;
  }

  /** Creates a code version from one of the platform's code templates (`POST …/code_templates`). */
  async createDeploymentFromTemplate(
    organizationId: string,
    deploymentId: string,
    templateId: number,
    version: string,
    handler: string,
    image: string,
    userParameters?: EnvironmentVariables,
    call?: CallOptions,
  ): Promise<DeploymentVersion> {
    const body: { template_id: number; version: string; handler: string; image: string; user_parameters?: EnvironmentVariables } = {
      template_id: templateId,
      version,
      handler,
      image,
    };
    if (userParameters != null && Object.keys(userParameters).length) body.user_parameters = userParameters;
    const { data } = await this.POST(`${DEPLOYMENT}/code_templates`, {
      ...call,
      params: { path: dep(organizationId, deploymentId) },
      body,
    });
    return data;
  }

  /** Gets a code version. */
  async getDeploymentVersion(
    organizationId: string,
    deploymentId: string,
    versionId: string,
    call?: CallOptions,
  ): Promise<DeploymentVersion> {
    const { data } = await this.GET(VERSION, {
      ...call,
      params: { path: { ...dep(organizationId, deploymentId), version_id: versionId } },
    });
    return data;
  }

  /** Deletes a code version. */
  async deleteDeploymentVersion(organizationId: string, deploymentId: string, versionId: string, call?: CallOptions): Promise<Message> {
    const { data } = await this.DELETE(VERSION, {
      ...call,
      params: { path: { ...dep(organizationId, deploymentId), version_id: versionId } },
    });
    return data;
  }

  /** A short-lived link to a code version's source archive. */
  async downloadDeploymentVersion(
    organizationId: string,
    deploymentId: string,
    versionId: string,
    call?: CallOptions,
  ): Promise<DownloadLink> {
    const { data } = await this.GET(`${VERSION}/download`, {
      ...call,
      params: { path: { ...dep(organizationId, deploymentId), version_id: versionId } },
    });
    return data;
  }

  // ------------------------------------------------------------------ endpoints

  /** Creates an endpoint routing to a service; the alias defaults to `default`. */
  async createEndpoint(
    organizationId: string,
    deploymentId: string,
    serviceId: string,
    customAlias = "default",
    call?: CallOptions,
  ): Promise<Endpoint> {
    const { data } = await this.POST(`${DEPLOYMENT}/endpoints`, {
      ...call,
      params: { path: dep(organizationId, deploymentId) },
      body: { service_id: serviceId, custom_alias: customAlias },
    });
    return data;
  }

  /** Gets an endpoint by its ID or its custom alias. */
  async getEndpoint(organizationId: string, deploymentId: string, endpoint: string, call?: CallOptions): Promise<Endpoint> {
    const { data } = await this.GET(ENDPOINT, { ...call, params: { path: { ...dep(organizationId, deploymentId), endpoint } } });
    return data;
  }

  /** Lists a deployment's endpoints. */
  async getEndpoints(organizationId: string, deploymentId: string, call?: CallOptions): Promise<EndpointList> {
    const { data } = await this.GET(`${DEPLOYMENT}/endpoints`, { ...call, params: { path: dep(organizationId, deploymentId) } });
    return data;
  }

  /** Points an endpoint at another service. */
  async updateEndpoint(
    organizationId: string,
    deploymentId: string,
    endpoint: string,
    serviceId: string,
    call?: CallOptions,
  ): Promise<Message> {
    const { data } = await this.PATCH(ENDPOINT, {
      ...call,
      params: { path: { ...dep(organizationId, deploymentId), endpoint } },
      body: { service_id: serviceId },
    });
    return data;
  }

  /** Deletes an endpoint. */
  async deleteEndpoint(organizationId: string, deploymentId: string, endpoint: string, call?: CallOptions): Promise<Message> {
    const { data } = await this.DELETE(ENDPOINT, { ...call, params: { path: { ...dep(organizationId, deploymentId), endpoint } } });
    return data;
  }

  // ------------------------------------------------------------------ triggers

  /** Creates a trigger that runs a code version for each file arriving in the input service. */
  async createTrigger(
    organizationId: string,
    deploymentId: string,
    versionId: string,
    inputServiceName: string,
    inputServiceId: string,
    options: CreateTriggerOptions = {},
    call?: CallOptions,
  ): Promise<Trigger> {
    // The generated type makes `retry_count` required because the spec gives it a default; it is optional on the wire.
    const body: Optional<CreateTriggerRequest, "retry_count"> = {
      version_id: versionId,
      input_service_name: inputServiceName,
      input_service_id: inputServiceId,
      environment: options.environment ?? null,
    };
    if (options.outputServiceName && options.outputServiceId) {
      body.output_service_name = options.outputServiceName;
      body.output_service_id = options.outputServiceId;
    }
    if (options.modelId) body.models = { alias: options.modelId };
    if (options.retryCount != null) body.retry_count = options.retryCount;
    if (options.distribution != null) body.distribution = options.distribution;
    const { data } = await this.POST(`${DEPLOYMENT}/triggers`, {
      ...call,
      params: { path: dep(organizationId, deploymentId) },
      body: body as CreateTriggerRequest,
    });
    return data;
  }

  /** Gets a trigger. */
  async getTrigger(organizationId: string, deploymentId: string, triggerId: string, call?: CallOptions): Promise<Trigger> {
    const { data } = await this.GET(TRIGGER, {
      ...call,
      params: { path: { ...dep(organizationId, deploymentId), trigger_id: triggerId } },
    });
    return data;
  }

  /** Lists a deployment's triggers. */
  async getTriggers(organizationId: string, deploymentId: string, call?: CallOptions): Promise<TriggerList> {
    const { data } = await this.GET(`${DEPLOYMENT}/triggers`, { ...call, params: { path: dep(organizationId, deploymentId) } });
    return data;
  }

  /** Deletes a trigger. */
  async deleteTrigger(organizationId: string, deploymentId: string, triggerId: string, call?: CallOptions): Promise<Message> {
    const { data } = await this.DELETE(TRIGGER, {
      ...call,
      params: { path: { ...dep(organizationId, deploymentId), trigger_id: triggerId } },
    });
    return data;
  }

  /** One page of the runs a trigger started. */
  async getTriggerRuns(
    organizationId: string,
    deploymentId: string,
    triggerId: string,
    options: RunPageOptions = {},
    call?: CallOptions,
  ): Promise<RunPage> {
    const { data } = await this.GET(`${TRIGGER}/runs`, {
      ...call,
      params: { path: { ...dep(organizationId, deploymentId), trigger_id: triggerId }, query: pageQuery(options) },
    });
    return data;
  }

  /** Every run a trigger started, over all pages. */
  iterTriggerRuns(
    organizationId: string,
    deploymentId: string,
    triggerId: string,
    options: { scanForward?: boolean } = {},
    call?: CallOptions,
  ): AsyncGenerator<Run, void, undefined> {
    const page = (token: string | undefined) =>
      this.getTriggerRuns(organizationId, deploymentId, triggerId, { ...options, nextPageToken: token }, call);
    return paginate<Run>(page, {
      itemsField: "entries",
      what: `runs of trigger ${triggerId}`,
    });
  }

  // ------------------------------------------------------------------ runs

  /**
   * Starts a run of a code version.
   *
   * @example
   * ```ts
   * import { APIClient } from "@clientele/abeja";
   * const client = new APIClient();
   * const run = await client.createRun("1122334455660", "1111111111111", "ver-abc1111111111111", {
   *   inputData: { "$datalake:1": "2222222222222/20180101T000000-aaaa" },
   * });
   * console.log(run.run_id, run.status);
   * ```
   */
  async createRun(
    organizationId: string,
    deploymentId: string,
    versionId: string,
    options: CreateRunOptions = {},
    call?: CallOptions,
  ): Promise<Run> {
    const body: Optional<CreateRunRequest, "retry_count"> = { version_id: versionId, environment: options.environment ?? {} };
    if (options.inputData && Object.keys(options.inputData).length) body.input_data = options.inputData;
    if (options.modelId) body.models = { alias: options.modelId };
    if (options.outputTemplate && Object.keys(options.outputTemplate).length) body.output_template = options.outputTemplate;
    if (options.retryCount != null) body.retry_count = options.retryCount;
    if (options.distribution != null) body.distribution = options.distribution;
    const { data } = await this.POST(`${DEPLOYMENT}/runs`, {
      ...call,
      params: { path: dep(organizationId, deploymentId) },
      body: body as CreateRunRequest,
    });
    return data;
  }

  /** Gets a run. */
  async getRun(organizationId: string, deploymentId: string, runId: string, call?: CallOptions): Promise<Run> {
    const { data } = await this.GET(RUN, { ...call, params: { path: { ...dep(organizationId, deploymentId), run_id: runId } } });
    return data;
  }

  /** One page of a deployment's runs. */
  async getRuns(organizationId: string, deploymentId: string, options: RunPageOptions = {}, call?: CallOptions): Promise<RunPage> {
    const { data } = await this.GET(`${DEPLOYMENT}/runs`, {
      ...call,
      params: { path: dep(organizationId, deploymentId), query: pageQuery(options) },
    });
    return data;
  }

  /** Every run of a deployment, over all pages. */
  iterRuns(
    organizationId: string,
    deploymentId: string,
    options: { scanForward?: boolean } = {},
    call?: CallOptions,
  ): AsyncGenerator<Run, void, undefined> {
    return paginate<Run>((token) => this.getRuns(organizationId, deploymentId, { ...options, nextPageToken: token }, call), {
      itemsField: "entries",
      what: `runs of deployment ${deploymentId}`,
    });
  }

  /** One page of a run's log lines, oldest first. */
  async getRunLogs(
    organizationId: string,
    deploymentId: string,
    runId: string,
    options: RunLogsOptions = {},
    call?: CallOptions,
  ): Promise<LogPage> {
    const query: { next_token?: string; start_time?: string; end_time?: string } = {};
    if (options.nextToken) query.next_token = options.nextToken;
    if (options.startTime !== undefined) query.start_time = formatLogTime(options.startTime, "startTime");
    if (options.endTime !== undefined) query.end_time = formatLogTime(options.endTime, "endTime");
    const { data } = await this.GET(`${RUN}/logs`, {
      ...call,
      params: { path: { ...dep(organizationId, deploymentId), run_id: runId }, query },
    });
    return data;
  }

  /** Every log line of a run, oldest first, over all pages (`next_token` until it is absent). */
  iterRunLogs(
    organizationId: string,
    deploymentId: string,
    runId: string,
    options: { startTime?: LogTime; endTime?: LogTime } = {},
    call?: CallOptions,
  ): AsyncGenerator<LogEvent, void, undefined> {
    return paginate<LogEvent>((token) => this.getRunLogs(organizationId, deploymentId, runId, { ...options, nextToken: token }, call), {
      itemsField: "events",
      tokenField: "next_token",
      what: `logs of run ${runId}`,
    });
  }

  /** One page of a run's recent log lines, newest first (same contract as the services' `recentlogs`). */
  async getRunRecentLogs(
    organizationId: string,
    deploymentId: string,
    runId: string,
    options: RecentLogsOptions = {},
    call?: CallOptions,
  ): Promise<RecentLogs> {
    const { data } = await this.GET(`${RUN}/recentlogs`, {
      ...call,
      params: { path: { ...dep(organizationId, deploymentId), run_id: runId }, query: recentLogsQuery(options) },
    });
    return data;
  }

  /** Every recent log line of a run over all pages, newest first (see `iterServiceLogs`). */
  iterRunRecentLogs(
    organizationId: string,
    deploymentId: string,
    runId: string,
    options: IterLogsOptions = {},
    call?: CallOptions,
  ): AsyncGenerator<LogEvent, void, undefined> {
    const page = (query: RecentLogsOptions) => this.getRunRecentLogs(organizationId, deploymentId, runId, query, call);
    return iterRecentLogs(page, options, `recent logs of run ${runId}`);
  }
}

type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

function dep(organizationId: string, deploymentId: string) {
  return { organization_id: organizationId, deployment_id: deploymentId };
}

function pageQuery(options: RunPageOptions): { next_page_token?: string; scan_forward?: "True" | "False" } {
  const query: { next_page_token?: string; scan_forward?: "True" | "False" } = {};
  if (options.nextPageToken) query.next_page_token = options.nextPageToken;
  // The SDK's bytes: requests encodes a Python bool with str(), so `True` / `False`.
  if (options.scanForward !== undefined) query.scan_forward = options.scanForward ? "True" : "False";
  return query;
}

// The everyday helpers of one application: start runs, wait for them, read results, list things.

import { ClienteleError, expectField, poll, pollOptions, type CallOptions, type PollOptions } from "@clientele/core";
import type { components } from "@clientele/nextmv-types";
import type { Client } from "./client.js";
import { listPages, type ListOptions } from "./pages.js";
import { NEXTMV_POLL_DEFAULTS } from "./polling.js";
import {
  isTerminal,
  outputNeedsUrl,
  planInput,
  stringOptions,
  type NewRunOptions,
  type Run,
  type RunInformation,
  type RunLogs,
  type RunResult,
  type StatusV2,
  type UploadUrl,
} from "./runs.js";

type Schemas = components["schemas"];

/**
 * One application of the account, with the helpers the Python SDK's `Application` offers for
 * runs: start one (uploading large or non-JSON inputs automatically), poll it, fetch its result
 * (downloading large or non-JSON outputs), read logs, cancel; and paged listings.
 *
 * @example
 * ```ts
 * import { Client } from "@clientele/nextmv";
 * const app = new Client({ apiKey: "my-api-key" }).application("routing-app");
 * const result = await app.newRunWithResult({ input: { stops: [], vehicles: [] }, instanceId: "latest" });
 * console.log(result.metadata.status_v2, result.output);
 * ```
 */
export class Application {
  constructor(
    /** The client the calls go through. */
    readonly client: Client,
    /** The application id. */
    readonly id: string,
  ) {
    if (!id) throw new TypeError("Application: the application id must not be empty");
  }

  #path() {
    return { application_id: this.id };
  }

  /** How errors name an operation of this application: `GET /v1/applications/<id>/runs/<run>`. */
  #operation(method: string, rest: string): string {
    return `${method} /v1/applications/${this.id}${rest}`;
  }

  /** A presigned URL (and its `upload_id`) for data too large, or not JSON, to send inline. */
  async uploadUrl(options: CallOptions = {}): Promise<UploadUrl> {
    const { data } = await this.client.POST("/v1/applications/{application_id}/runs/uploadurl", {
      params: { path: this.#path() },
      ...callOptions(options),
    });
    const operation = this.#operation("POST", "/runs/uploadurl");
    return { upload_id: expectField<string>(data, "upload_id", operation), upload_url: expectField<string>(data, "upload_url", operation) };
  }

  /**
   * Uploads data (or a `.tar.gz` file) through a fresh upload URL and returns its `upload_id`, to pass
   * as `uploadId` to {@link newRun} or to managed inputs.
   */
  async uploadData(
    source: { data: Record<string, unknown> | unknown[] | string | Uint8Array | Blob } | { tarFile: string },
    options: CallOptions & { onProgress?: (sent: number, total: number) => void } = {},
  ): Promise<string> {
    const { onProgress, ...call } = options;
    const { upload_id, upload_url } = await this.uploadUrl(call);
    // The PUT runs on the client's transfer settings (its own timeout, no API key); the signal still applies.
    await this.client.uploadToPresignedUrl({ url: upload_url, ...source, onProgress, signal: call.signal });
    return upload_id;
  }

  /**
   * Starts a run and returns its id. JSON inputs up to 5 MiB go inline; larger ones, strings,
   * bytes, `tarFile` archives and non-JSON formats are uploaded first and referenced by `upload_id`.
   */
  async newRun(options: NewRunOptions = {}): Promise<string> {
    const sources = [
      options.input !== undefined,
      options.tarFile !== undefined,
      options.uploadId !== undefined,
      options.inputId !== undefined,
    ];
    if (sources.filter(Boolean).length > 1) {
      throw new TypeError("newRun(): give only one of `input`, `tarFile`, `uploadId` and `inputId`");
    }
    const plan = planInput(options);
    const configuration = { ...options.configuration };
    let uploadId = options.uploadId;
    let input: unknown;
    if (plan.kind === "inline") {
      input = plan.input;
      configuration.format = { ...configuration.format, input: { ...configuration.format?.input, type: "json" } };
    } else if (plan.kind === "upload" || plan.kind === "upload-file") {
      const source = plan.kind === "upload" ? { data: plan.data } : { tarFile: plan.path };
      uploadId = await this.uploadData(source, { ...callOptions(options), onProgress: options.onUploadProgress });
      configuration.format = { ...configuration.format, input: { ...configuration.format?.input, type: plan.format } };
    }
    const body: Schemas["CreateRunRequest"] = {
      ...(input !== undefined && { input }),
      ...(uploadId !== undefined && { upload_id: uploadId }),
      ...(options.inputId !== undefined && { input_id: options.inputId }),
      ...(options.name !== undefined && { name: options.name }),
      ...(options.description !== undefined && { description: options.description }),
      ...(options.options !== undefined && { options: stringOptions(options.options) }),
      ...(options.batchExperimentId !== undefined && { batch_experiment_id: options.batchExperimentId }),
      ...(options.result !== undefined && { result: options.result }),
      configuration,
    };
    const { data } = await this.client.POST("/v1/applications/{application_id}/runs", {
      params: { path: this.#path(), query: options.instanceId ? { instance_id: options.instanceId } : undefined },
      body,
      ...callOptions(options),
    });
    return expectField<string>(data, "run_id", this.#operation("POST", "/runs"));
  }

  /** A run's status and metadata, without its output (the call to poll). */
  async runMetadata(runId: string, options: CallOptions = {}): Promise<RunInformation> {
    const { data } = await this.client.GET("/v1/applications/{application_id}/runs/{run_id}/metadata", {
      params: { path: { ...this.#path(), run_id: runId } },
      ...callOptions(options),
    });
    return data;
  }

  /**
   * A run with its output. When the output is not JSON or is over 5 MiB it is requested as a link
   * (`format=url`) and downloaded: JSON is parsed, archives come back as bytes.
   */
  async runResult(runId: string, options: CallOptions = {}): Promise<RunResult> {
    const info = await this.runMetadata(runId, options);
    return this.#result(runId, info, options);
  }

  async #result(runId: string, info: RunInformation, options: CallOptions): Promise<RunResult> {
    const metadata = expectField<RunInformation["metadata"]>(info, "metadata", this.#operation("GET", `/runs/${runId}/metadata`));
    const byUrl = outputNeedsUrl(metadata);
    const { data } = await this.client.GET("/v1/applications/{application_id}/runs/{run_id}", {
      params: { path: { ...this.#path(), run_id: runId }, query: byUrl ? { format: "url" } : undefined },
      ...callOptions(options),
    });
    const result: RunResult = { ...data };
    const link = data.output as { url?: unknown } | null | undefined;
    if (byUrl && link && typeof link.url === "string") {
      const response = await this.client.downloadFromPresignedUrl(link.url, { signal: options.signal });
      const json = (metadata.format?.output?.type ?? "json") === "json";
      result.output = json ? await response.json() : new Uint8Array(await response.arrayBuffer());
    }
    return result;
  }

  /**
   * Polls a run's metadata until it succeeded, failed or was canceled, then returns its result.
   * Polling follows the SDK's defaults ({@link NEXTMV_POLL_DEFAULTS}: first check after 1 s,
   * growing waits up to 20 s, at most 100 checks or 5 minutes); override any of them, in ms,
   * through `polling`. `options` apply to each request (metadata checks and the result).
   *
   * @throws TimeoutError after `polling.maxDuration`; ClienteleError after `polling.maxTries`, or
   * when the metadata answer has no `metadata.status_v2`.
   *
   * @example
   * ```ts
   * import { Client } from "@clientele/nextmv";
   * const app = new Client({ apiKey: "my-api-key" }).application("routing-app");
   * const result = await app.runResultWithPolling("run-1", { maxDuration: 60_000 }, { timeout: 5_000 });
   * ```
   */
  async runResultWithPolling(runId: string, polling: PollOptions = {}, options: CallOptions = {}): Promise<RunResult> {
    const call = { ...options, signal: options.signal ?? polling.signal };
    const operation = this.#operation("GET", `/runs/${runId}/metadata`);
    const info = await poll<RunInformation>(
      async () => {
        const current = await this.runMetadata(runId, call);
        return isTerminal(expectField<StatusV2>(current, "metadata.status_v2", operation))
          ? { done: true, value: current }
          : { done: false };
      },
      pollOptions({ ...NEXTMV_POLL_DEFAULTS, what: `run ${runId}` }, polling),
    );
    if (!info) throw new ClienteleError(`polling of run ${runId} was stopped before the run finished`);
    return this.#result(runId, info, call);
  }

  /** {@link newRun}, then {@link runResultWithPolling}; the per-call options of `options` apply to every request. */
  async newRunWithResult(options: NewRunOptions = {}, polling: PollOptions = {}): Promise<RunResult> {
    const runId = await this.newRun(options);
    return this.runResultWithPolling(runId, polling, callOptions(options));
  }

  /** The logs of a finished run (`{ log }`). */
  async runLogs(runId: string, options: CallOptions = {}): Promise<RunLogs> {
    const { data } = await this.client.GET("/v1/applications/{application_id}/runs/{run_id}/logs", {
      params: { path: { ...this.#path(), run_id: runId } },
      ...callOptions(options),
    });
    return data;
  }

  /** Cancels a run that has not finished. */
  async cancelRun(runId: string, options: CallOptions = {}): Promise<void> {
    await this.client.PATCH("/v1/applications/{application_id}/runs/{run_id}/cancel", {
      params: { path: { ...this.#path(), run_id: runId } },
      ...callOptions(options),
    });
  }

  /** Link to the run's page in the Nextmv Console. */
  runConsoleUrl(runId: string): string {
    return `${this.client.consoleUrl}/app/${encodeURIComponent(this.id)}/run/${encodeURIComponent(runId)}?view=details`;
  }

  /** Runs of the application, newest first, following pages; `status` filters on `status_v2`. */
  async *listRuns(options: ListOptions & { status?: Schemas["StatusV2"] } = {}): AsyncGenerator<Run, void, undefined> {
    const runs = listPages<Run>(
      async (query) =>
        (
          await this.client.GET("/v1/applications/{application_id}/runs", {
            params: { path: this.#path(), query },
            ...callOptions(options),
          })
        ).data,
      `GET /v1/applications/${this.id}/runs`,
      { ...options, legacyField: "runs" },
    );
    for await (const run of runs) if (!options.status || run.status_v2 === options.status) yield run;
  }

  /** Instances of the application, following pages. */
  listInstances(options: ListOptions = {}): AsyncGenerator<Schemas["Instance"], void, undefined> {
    return listPages(
      async (query) =>
        (
          await this.client.GET("/v1/applications/{application_id}/instances", {
            params: { path: this.#path(), query },
            ...callOptions(options),
          })
        ).data,
      `GET /v1/applications/${this.id}/instances`,
      options,
    );
  }

  /** Versions of the application, following pages. */
  listVersions(options: ListOptions = {}): AsyncGenerator<Schemas["Version"], void, undefined> {
    return listPages(
      async (query) =>
        (
          await this.client.GET("/v1/applications/{application_id}/versions", {
            params: { path: this.#path(), query },
            ...callOptions(options),
          })
        ).data,
      `GET /v1/applications/${this.id}/versions`,
      options,
    );
  }

  /** Managed inputs of the application, following pages. */
  listManagedInputs(options: ListOptions = {}): AsyncGenerator<Schemas["ManagedInput"], void, undefined> {
    return listPages(
      async (query) =>
        (
          await this.client.GET("/v1/applications/{application_id}/inputs", {
            params: { path: this.#path(), query },
            ...callOptions(options),
          })
        ).data,
      `GET /v1/applications/${this.id}/inputs`,
      options,
    );
  }

  /** Input sets of the application's experiments, following pages. */
  listInputSets(options: ListOptions = {}): AsyncGenerator<Schemas["InputSet"], void, undefined> {
    return listPages(
      async (query) =>
        (
          await this.client.GET("/v1/applications/{application_id}/experiments/inputsets", {
            params: { path: this.#path(), query },
            ...callOptions(options),
          })
        ).data,
      `GET /v1/applications/${this.id}/experiments/inputsets`,
      options,
    );
  }

  /** Batch experiments (or, with `type: "scenario"`, scenario tests), following pages. */
  listBatchExperiments(
    options: ListOptions & { type?: Schemas["BatchExperimentType"] } = {},
  ): AsyncGenerator<Schemas["BatchExperimentMetadata"], void, undefined> {
    const type = options.type ?? "batch";
    return listPages(
      async (query) =>
        (
          await this.client.GET("/v1/applications/{application_id}/experiments/batch", {
            params: { path: this.#path(), query: { ...query, type } },
            ...callOptions(options),
          })
        ).data,
      `GET /v1/applications/${this.id}/experiments/batch?type=${type}`,
      options,
    );
  }

  /** Acceptance tests, following pages. */
  listAcceptanceTests(options: ListOptions = {}): AsyncGenerator<Schemas["AcceptanceTest"], void, undefined> {
    return listPages(
      async (query) =>
        (
          await this.client.GET("/v1/applications/{application_id}/experiments/acceptance", {
            params: { path: this.#path(), query },
            ...callOptions(options),
          })
        ).data,
      `GET /v1/applications/${this.id}/experiments/acceptance`,
      options,
    );
  }

  /** Shadow tests, following pages. */
  listShadowTests(options: ListOptions = {}): AsyncGenerator<Schemas["ShadowTest"], void, undefined> {
    return listPages(
      async (query) =>
        (
          await this.client.GET("/v1/applications/{application_id}/experiments/shadow", {
            params: { path: this.#path(), query },
            ...callOptions(options),
          })
        ).data,
      `GET /v1/applications/${this.id}/experiments/shadow`,
      options,
    );
  }

  /** Switchback tests, following pages. */
  listSwitchbackTests(options: ListOptions = {}): AsyncGenerator<Schemas["SwitchbackTest"], void, undefined> {
    return listPages(
      async (query) =>
        (
          await this.client.GET("/v1/applications/{application_id}/experiments/switchback", {
            params: { path: this.#path(), query },
            ...callOptions(options),
          })
        ).data,
      `GET /v1/applications/${this.id}/experiments/switchback`,
      options,
    );
  }

  /** Ensemble definitions, following pages. */
  listEnsembles(options: ListOptions = {}): AsyncGenerator<Schemas["EnsembleDefinition"], void, undefined> {
    return listPages(
      async (query) =>
        (
          await this.client.GET("/v1/applications/{application_id}/ensembles", {
            params: { path: this.#path(), query },
            ...callOptions(options),
          })
        ).data,
      `GET /v1/applications/${this.id}/ensembles`,
      options,
    );
  }

  /** Secrets collections (summaries), following pages. */
  listSecretsCollections(options: ListOptions = {}): AsyncGenerator<Schemas["SecretsCollectionSummary"], void, undefined> {
    return listPages(
      async (query) =>
        (
          await this.client.GET("/v1/applications/{application_id}/secrets", {
            params: { path: this.#path(), query },
            ...callOptions(options),
          })
        ).data,
      `GET /v1/applications/${this.id}/secrets`,
      options,
    );
  }
}

/** Core's per-call options out of a helper's wider options object (the rest is not for the wire). */
function callOptions(options: CallOptions): CallOptions {
  const { timeout, signal, headers, retry } = options;
  return { timeout, signal, headers, retry };
}

// Run types and the rules of the large-payload flow: when inputs are uploaded and outputs linked.

import { getSize, type CallOptions } from "@clientele/core";
import type { components } from "@clientele/nextmv-types";

/** The named schemas of the Nextmv spec. */
export type Schemas = components["schemas"];
export type RunInformation = Schemas["RunInformation"];
export type RunMetadata = Schemas["RunMetadata"];
export type RunConfiguration = Schemas["RunConfiguration"];
export type ContentFormat = Schemas["ContentFormat"];
export type StatusV2 = Schemas["StatusV2"];
export type Run = Schemas["Run"];
export type RunLogs = Schemas["RunLogs"];
export type UploadUrl = Schemas["UploadUrl"];
export type ExternalRunResult = Schemas["ExternalRunResult"];

/** Inputs and outputs above this size (5 MiB) travel through presigned URLs, not inline. */
export const MAX_INLINE_RUN_SIZE = 5 * 1024 * 1024;

/** Statuses after which a run no longer changes. */
export const TERMINAL_STATUSES: readonly StatusV2[] = ["succeeded", "failed", "canceled"];

/** Whether a run status is final (`succeeded`, `failed` or `canceled`). */
export function isTerminal(status: StatusV2 | undefined): boolean {
  return status !== undefined && TERMINAL_STATUSES.includes(status);
}

/**
 * A run with its output. `output` is the JSON output, or the downloaded bytes (a `.tar.gz`
 * archive) for `multi-file` and `csv-archive` outputs; absent when the run produced none.
 */
export type RunResult = Omit<Schemas["RunResult"], "output"> & { output?: unknown };

/**
 * What {@link Application.newRun} takes. Give one input source: `input`, `tarFile`, `uploadId` or
 * `inputId`. Core's per-call options (`timeout`, `signal`, `headers`, `retry`) apply to its API calls.
 */
export interface NewRunOptions extends CallOptions {
  /**
   * The input. A JSON object or array up to 5 MiB is sent inline; anything larger, any string or
   * bytes, and any input whose configured format is not `json` goes through an upload URL.
   */
  input?: unknown;
  /** A `.tar.gz` archive of a multi-file input, uploaded from disk. */
  tarFile?: string;
  /** An upload id from `uploadUrl()` whose data you already uploaded. */
  uploadId?: string;
  /** A managed input to run on. */
  inputId?: string;
  /** Instance to run; the application's default instance when absent. */
  instanceId?: string;
  name?: string;
  description?: string;
  /** Application options; values that are not strings are sent as JSON text. */
  options?: Record<string, unknown>;
  /** Run configuration; `format.input.type` is filled in from the input when you leave it out. */
  configuration?: RunConfiguration;
  /** Attach the run to a batch experiment. */
  batchExperimentId?: string;
  /** The outcome of a run executed elsewhere (an external run). */
  result?: ExternalRunResult;
  /** Progress of an upload, when there is one: `(sentBytes, totalBytes)`. */
  onUploadProgress?: (sent: number, total: number) => void;
}

/** How an input travels: inline in the create-run body, or uploaded first. */
export type InputPlan =
  | { kind: "none" }
  | { kind: "inline"; input: unknown }
  | { kind: "upload"; data: Record<string, unknown> | unknown[] | string | Uint8Array | Blob; format: ContentFormat }
  | { kind: "upload-file"; path: string; format: ContentFormat };

/** Decides how an input is sent, and with which content format. */
export function planInput(options: Pick<NewRunOptions, "input" | "tarFile" | "configuration">): InputPlan {
  const configured = options.configuration?.format?.input?.type;
  if (options.tarFile !== undefined) return { kind: "upload-file", path: options.tarFile, format: configured ?? "multi-file" };
  const input = options.input;
  if (input === undefined) return { kind: "none" };
  if (typeof input === "string") return { kind: "upload", data: input, format: configured ?? "text" };
  if (input instanceof Uint8Array || (typeof Blob !== "undefined" && input instanceof Blob)) {
    return { kind: "upload", data: input, format: configured ?? "multi-file" };
  }
  if (input === null || typeof input !== "object") {
    throw new TypeError(
      `newRun(): \`input\` must be a JSON object or array, a string, or bytes; got ${input === null ? "null" : typeof input}`,
    );
  }
  const json = input as Record<string, unknown> | unknown[];
  const format = configured ?? "json";
  if (format !== "json" || getSize(json) > MAX_INLINE_RUN_SIZE) return { kind: "upload", data: json, format };
  return { kind: "inline", input: json };
}

/** Whether a run's output must be fetched with `format=url`: not JSON, or over 5 MiB. */
export function outputNeedsUrl(metadata: Pick<RunMetadata, "format" | "output_size">): boolean {
  const type = metadata.format?.output?.type ?? "json";
  return type !== "json" || (metadata.output_size ?? 0) > MAX_INLINE_RUN_SIZE;
}

/** Run options as the API wants them: every value a string. */
export function stringOptions(options: Record<string, unknown> | undefined): Record<string, string> | undefined {
  if (!options) return undefined;
  return Object.fromEntries(Object.entries(options).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
}

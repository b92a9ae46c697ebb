// lxdapi's transcript layout, as core's `transcriptFormat`: JSON indented by 4, a line of 24 `=`
// after each response, and the websocket secrets of operations removed.

import { REDACTED, type TranscriptFormatter } from "@clientele/core";

/** Closes each response block, as lxdapi prints it. */
const SEPARATOR = "=".repeat(24);

/**
 * One transcript block in lxdapi's layout:
 * `PUT http+unix://%2F…/1.0/instances/c1/state`, the JSON body indented by 4; `HTTP/202`, the body, `========================`.
 */
export const lxdTranscriptFormat: TranscriptFormatter = (entry) => {
  if (entry.kind === "note") return entry.note ?? "";
  const head =
    entry.kind === "request"
      ? `${entry.method} ${entry.url}${entry.attempt && entry.attempt > 1 ? ` (attempt ${entry.attempt})` : ""}`
      : `HTTP/${entry.status}${entry.note ?? ""}`;
  const text = entry.json ? JSON.stringify(redactOperationSecrets(entry.body), null, 4) : String(entry.body);
  const body = entry.body === undefined ? "" : `\n${text}`;
  return `${head}${body}${entry.kind === "response" ? `\n${SEPARATOR}` : ""}`;
};

/**
 * Websocket operations (exec, console, migration) carry the secrets that open their websockets
 * in their `metadata` (`fds`, `control`, `fs`...): anyone holding them can attach.
 */
export function redactOperationSecrets(value: unknown, depth = 0): unknown {
  if (depth > 64 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => redactOperationSecrets(v, depth + 1));
  const out: Record<string, unknown> = {};
  const object = value as Record<string, unknown>;
  for (const [k, v] of Object.entries(object)) {
    if (k === "metadata" && object.class === "websocket" && v && typeof v === "object") out[k] = redactStrings(v, depth + 1);
    else if (k === "fds" && v && typeof v === "object") out[k] = redactStrings(v, depth + 1);
    else out[k] = redactOperationSecrets(v, depth + 1);
  }
  return out;
}

function redactStrings(value: unknown, depth: number): unknown {
  if (typeof value === "string") return value ? REDACTED : value;
  if (depth > 64 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => redactStrings(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactStrings(v, depth + 1)]));
}

// lxdapi's transcript layout over core's transcripts: JSON indented by 4, a line of 24 `=` after
// each response, and the websocket secrets of operations removed.

import { REDACTED, resolveLogger, type DebugOption, type Logger } from "@clientele/core";

const SEPARATOR = "=".repeat(24);

/** The logger to use for `debug`, in lxdapi's layout, or `undefined` when debugging is off. */
export function lxdLogger(option: DebugOption): Logger | undefined {
  const base = resolveLogger(option);
  if (!base) return undefined;
  return (text) => {
    const newline = text.indexOf("\n");
    const head = newline < 0 ? text : text.slice(0, newline);
    let rest = newline < 0 ? "" : text.slice(newline + 1);
    if (rest) {
      try {
        rest = JSON.stringify(redactOperationSecrets(JSON.parse(rest)), null, 4);
      } catch {
        // not JSON: printed as core wrote it
      }
    }
    const isResponse = /^HTTP\/\d/.test(head);
    base(`${head}${rest ? `\n${rest}` : ""}${isResponse ? `\n${SEPARATOR}` : ""}`);
  };
}

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

// How LXD's answers say what went wrong. Core builds every error; this file only reads LXD's
// envelopes: `error` of an error answer, else the `err` of a failed operation.

import { APIException, type ErrorFields } from "@clientele/core";

/**
 * lxdapi's names for core's classes (the same classes, so `instanceof` holds whichever package
 * imported them): `APIException` for any failed answer, `APINotFoundException` (core's `NotFound`) for 404.
 */
export { APIException, NotFound as APINotFoundException } from "@clientele/core";

/** What every LXD answer error carries besides core's fields. */
export interface LxdErrorFields {
  /** Why, as the daemon says it: the envelope's `error`, else the failed operation's `err` ("" when neither). */
  readonly error: string;
}

interface EnvelopeLike {
  type?: unknown;
  error?: unknown;
  metadata?: unknown;
}

/** The first metadata along the `metadata.metadata…` chain whose `status_code` is ≥ 400 (a failed or cancelled operation). */
export function failedMetadata(metadata: unknown): { status_code: number; err?: unknown } | undefined {
  for (let m = metadata, depth = 0; isRecord(m) && depth < 32; depth++) {
    if (typeof m.status_code === "number" && m.status_code >= 400) return m as { status_code: number };
    m = m.metadata;
  }
  return undefined;
}

/**
 * Core's `errorFields` for LXD: the reason is the envelope's `error`, else the `err` of the failed
 * operation along the metadata chain (else `metadata.err`); it is also the error's `error` field.
 */
export function lxdErrorFields(body: unknown): ErrorFields {
  const text = reasonOf(body);
  return { message: text || undefined, fields: { error: text } };
}

function reasonOf(body: unknown): string {
  if (!isRecord(body)) return "";
  const b = body as EnvelopeLike;
  if (typeof b.error === "string" && b.error.trim()) return b.error.trim();
  const err = failedMetadata(b.metadata)?.err ?? (isRecord(b.metadata) ? b.metadata.err : undefined);
  return typeof err === "string" ? err.trim() : "";
}

/** What a successful HTTP answer is checked against: an error envelope or a failed operation inside a 2xx. */
export interface AnswerSummary {
  status: number;
  method: string;
  url: string;
  headers: Headers;
  requestHeaders: Record<string, string>;
  body: unknown;
}

/**
 * The error a 2xx answer stands for (an error envelope, or any `metadata.status_code ≥ 400` along
 * the chain), or `undefined` when it reports success. Built by core, as every other error.
 */
export function failureOf(answer: AnswerSummary): APIException | undefined {
  const body = answer.body;
  if (answer.status < 400 && !envelopeFailed(body)) return undefined;
  const { message, fields } = lxdErrorFields(body);
  return APIException.from({
    status: answer.status,
    method: answer.method,
    url: answer.url,
    headers: answer.headers,
    requestHeaders: answer.requestHeaders,
    body,
    ...(message ? { serverMessage: message } : {}),
    ...(fields ? { fields } : {}),
  });
}

/** Whether a body says the transaction failed though HTTP says it worked: an error envelope, a failed operation. */
export function envelopeFailed(body: unknown): boolean {
  return isRecord(body) && (body.type === "error" || failedMetadata(body.metadata) !== undefined);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

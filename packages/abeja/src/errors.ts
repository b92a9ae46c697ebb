// ABEJA's error body (`error`, `error_description`, `error_detail`): how core reads it into an
// error's message and fields, and a reader with the Python SDK's fallbacks for users.

import { APIException, STATUS_TEXT, type ErrorFields } from "@clientele/core";

/** The fields of an ABEJA error, as the Python SDK's `HttpError` has them. */
export interface AbejaErrorFields {
  /** Short error code (`bad_request`), or the HTTP reason phrase when the body has none. */
  error: string;
  /** The explanation, or the raw body text when the body is not JSON or has none. */
  errorDescription: string;
  /** Per-field validation messages, when the platform sent them. */
  errorDetail?: unknown;
  /** HTTP status. */
  status: number;
  /** Request URL (secrets removed). */
  url: string;
}

/**
 * An `APIException` thrown by this package. Core sets ABEJA's fields on it as own, read-only
 * properties: `error` is the body's, else the HTTP reason phrase, as the SDK has it.
 */
export type AbejaAPIException = APIException & {
  readonly error: string;
  readonly errorDescription: string;
  readonly errorDetail?: unknown;
};

/** What an ABEJA error body says; `error` is absent when the body has none. */
function readBody(body: unknown): { error?: string; errorDescription: string; errorDetail?: unknown } {
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return { errorDescription: typeof body === "string" ? body : body === undefined || body === null ? "" : JSON.stringify(body) };
  }
  const b = body as Record<string, unknown>;
  const read: { error?: string; errorDescription: string; errorDetail?: unknown } = {
    errorDescription: typeof b.error_description === "string" ? b.error_description : JSON.stringify(body),
  };
  if (typeof b.error === "string" && b.error) read.error = b.error;
  if (b.error_detail !== undefined && b.error_detail !== null) read.errorDetail = b.error_detail;
  return read;
}

/**
 * Core's `errorFields` for ABEJA: the message reason `error: description (details)` and the
 * fields `error`, `errorDescription`, `errorDetail`. Core removes secrets from both.
 * @internal
 */
export function errorFields(body: unknown, context: { status: number }): ErrorFields {
  const read = readBody(body);
  const fields = { ...read, error: read.error ?? STATUS_TEXT[context.status] ?? "unknown" };
  if (!body || typeof body !== "object" || Array.isArray(body)) return { fields };
  const b = body as Record<string, unknown>;
  const description = typeof b.error_description === "string" && b.error_description ? b.error_description : undefined;
  let message = read.error && description ? `${read.error}: ${description}` : (description ?? read.error);
  if (message && fields.errorDetail !== undefined) message += ` (${JSON.stringify(fields.errorDetail)})`;
  return { message, fields };
}

/**
 * Reads `error`, `errorDescription` and `errorDetail` from any `APIException`, with the SDK's
 * fallbacks: the reason phrase for a missing `error`, the body text for a missing description.
 *
 * @example
 * ```ts
 * import { APIClient, NotFound, abejaErrorFields } from "@clientele/abeja";
 * const client = new APIClient({ credential: { authToken: "token" } });
 * try {
 *   await client.getService("1122334455660", "1111111111111", "ser-abc1111111111111");
 * } catch (e) {
 *   if (e instanceof NotFound) console.log(abejaErrorFields(e).errorDescription);
 * }
 * ```
 */
export function abejaErrorFields(e: APIException): AbejaErrorFields {
  const read = readBody(e.body);
  const fields: AbejaErrorFields = {
    error: read.error ?? STATUS_TEXT[e.status] ?? "unknown",
    errorDescription: read.errorDescription,
    status: e.status,
    url: e.url,
  };
  if (read.errorDetail !== undefined) fields.errorDetail = read.errorDetail;
  return fields;
}

/** Whether `e` is an `APIException` carrying the ABEJA fields (every HTTP error this package throws does). */
export function isAbejaError(e: unknown): e is AbejaAPIException {
  return e instanceof APIException && typeof (e as { errorDescription?: unknown }).errorDescription === "string";
}

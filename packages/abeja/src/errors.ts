// ABEJA's error body (`error`, `error_description`, `error_detail`) on core's typed errors.

import { APIException } from "@clientele/core";

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

/** An `APIException` (or subclass) thrown by this package: it carries the ABEJA fields too. */
export type AbejaAPIException = APIException & AbejaErrorFields;

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

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
  const body = e.body;
  const reason = REASONS[e.status] ?? "unknown";
  if (body && typeof body === "object" && !Array.isArray(body)) {
    const b = body as Record<string, unknown>;
    const fields: AbejaErrorFields = {
      error: typeof b.error === "string" && b.error ? b.error : reason,
      errorDescription: typeof b.error_description === "string" ? b.error_description : JSON.stringify(body),
      status: e.status,
      url: e.url,
    };
    if (b.error_detail !== undefined && b.error_detail !== null) fields.errorDetail = b.error_detail;
    return fields;
  }
  const text = typeof body === "string" ? body : body === undefined || body === null ? "" : JSON.stringify(body);
  return { error: reason, errorDescription: text, status: e.status, url: e.url };
}

/** Whether `e` is an `APIException` carrying the ABEJA fields (every HTTP error this package throws does). */
export function isAbejaError(e: unknown): e is AbejaAPIException {
  return e instanceof APIException && typeof (e as Partial<AbejaErrorFields>).errorDescription === "string";
}

/**
 * Adds the ABEJA fields to an `APIException` (own, read-only properties) after removing any
 * credential the server echoed from its body; other errors pass unchanged.
 */
export function withAbejaFields(e: unknown, secrets: readonly string[] = []): unknown {
  if (!(e instanceof APIException) || isAbejaError(e)) return e;
  if (secrets.length) Object.defineProperty(e, "body", { value: scrubDeep(e.body, secrets), enumerable: true, writable: false, configurable: true });
  const fields = abejaErrorFields(e);
  for (const key of ["error", "errorDescription", "errorDetail"] as const) {
    Object.defineProperty(e, key, { value: fields[key], enumerable: true, writable: false, configurable: true });
  }
  return e;
}

/** The text core puts in the message of an ABEJA error: `error: description`, plus the details. */
export function errorMessage(body: unknown): string | undefined {
  if (!body || typeof body !== "object" || Array.isArray(body)) return undefined;
  const b = body as Record<string, unknown>;
  const error = typeof b.error === "string" ? b.error : undefined;
  const description = typeof b.error_description === "string" ? b.error_description : undefined;
  let text = error && description ? `${error}: ${description}` : (description ?? error);
  if (text && b.error_detail !== undefined && b.error_detail !== null) text += ` (${JSON.stringify(b.error_detail)})`;
  return text;
}

/** A copy of a parsed body with every secret replaced in its strings (core scrubs only the message). */
function scrubDeep(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === "string") {
    let out = value;
    for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join("[REDACTED]");
    return out;
  }
  if (depth > 64 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(v, secrets, depth + 1);
  return out;
}

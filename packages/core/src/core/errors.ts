// Every error clientele throws. `instanceof` works across copies of this module (ESM and CJS
// builds, node and web entries loaded side by side) because each class checks a brand, not identity.

import { redactHeaders, redactUrl, scrub } from "../internal/redact.js";

const KINDS = Symbol.for("@clientele/core:error-kinds");

/** Base class of every error clientele throws. */
export class ClienteleError extends Error {
  /** Unique brand of the class; subclasses that want their own `instanceof` identity set their own. */
  static readonly kind: string = "ClienteleError";
  declare readonly [KINDS]: readonly string[];

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    const kinds: string[] = [];
    for (let c: any = new.target; c && c !== Error; c = Object.getPrototypeOf(c)) {
      if (Object.hasOwn(c, "kind")) kinds.push(c.kind);
    }
    Object.defineProperty(this, KINDS, { value: Object.freeze(kinds) });
    Object.defineProperty(this, "name", { value: kinds[0] ?? "ClienteleError", enumerable: false, writable: true });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== "object" || value === null) return false;
    const kinds = (value as { [KINDS]?: unknown })[KINDS];
    if (Array.isArray(kinds) && Object.hasOwn(this, "kind")) return kinds.includes((this as typeof ClienteleError).kind);
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

/** What was sent, as an `APIException` keeps it (secrets already removed). */
export interface RequestSummary {
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** What an API package reads from its error bodies: the reason for the message, and fields to expose. */
export interface ErrorFields {
  /** The server's explanation, shown in the message after the status. */
  message?: string | undefined;
  /** Extra read-only properties of the error, named as the API's SDK names them (ABEJA's `errorDescription`). */
  fields?: Record<string, unknown>;
}

export interface APIExceptionInit {
  status: number;
  method: string;
  url: string;
  /** Response headers. */
  headers?: Headers | Record<string, string>;
  /** Request headers; secret values are removed before they are kept. */
  requestHeaders?: Headers | Record<string, string>;
  /** The parsed JSON body, else the text. */
  body?: unknown;
  /** The server's own explanation, when the API package knows where its errors put it. */
  serverMessage?: string;
  /** Properties the API package adds (read from the body by its `errorFields`). */
  fields?: Record<string, unknown>;
  /** How many attempts were made, retries included. */
  attempts?: number;
  cause?: unknown;
  /** Values that must not appear in the message even if the server echoes them. */
  secrets?: readonly string[];
}

/**
 * An HTTP error response (status ≥ 400). Subclasses name the common statuses, so a caller can
 * `catch (e) { if (e instanceof NotFound) … }` whichever API it talks to.
 *
 * @example
 * ```ts
 * import { APIException, NotFound } from "@clientele/core";
 * function describe(e: unknown): string {
 *   if (e instanceof NotFound) return `missing: ${e.url}`;
 *   if (e instanceof APIException) return `${e.status}: ${e.message}`;
 *   return String(e);
 * }
 * ```
 */
export class APIException extends ClienteleError {
  static override readonly kind: string = "APIException";
  /** HTTP status of the response. */
  readonly status: number;
  /** Method of the request. */
  readonly method: string;
  /** URL of the request, with signatures and tokens removed. */
  readonly url: string;
  /** Response headers, secrets removed. */
  readonly headers: Record<string, string>;
  /** Response body: parsed JSON when it was JSON, else its text. */
  readonly body: unknown;
  /** Attempts made before giving up (1 when the request was not retried). */
  readonly attempts: number;
  readonly #request: RequestSummary;

  constructor(init: APIExceptionInit) {
    const url = redactUrl(init.url);
    const status = `${init.status} ${STATUS_TEXT[init.status] ?? "Error"}`;
    const reason = init.serverMessage || describeBody(init.body);
    super(scrub(`${init.method} ${url} → ${status}${reason ? `: ${reason}` : ""}`, init.secrets ?? []), { cause: init.cause });
    this.status = init.status;
    this.method = init.method;
    this.url = url;
    this.headers = redactHeaders(init.headers);
    this.body = init.body;
    this.attempts = init.attempts ?? 1;
    this.#request = { method: init.method, url, headers: redactHeaders(init.requestHeaders) };
    for (const [key, value] of Object.entries(init.fields ?? {})) {
      if (!(key in this)) Object.defineProperty(this, key, { value, enumerable: true, writable: false, configurable: true });
    }
  }

  /** The request line and headers that were sent, secrets removed. */
  requestSummary(): string {
    const r = this.#request;
    return [`${r.method} ${r.url}`, ...Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`)].join("\n");
  }

  /** Status, headers and body of the response, secrets removed. */
  responseSummary(): string {
    const body = typeof this.body === "string" ? this.body : JSON.stringify(this.body, null, 2);
    return [`HTTP/${this.status}`, ...Object.entries(this.headers).map(([k, v]) => `${k}: ${v}`), "", body ?? ""].join("\n");
  }

  /** The subclass for a status: `NotFound` for 404, `InternalServerError` for 5xx, else `APIException`. */
  static from(init: APIExceptionInit): APIException {
    const Class = init.status >= 500 ? InternalServerError : (STATUS_CLASSES[init.status] ?? APIException);
    return new Class(init);
  }
}

/** 400: the request was malformed or invalid. */
export class BadRequest extends APIException {
  static override readonly kind: string = "BadRequest";
}
/** 401: credentials are missing or wrong. */
export class Unauthorized extends APIException {
  static override readonly kind: string = "Unauthorized";
}
/** 403: the credentials are not allowed to do this. */
export class Forbidden extends APIException {
  static override readonly kind: string = "Forbidden";
}
/** 404: no such resource. */
export class NotFound extends APIException {
  static override readonly kind: string = "NotFound";
}
/** 405: the resource does not accept this method. */
export class MethodNotAllowed extends APIException {
  static override readonly kind: string = "MethodNotAllowed";
}
/** 409: the request conflicts with the resource's state. */
export class Conflict extends APIException {
  static override readonly kind: string = "Conflict";
}
/** 412: an `If-Match` precondition (ETag) no longer holds. */
export class PreconditionFailed extends APIException {
  static override readonly kind: string = "PreconditionFailed";
}
/** 429: rate limited, and retries (if any) ran out. */
export class TooManyRequests extends APIException {
  static override readonly kind: string = "TooManyRequests";
}
/** Any 5xx status. */
export class InternalServerError extends APIException {
  static override readonly kind: string = "InternalServerError";
}

const STATUS_CLASSES: Record<number, typeof APIException> = {
  400: BadRequest,
  401: Unauthorized,
  403: Forbidden,
  404: NotFound,
  405: MethodNotAllowed,
  409: Conflict,
  412: PreconditionFailed,
  429: TooManyRequests,
};

/** No response was received: the connection was refused, reset, or the host is unknown. */
export class ConnectionError extends ClienteleError {
  static override readonly kind: string = "ConnectionError";
  /** Host (or socket path) that could not be reached. */
  readonly host: string;
  readonly attempts: number;

  constructor(init: { method: string; url: string; host: string; cause?: unknown; attempts?: number; detail?: string }) {
    const why = init.detail ?? causeText(init.cause);
    super(
      `${init.method} ${redactUrl(init.url)}: could not connect to ${init.host}${why ? ` (${why})` : ""}; ` +
        "the server may be unreachable. Check the endpoint and your network.",
      { cause: init.cause },
    );
    this.host = init.host;
    this.attempts = init.attempts ?? 1;
  }
}

/** No complete response arrived within the timeout of an attempt. */
export class TimeoutError extends ClienteleError {
  static override readonly kind: string = "TimeoutError";
  /** URL of the request, secrets removed. */
  readonly url: string;
  /** The timeout that ran out, in milliseconds. */
  readonly timeout: number;
  readonly attempts: number;

  constructor(init: { method?: string; url: string; timeout: number; attempts?: number; what?: string; cause?: unknown }) {
    const url = redactUrl(init.url);
    super(
      init.what ??
        `${init.method ?? "request"} ${url}: timed out after ${init.timeout} ms; the server may be unreachable or overloaded (raise \`timeout\` to wait longer).`,
      { cause: init.cause },
    );
    this.url = url;
    this.timeout = init.timeout;
    this.attempts = init.attempts ?? 1;
  }
}

/** A setting could not be resolved or is invalid; `source` names where it came from. */
export class ConfigurationError extends ClienteleError {
  static override readonly kind: string = "ConfigurationError";
  /** Where the bad or missing value lives: an option, a variable, a file and line. */
  readonly source: string | undefined;

  constructor(message: string, options?: { source?: string; cause?: unknown }) {
    super(message, options);
    this.source = options?.source;
  }
}

/** A successful response whose body is not what the API promises (truncated or non-JSON). */
export class ResponseParseError extends ClienteleError {
  static override readonly kind: string = "ResponseParseError";
  readonly status: number;
  readonly url: string;
  constructor(init: { method: string; url: string; status: number; detail: string; cause?: unknown }) {
    const url = redactUrl(init.url);
    super(`${init.method} ${url}: HTTP ${init.status} with an unreadable body (${init.detail})`, { cause: init.cause });
    this.status = init.status;
    this.url = url;
  }
}

/** Reason phrases of the statuses clients meet, for messages (`404 Not Found`). */
export const STATUS_TEXT: Readonly<Record<number, string>> = {
  // A 2xx can still carry a failure (LXD's failed operations).
  200: "OK",
  201: "Created",
  202: "Accepted",
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  411: "Length Required",
  412: "Precondition Failed",
  413: "Payload Too Large",
  414: "URI Too Long",
  415: "Unsupported Media Type",
  416: "Range Not Satisfiable",
  422: "Unprocessable Entity",
  423: "Locked",
  428: "Precondition Required",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** A short reason from a body no API package explained: its text, or a common error key. */
function describeBody(body: unknown): string {
  if (typeof body === "string") return body.trim().slice(0, 500);
  if (!body || typeof body !== "object") return "";
  const b = body as Record<string, unknown>;
  // Conventions no single API owns: `message`, `error`, RFC 9457's `detail`/`title`.
  for (const key of ["message", "error", "detail", "title"]) {
    const v = b[key];
    if (typeof v === "string" && v) return v;
    if (v && typeof v === "object" && typeof (v as { message?: unknown }).message === "string") {
      return (v as { message: string }).message;
    }
  }
  return "";
}

function causeText(cause: unknown): string {
  if (!cause || typeof cause !== "object") return "";
  const c = cause as { code?: unknown; cause?: { code?: unknown; message?: unknown }; message?: unknown };
  const code = c.code ?? c.cause?.code;
  return typeof code === "string" ? code : "";
}

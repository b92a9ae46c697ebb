// lxdapi's two exceptions on top of core's error family: every error the LXD client raises for an
// answer is also one of core's (`NotFound`, `PreconditionFailed`, `Forbidden`...), so one `catch`
// works across clientele's clients, and carries the `APIResult` it was raised for.

import {
  APIException as CoreAPIException,
  BadRequest,
  Conflict,
  Forbidden,
  InternalServerError,
  MethodNotAllowed,
  NotFound,
  PreconditionFailed,
  TooManyRequests,
  Unauthorized,
  type APIExceptionInit,
} from "@clientele/core";
import type { APIResult } from "./result.js";

/** Marks errors built from an `APIResult` (shared across ESM/CJS copies of this module). */
const LXD_RESULT = Symbol.for("@clientele/lxd:result");

/** What every LXD answer error carries besides core's fields. */
export interface LxdErrorFields {
  /** The transaction the error was raised for. */
  readonly result: APIResult<any>;
  /** Why: the server's `error`, else the failed operation's `err`, else the body as JSON. */
  readonly error: string;
}

function initFrom(result: APIResult<any>, error: string, cause: unknown): APIExceptionInit {
  return {
    status: result.status,
    method: result.request.method,
    url: result.request.url,
    headers: result.response.headers,
    requestHeaders: result.request.headers,
    body: result.data,
    serverMessage: error,
    // Retries happened in core: keep its count.
    attempts: typeof (cause as { attempts?: unknown })?.attempts === "number" ? (cause as { attempts: number }).attempts : 1,
    cause,
  };
}

function attach(target: object, result: APIResult<any>, error: string): void {
  // Not enumerable: logging an error should not dump the whole client.
  Object.defineProperty(target, "result", { value: result, enumerable: false });
  Object.defineProperty(target, "error", { value: error, enumerable: true });
  Object.defineProperty(target, LXD_RESULT, { value: true, enumerable: false });
}

/**
 * The server refused a request (HTTP ≥ 400), answered with an error envelope, or reported a failed
 * or cancelled operation (`metadata.status_code` ≥ 400).
 *
 * `instanceof APIException` is true for every error the LXD client raises for an answer, including
 * {@link APINotFoundException} and the status-specific ones, which are also core's `BadRequest`,
 * `Forbidden`, `PreconditionFailed`, `InternalServerError`...
 */
export class APIException extends CoreAPIException implements LxdErrorFields {
  static override readonly kind: string = "LxdAPIException";
  declare readonly result: APIResult<any>;
  declare readonly error: string;

  constructor(result: APIResult<any>, error: string, options?: { cause?: unknown }) {
    super(initFrom(result, error, options?.cause));
    attach(this, result, error);
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && LXD_RESULT in value && CoreAPIException[Symbol.hasInstance](value);
  }
}

/** HTTP 404: no such object, endpoint, or operation (finished operations vanish after ~5 s). */
export class APINotFoundException extends NotFound implements LxdErrorFields {
  static override readonly kind: string = "APINotFoundException";
  declare readonly result: APIResult<any>;
  declare readonly error: string;

  constructor(result: APIResult<any>, error: string, options?: { cause?: unknown }) {
    super(initFrom(result, error, options?.cause));
    attach(this, result, error);
  }
}

// One LXD flavour of each of core's status classes, so `instanceof PreconditionFailed` and
// `instanceof APIException` (this package's) both hold.
type CoreClass = new (init: APIExceptionInit) => CoreAPIException;
function flavour(Base: CoreClass, kind: string): new (result: APIResult<any>, error: string, options?: { cause?: unknown }) => CoreAPIException {
  const Class = class extends Base {
    constructor(result: APIResult<any>, error: string, options?: { cause?: unknown }) {
      super(initFrom(result, error, options?.cause));
      attach(this, result, error);
    }
  };
  Object.defineProperty(Class, "kind", { value: kind });
  Object.defineProperty(Class, "name", { value: kind });
  return Class;
}

const BY_STATUS: Record<number, ReturnType<typeof flavour>> = {
  400: flavour(BadRequest, "LxdBadRequest"),
  401: flavour(Unauthorized, "LxdUnauthorized"),
  403: flavour(Forbidden, "LxdForbidden"),
  405: flavour(MethodNotAllowed, "LxdMethodNotAllowed"),
  409: flavour(Conflict, "LxdConflict"),
  412: flavour(PreconditionFailed, "LxdPreconditionFailed"),
  429: flavour(TooManyRequests, "LxdTooManyRequests"),
};
const ServerError = flavour(InternalServerError, "LxdInternalServerError");

/** The error for a result: chosen by HTTP status, `APIException` for a 2xx that reports a failure. */
export function errorFor(result: APIResult<any>, error: string, cause?: unknown): APIException {
  const status = result.status;
  const options = cause === undefined ? undefined : { cause };
  let made: CoreAPIException;
  if (status === 404) made = new APINotFoundException(result, error, options);
  else if (status >= 500) made = new ServerError(result, error, options);
  else if (BY_STATUS[status]) made = new BY_STATUS[status](result, error, options);
  else made = new APIException(result, error, options);
  return made as APIException;
}

// What the live LXD suites share for checking a real daemon's answers against specs/lxd.openapi.yaml
// with @clientele/testing's validators: an `API` instrumented so each of its calls (typed and untyped,
// errors included) is checked as it returns, and the violations collected for the suite to assert on.
import { type API, APIException, type APIResult } from "@clientele/lxd";

type Violation = { location: string; message?: string };
interface Testing {
  validateResponse(
    api: string,
    sample: { method: string; url: string; status: number; headers?: Record<string, string>; body?: unknown },
  ): Violation[];
  formatViolations(v: Violation[]): string;
}
// A variable specifier: @clientele/testing depends on this package, so it is no dependency of it
// (vitest resolves it to its sources).
const testingPackage = "@clientele/testing";
const testing = (await import(testingPackage).catch(() => undefined)) as Testing | undefined;

/** One answer: a result, or an error core built from the daemon's answer. */
export interface Answer {
  method: string;
  url: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** The answers of one suite, checked against the spec. */
export class SpecCheck {
  /** One line per answer the spec does not describe: method, path, status and what differed. */
  readonly violations: string[] = [];
  /** Answers checked, and how many matched the spec. */
  readonly exchanges = { total: 0, valid: 0 };

  check(answer: Answer): void {
    if (!testing) throw new Error("@clientele/testing could not be loaded: live responses cannot be checked against the spec");
    // Streamed bodies (files, exports) are bytes the tests read themselves.
    if (answer.body instanceof ReadableStream) return;
    const url = answer.url.replace(/^[a-z+]+:\/\/[^/]+/i, "");
    const found = testing.validateResponse("lxd", {
      method: answer.method,
      url,
      status: answer.status,
      headers: answer.headers,
      body: answer.body,
    });
    // A path outside the spec (a deliberate 404) has no schema to check.
    if (found.length && found.every((v) => v.location === "operation")) return;
    this.exchanges.total++;
    if (!found.length) this.exchanges.valid++;
    else this.violations.push(`${answer.method} ${url} → ${answer.status}: ${testing.formatViolations(found)}`);
  }

  /** Routes every call of `api` (untyped and typed, errors included) through {@link SpecCheck.check}; returns `api`. */
  instrument(api: API): API {
    const wrap = <F extends (...args: never[]) => Promise<APIResult<unknown>>>(send: F): F =>
      (async (...args: Parameters<F>) => {
        try {
          const result = await send(...args);
          const { method, url } = result.request;
          this.check({
            method,
            url,
            status: result.status,
            headers: Object.fromEntries(result.response.headers.entries()),
            body: result.data,
          });
          return result;
        } catch (error) {
          // A 2xx answer refused by validate() carries the status of the HTTP answer, as HTTP errors do.
          if (error instanceof APIException)
            this.check({ method: error.method, url: error.url, status: error.status, headers: error.headers, body: error.body });
          throw error;
        }
      }) as F;
    const target = api as unknown as Record<
      "request" | "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
      (...args: never[]) => Promise<APIResult<unknown>>
    >;
    target.request = wrap(api.request.bind(api) as (...args: never[]) => Promise<APIResult<unknown>>);
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) target[method] = wrap(target[method].bind(api));
    return api;
  }
}

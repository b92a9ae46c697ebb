// Checking a whole exchange (request + response), e.g. one recorded against a live server.
import type { SpecInput } from "./load-spec.js";
import type { ExchangeSample, RequestSample, ResponseSample, Violation } from "./types.js";
import { validateRequest } from "./validate-request.js";
import { validateResponse } from "./validate-response.js";
import { SpecViolationError } from "./violations.js";

/**
 * Validates a recorded exchange: the request with {@link validateRequest}, the response with
 * {@link validateResponse}. When the request matches no operation, only that violation is reported.
 *
 * @param api - The spec: an API name (`"lxd"`), a file path, a document or a loaded spec.
 * @param exchange - What the client sent and what the server answered.
 * @returns The violations of both sides, request first.
 *
 * @example
 * const violations = validateExchange("lxd", {
 *   request: { method: "GET", url: "/1.0/instances" },
 *   response: { status: 200, headers: { "content-type": "application/json" }, body: await res.json() },
 * });
 */
export function validateExchange(api: SpecInput, exchange: ExchangeSample): Violation[] {
  const request = validateRequest(api, exchange.request);
  if (request.some((v) => v.location === "operation")) return request;
  const response = validateResponse(api, { ...exchange.response, method: exchange.request.method, url: exchange.request.url });
  return [...request, ...response];
}

/**
 * Like {@link validateExchange}, {@link validateRequest} or {@link validateResponse} (chosen by the shape of
 * `sample`), but throws.
 * @throws SpecViolationError listing every violation, one readable line each.
 */
export function assertExchange(api: SpecInput, sample: ExchangeSample | RequestSample | ResponseSample): void {
  const violations =
    "request" in sample && "response" in sample
      ? validateExchange(api, sample)
      : "status" in sample
        ? validateResponse(api, sample)
        : validateRequest(api, sample);
  if (violations.length > 0) throw new SpecViolationError(violations);
}

// Waiting for a service to become READY: what each check of core's poll decides, and ABEJA's defaults.

import { ClienteleError, expectField, type PollCheck, type PollOptions } from "@clientele/core";
import type { Service } from "./types.js";

/**
 * ABEJA's waiting defaults, in ms: a check of the service every 5 s (a service takes minutes to
 * start), for up to 10 minutes. Any of them can be overridden per call.
 */
export const SERVICE_POLL_DEFAULTS: Readonly<PollOptions> = Object.freeze({
  initialDelay: 0,
  delay: 5000,
  backoff: 0,
  maxDelay: 60_000,
  jitter: 0,
  maxDuration: 600_000,
  maxTries: -1,
});

/** Statuses a service does not leave by itself: waiting for READY is pointless. */
const ENDED = new Set(["STOPPED", "FAILED"]);

/**
 * One check: done with the service when it is READY; a `ClienteleError` naming the service and
 * its status when it is STOPPED or FAILED; not yet otherwise. A body without `status` is a
 * `ClienteleError` naming the operation (core's `expectField`).
 */
export function serviceReadiness(service: Service, serviceId: string, operation: string): PollCheck<Service> {
  const status = expectField<string>(service, "status", operation);
  if (status === "READY") return { done: true, value: service };
  if (ENDED.has(status)) {
    throw new ClienteleError(`service ${serviceId} is ${status}: it will not become READY (its logs may say why: getServiceRecentLogs)`);
  }
  return { done: false };
}

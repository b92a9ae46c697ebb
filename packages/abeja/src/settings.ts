// Connection settings: base URL, service host, timeout and retry count, each from the option, the
// SDK's environment variable, or the SDK's default; plus the SDK's retry policy in core's terms.

import { ConfigurationError, envNumber, fromDefault, fromEnv, fromOption, resolveSetting, type RetryOptions } from "@clientele/core";

/** The management API. */
export const DEFAULT_BASE_URL = "https://api.abeja.io";
/** The SDK's connection timeout (30 s), in ms. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** The SDK's retry count. */
export const DEFAULT_MAX_RETRY_COUNT = 5;

/**
 * The Python SDK's urllib3 policy: 500/502/503/504 retried for every method (POST and PATCH
 * included), waits of 0, 2, 4, 8, 16 s… capped at 120 s, a `Retry-After` on a 503 obeyed.
 */
export const ABEJA_RETRY_DEFAULTS: Required<Omit<RetryOptions, "maxRetries" | "retryAfterMax">> = {
  backoffFactor: 1000,
  backoffJitter: 0,
  backoffMax: 120_000,
  statusForcelist: [500, 502, 503, 504],
  allowedMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"],
};

export interface SettingsInput {
  baseUrl?: string;
  serviceUrl?: string;
  timeout?: number;
  maxRetryCount?: number;
}

export interface Settings {
  baseUrl: string;
  serviceUrl: string;
  timeout: number;
  maxRetryCount: number;
}

export function resolveSettings(input: SettingsInput): Settings {
  const base = resolveSetting([fromOption("baseUrl", input.baseUrl), fromEnv("ABEJA_API_URL"), fromDefault(DEFAULT_BASE_URL)])!;
  const baseUrl = checkUrl(String(base.value), base.from);
  const service = resolveSetting([fromOption("serviceUrl", input.serviceUrl)]);
  const serviceUrl = service ? checkUrl(String(service.value), service.from, true) : deriveServiceUrl(baseUrl);

  const timeoutSource = resolveSetting([
    fromOption("timeout", input.timeout),
    { from: "environment variable ABEJA_SDK_CONNECTION_TIMEOUT", read: () => secondsToMs(envNonNegative("ABEJA_SDK_CONNECTION_TIMEOUT")) },
    fromDefault(DEFAULT_TIMEOUT_MS),
  ])!;
  const retrySource = resolveSetting([
    fromOption("maxRetryCount", input.maxRetryCount),
    { from: "environment variable ABEJA_SDK_MAX_RETRY_COUNT", read: () => envNonNegative("ABEJA_SDK_MAX_RETRY_COUNT", true) },
    fromDefault(DEFAULT_MAX_RETRY_COUNT),
  ])!;
  const timeout = timeoutSource.value as number;
  const maxRetryCount = retrySource.value as number;
  if (typeof timeout !== "number" || !Number.isFinite(timeout) || timeout < 0) {
    throw new ConfigurationError(`timeout from ${timeoutSource.from} must be a non-negative number of milliseconds, got ${String(timeout)}`, { source: timeoutSource.from });
  }
  if (typeof maxRetryCount !== "number" || !Number.isInteger(maxRetryCount) || maxRetryCount < 0) {
    throw new ConfigurationError(`max retry count from ${retrySource.from} must be a non-negative integer, got ${String(maxRetryCount)}`, {
      source: retrySource.from,
    });
  }
  return { baseUrl, serviceUrl, timeout, maxRetryCount };
}

/** A numeric environment variable that must be ≥ 0 (and whole, for counts); errors name the variable. */
function envNonNegative(name: string, integer = false): number | undefined {
  const value = envNumber(name);
  if (value !== undefined && (value < 0 || (integer && !Number.isInteger(value)))) {
    throw new ConfigurationError(`environment variable ${name} must be a non-negative ${integer ? "integer" : "number"}, got ${value}`, { source: name });
  }
  return value;
}

function secondsToMs(seconds: number | undefined): number | undefined {
  return seconds === undefined ? undefined : seconds * 1000;
}

function checkUrl(value: string, from: string, template = false): string {
  const probe = template ? value.replaceAll("{organization_id}", "org") : value;
  let url: URL;
  try {
    url = new URL(probe);
  } catch {
    throw new ConfigurationError(`${from} is not an absolute URL: ${JSON.stringify(value)}`, { source: from });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigurationError(`${from} must be an http(s) URL, got ${JSON.stringify(value)}`, { source: from });
  }
  return value.replace(/\/+$/, "");
}

/** The organization's inference host: the base URL's host under the organization's sub-domain. */
function deriveServiceUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.protocol}//{organization_id}.${url.host}`;
}

/** The URL of a service request: `serviceUrl` with the organization filled in, then the encoded path. */
export function serviceRequestUrl(serviceUrl: string, organizationId: string, segments: readonly PathSegment[]): string {
  if (serviceUrl.includes("{organization_id}") && !/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(organizationId)) {
    throw new TypeError(`organizationId ${JSON.stringify(organizationId)} cannot be a host name label (letters, digits and inner hyphens only)`);
  }
  return serviceUrl.replaceAll("{organization_id}", organizationId) + encodePath(segments);
}

/** A fixed path segment, or a parameter `[name, value]` whose value is encoded. */
export type PathSegment = string | readonly [name: string, value: string];

/** `/a/b/c` from segments, parameters percent-encoded; a `.`, `..` or empty parameter is refused, naming it, as it would change the path. */
export function encodePath(segments: readonly PathSegment[]): string {
  return segments
    .map((segment) => {
      if (typeof segment === "string") return `/${segment}`;
      const [name, value] = segment;
      if (value === "" || value === "." || value === "..") {
        throw new TypeError(`path parameter \`${name}\` cannot be ${JSON.stringify(value)}: it would change the path`);
      }
      return `/${encodeURIComponent(value)}`;
    })
    .join("");
}

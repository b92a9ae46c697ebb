// Connection settings: base URL, service host, timeout and retry count, each from the option, the
// SDK's environment variable, or the SDK's default (errors name the source); plus the SDK's retry
// policy in core's terms.

import {
  checkBaseUrl,
  checkTimeout,
  ConfigurationError,
  envNumber,
  fromDefault,
  fromEnv,
  fromOption,
  resolveSetting,
  type ClientOptions,
  type RetryPolicy,
  type SettingSource,
} from "@clientele/core";
import { checkServiceUrl, deriveServiceUrl } from "./service-host.js";

/** The management API. */
export const DEFAULT_BASE_URL = "https://api.abeja.io";
/** The SDK's connection timeout (30 s), in ms. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** The SDK's retry count. */
export const DEFAULT_MAX_RETRY_COUNT = 5;

/**
 * The Python SDK's urllib3 policy in core's names: 500/502/503/504 retried for every method (POST
 * and PATCH included), waits of 0, 2, 4, 8, 16 s… capped at 120 s. Core adds urllib3's other rule:
 * a 413, 429 or 503 carrying `Retry-After` is retried too, after the wait it asks for.
 */
export const ABEJA_RETRY_DEFAULTS: Readonly<RetryPolicy> = Object.freeze({
  maxRetries: DEFAULT_MAX_RETRY_COUNT,
  backoffFactor: 1000,
  backoffJitter: 0,
  backoffMax: 120_000,
  statuses: Object.freeze([500, 502, 503, 504]),
  methods: Object.freeze(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]),
});

/** ABEJA's own spellings, folded into core's vocabulary by `applyAliases`. */
export const ABEJA_ALIASES = { maxRetryCount: "retry.maxRetries" } as const;

export interface SettingsInput {
  /** The user's options after `applyAliases` (so `retry.maxRetries` holds `maxRetryCount`). */
  options: ClientOptions;
  /** Which spelling of the retry count the user wrote, for error messages. */
  retryCountName: "maxRetryCount" | "retry.maxRetries";
  serviceUrl?: string;
}

export interface Settings {
  baseUrl: string;
  /** `undefined` when the base URL's host has no organization sub-domains (an IP address, `localhost`). */
  serviceUrl: string | undefined;
  timeout: number;
  maxRetries: number;
}

export function resolveSettings({ options, retryCountName, serviceUrl: serviceOption }: SettingsInput): Settings {
  const base = resolveSetting([fromOption("baseUrl", options.baseUrl), fromEnv("ABEJA_API_URL"), fromDefault(DEFAULT_BASE_URL)])!;
  const baseUrl = checkBaseUrl(base.value, base.from);
  const service = resolveSetting([fromOption("serviceUrl", serviceOption)]);
  const serviceUrl = service ? checkServiceUrl(service.value, service.from) : deriveServiceUrl(baseUrl);

  const timeoutSource = resolveSetting([
    fromOption("timeout", options.timeout),
    envSource("ABEJA_SDK_CONNECTION_TIMEOUT", { unit: "number of seconds", scale: 1000 }),
    fromDefault(DEFAULT_TIMEOUT_MS),
  ])!;
  const timeout = checkTimeout(timeoutSource.value, timeoutSource.from);

  const retrySource = resolveSetting([
    fromOption(retryCountName, options.retry?.maxRetries),
    envSource("ABEJA_SDK_MAX_RETRY_COUNT", { unit: "whole number of retries", whole: true }),
    fromDefault(DEFAULT_MAX_RETRY_COUNT),
  ])!;
  const maxRetries = retrySource.value;
  // The variable and the default are checked already: a bad value here is the option's.
  if (typeof maxRetries !== "number" || !Number.isInteger(maxRetries) || maxRetries < 0) {
    const shown = typeof maxRetries === "number" ? String(maxRetries) : JSON.stringify(maxRetries);
    throw new ConfigurationError(`${retrySource.from} must be a whole number of retries (0 disables retrying), got ${shown}`, {
      source: retryCountName,
    });
  }
  return { baseUrl, serviceUrl, timeout, maxRetries };
}

/**
 * A numeric environment variable, checked in its own unit (the SDK's timeout variable is in
 * seconds) so the error names the variable and the value as written, then scaled.
 */
function envSource(name: string, { unit, whole = false, scale = 1 }: { unit: string; whole?: boolean; scale?: number }): SettingSource {
  return {
    from: `environment variable ${name}`,
    read: () => {
      const value = envNumber(name);
      if (value === undefined) return undefined;
      if (value < 0 || (whole && !Number.isInteger(value))) {
        throw new ConfigurationError(`environment variable ${name} must be a non-negative ${unit}, got ${value}`, { source: name });
      }
      return value * scale;
    },
  };
}

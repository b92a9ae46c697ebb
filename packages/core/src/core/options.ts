// The one option vocabulary every client accepts, its checks, and the SDK-parity aliases that map onto it.

import type { DebugOption } from "./debug.js";
import { ConfigurationError } from "./errors.js";
import type { RetryEvent } from "./fetch.js";
import { redactUrl } from "../internal/redact.js";
import { show, show as showValue, type RetryPolicy } from "./retry.js";
import type { FetchLike, TransportOptions } from "./transport.js";

/**
 * Options every clientele client accepts, with the same meaning. Durations are in milliseconds.
 * Each client adds its own (credentials, profiles) and keeps its Python SDK's names as aliases.
 */
export interface ClientOptions {
  /** Root URL that spec paths are appended to (`http:` or `https:`). */
  baseUrl?: string;
  /** Per-attempt timeout in ms: the longest wait for the headers, then for each piece of the body; 0 disables it. */
  timeout?: number;
  /** The retry policy, merged over the client's defaults. */
  retry?: RetryPolicy;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Your own fetch (tests, msw, edge runtimes); replaces the built-in transport. */
  fetch?: FetchLike;
  /** Unix socket, TLS and proxy settings of the built-in transport (Node). */
  transport?: TransportOptions;
  /** `true`, a logger function, or unset to follow `DEBUG` (see the README). */
  debug?: DebugOption;
  /** Called before each retry wait, e.g. to print progress. */
  onRetry?: (event: RetryEvent) => void;
}

/** Per-call options every method of every client accepts. */
export interface CallOptions {
  /** This call's per-attempt timeout in ms, replacing the client's (0 disables it). */
  timeout?: number;
  /** Cancels the call, including any retry wait. */
  signal?: AbortSignal;
  /** Headers added to this call (over the client's). */
  headers?: Record<string, string>;
  /** Retry settings for this call, merged over the client's. */
  retry?: RetryPolicy;
}

/**
 * An SDK-parity name and where it lands in {@link ClientOptions}: `"baseUrl"` or `"retry.<field>"`.
 * Nextmv's `url: "baseUrl"`, `maxRetries: "retry.maxRetries"`…
 */
export type OptionAliases = Readonly<Record<string, "baseUrl" | "timeout" | "headers" | `retry.${keyof RetryPolicy & string}`>>;

/**
 * Folds a client's alias spellings into the shared vocabulary. Giving both spellings of one
 * setting with different values is a `ConfigurationError` naming both.
 *
 * @example
 * ```ts
 * import { applyAliases } from "@clientele/core";
 * applyAliases({ url: "https://api.example", maxRetries: 2 }, { url: "baseUrl", maxRetries: "retry.maxRetries" });
 * // → { baseUrl: "https://api.example", retry: { maxRetries: 2 } }
 * ```
 */
export function applyAliases(options: Readonly<Record<string, unknown>>, aliases: OptionAliases): ClientOptions {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(options)) if (!(key in aliases) && options[key] !== undefined) out[key] = options[key];
  const retry: Record<string, unknown> = { ...(isObject(options.retry) ? options.retry : {}) };
  for (const [alias, target] of Object.entries(aliases)) {
    const value = options[alias];
    if (value === undefined) continue;
    const [head, field] = target.split(".") as [string, string | undefined];
    const holder = field ? retry : out;
    const key = field ?? head;
    const canonical = field ? `retry.${field}` : head;
    const existing = holder[key];
    if (existing !== undefined && !sameValue(existing, value)) {
      throw new ConfigurationError(
        `options \`${alias}\` and \`${canonical}\` name the same setting but disagree (${show(value)} vs ${show(existing)}); give one`,
        { source: alias },
      );
    }
    holder[key] = value;
  }
  // A non-object `retry` is passed on as is, for the policy check to name it.
  if (Object.keys(retry).length) out.retry = retry;
  else if (options.retry !== undefined) out.retry = options.retry;
  return out as ClientOptions;
}

/** Checks the shared options, throwing a `ConfigurationError` that names the option and its value. */
export function validateClientOptions(options: ClientOptions): void {
  if (options.baseUrl !== undefined) checkBaseUrl(options.baseUrl, "option `baseUrl`");
  if (options.timeout !== undefined) checkTimeout(options.timeout, "option `timeout`");
  if (options.headers !== undefined) {
    if (!isObject(options.headers)) {
      throw new ConfigurationError(`option \`headers\` must be an object of header names to values, got ${show(options.headers)}`, {
        source: "headers",
      });
    }
    for (const [name, value] of Object.entries(options.headers)) {
      if (typeof value !== "string") {
        throw new ConfigurationError(`option \`headers\`: the value of ${JSON.stringify(name)} must be a string, got ${show(value)}`, {
          source: `headers.${name}`,
        });
      }
    }
  }
  for (const key of ["fetch", "onRetry"] as const) {
    if (options[key] !== undefined && typeof options[key] !== "function") {
      throw new ConfigurationError(`option \`${key}\` must be a function, got ${show(options[key])}`, { source: key });
    }
  }
  if (options.debug !== undefined && typeof options.debug !== "boolean" && typeof options.debug !== "function") {
    throw new ConfigurationError(`option \`debug\` must be true, false or a logger function, got ${show(options.debug)}`, {
      source: "debug",
    });
  }
  if (options.transport !== undefined && !isObject(options.transport)) {
    throw new ConfigurationError(`option \`transport\` must be an object, got ${show(options.transport)}`, { source: "transport" });
  }
}

/** An absolute `http:`/`https:` URL without a trailing slash; `where` names its source in errors. */
export function checkBaseUrl(value: unknown, where: string): string {
  const source = where.replace(/^option `(.*)`$/, "$1");
  // A URL may carry credentials (`user:pass@`, `?token=`): messages show it redacted.
  const show = (v: unknown) => (typeof v === "string" ? JSON.stringify(redactUrl(v)) : showValue(v));
  if (typeof value !== "string" || !value.trim()) {
    throw new ConfigurationError(`${where} must be an http(s) URL, got ${show(value)}`, { source });
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new ConfigurationError(`${where} is not an absolute URL: ${show(value)}`, { source });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigurationError(`${where} must be an http:// or https:// URL, got ${show(value)}`, { source });
  }
  return value.trim().replace(/\/+$/, "");
}

/** A non-negative, finite number of milliseconds. */
export function checkTimeout(value: unknown, where: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new ConfigurationError(`${where} must be a non-negative number of milliseconds (0 disables it), got ${show(value)}`, {
      source: where.replace(/^option `(.*)`$/, "$1"),
    });
  }
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
  return false;
}

// Debug transcripts: each transaction as a reader would want it, secrets removed, free when off.

import { redactJson, redactUrl, scrub } from "../internal/redact.js";
import { env } from "#platform";

/** Receives one transcript block at a time. */
export type Logger = (text: string) => void;

/** `true`, a logger, or `undefined` to follow the `DEBUG` environment variable. */
export type DebugOption = boolean | Logger | undefined;

/**
 * Whether `DEBUG` enables a namespace, read as the `debug` package reads it: names separated by
 * commas or spaces, `*` matching anything, and a leading `-` excluding (exclusions win). So
 * `DEBUG=clientele:*` enables every client, `DEBUG=*,-clientele:*` none of them,
 * `DEBUG=express` none. `1`, `true`, `yes` and `on` enable every namespace too (as the Python
 * SDKs' `DEBUG=1` does).
 *
 * @example
 * ```ts
 * import { debugEnabled } from "@clientele/core";
 * debugEnabled("clientele:lxd", "clientele:*"); // true
 * debugEnabled("clientele:lxd", "*,-clientele:*"); // false
 * ```
 */
export function debugEnabled(namespace: string, value: string | undefined = env("DEBUG")): boolean {
  if (!value) return false;
  const names = value.split(/[\s,]+/).filter(Boolean);
  if (names.length === 1 && /^(1|true|yes|on)$/i.test(names[0]!)) return true;
  let enabled = false;
  for (const name of names) {
    if (name.startsWith("-")) {
      if (matches(name.slice(1), namespace)) return false;
    } else if (matches(name, namespace)) {
      enabled = true;
    }
  }
  return enabled;
}

function matches(pattern: string, namespace: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*?")}$`);
  return re.test(namespace);
}

/** The logger to use for a namespace, or `undefined` when debugging is off. */
export function resolveLogger(option: DebugOption, namespace = "clientele"): Logger | undefined {
  if (typeof option === "function") return option;
  if (option === true || (option === undefined && debugEnabled(namespace))) return (text) => console.error(text);
  return undefined;
}

/** One block of a transcript, before it is written. */
export interface TranscriptEntry {
  kind: "request" | "response" | "note";
  method?: string;
  /** The URL as shown (secrets removed, `formatUrl` applied). */
  url?: string;
  /** 1 for the first attempt. */
  attempt?: number;
  status?: number;
  /** What happens next (`; retrying in 200 ms`), or the text of a note. */
  note?: string;
  /** The body: parsed JSON with secret fields redacted when `json`, else text (`<n bytes of type>` for binary). */
  body?: unknown;
  json?: boolean;
}

/** Turns an entry into text; API packages may pass their own (LXD prints lxdapi's layout). */
export type TranscriptFormatter = (entry: TranscriptEntry) => string;

/** Core's layout: `METHOD URL (attempt n)` or `HTTP/status`, then the body, JSON indented by two. */
export const defaultTranscriptFormat: TranscriptFormatter = (entry) => {
  if (entry.kind === "note") return entry.note ?? "";
  const head =
    entry.kind === "request"
      ? `${entry.method} ${entry.url}${entry.attempt && entry.attempt > 1 ? ` (attempt ${entry.attempt})` : ""}`
      : `HTTP/${entry.status}${entry.note ?? ""}`;
  if (entry.body === undefined) return head;
  return `${head}\n${entry.json ? JSON.stringify(entry.body, null, 2) : String(entry.body)}`;
};

export interface TranscriptOptions {
  logger: Logger;
  /** Values that must never be printed (API keys...). */
  secrets: readonly string[];
  /** How to show a URL (LXD shows its socket as `http+unix://%2F…`). */
  formatUrl?: (url: string) => string;
  /** The layout of each block (default {@link defaultTranscriptFormat}). */
  format?: TranscriptFormatter;
}

/** Writes request and response blocks of a transcript. */
export class Transcript {
  constructor(private readonly options: TranscriptOptions) {}

  /** The same transcript, keeping more secrets out. */
  with(secrets: readonly string[]): Transcript {
    return new Transcript({ ...this.options, secrets });
  }

  request(method: string, url: string, body: Uint8Array | string | undefined, contentType: string | null, attempt: number): void {
    const shown = redactUrl(this.options.formatUrl ? this.options.formatUrl(url) : url);
    this.write({ kind: "request", method, url: shown, attempt, ...bodyEntry(body, contentType) });
  }

  response(status: number, body: Uint8Array | string | undefined, contentType: string | null, note = ""): void {
    this.write({ kind: "response", status, ...(note ? { note } : {}), ...bodyEntry(body, contentType) });
  }

  note(text: string): void {
    this.write({ kind: "note", note: text });
  }

  private write(entry: TranscriptEntry): void {
    const format = this.options.format ?? defaultTranscriptFormat;
    this.options.logger(scrub(format(entry), this.options.secrets));
  }
}

const decoder = new TextDecoder();

function bodyEntry(body: Uint8Array | string | undefined, contentType: string | null): Pick<TranscriptEntry, "body" | "json"> {
  if (body === undefined) return {};
  const size = typeof body === "string" ? body.length : body.byteLength;
  if (size === 0) return {};
  const isText = !contentType || /json|text|xml|yaml|x-www-form-urlencoded/i.test(contentType);
  if (!isText) return { body: `<${size} bytes of ${contentType}>` };
  const text = typeof body === "string" ? body : decoder.decode(body);
  try {
    return { body: redactJson(JSON.parse(text)), json: true };
  } catch {
    return { body: text.length > 4096 ? `${text.slice(0, 4096)}… (${text.length} characters)` : text };
  }
}

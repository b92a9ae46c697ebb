// Debug transcripts: each transaction as a reader would want it, secrets removed, free when off.

import { redactJson, redactUrl, scrub } from "../internal/redact.js";

/** Receives one transcript block at a time. */
export type Logger = (text: string) => void;

/** `true`, a logger, or `undefined` to follow the `DEBUG` environment variable. */
export type DebugOption = boolean | Logger | undefined;

/**
 * Whether `DEBUG` asks for transcripts: any value but empty, `0` or `false`. A comma-separated
 * list of names (as the `debug` package reads it) enables them only when one matches `clientele`.
 */
export function debugFromEnv(value: string | undefined = envValue("DEBUG")): boolean {
  if (!value) return false;
  const v = value.trim().toLowerCase();
  if (v === "" || v === "0" || v === "false" || v === "no" || v === "off") return false;
  if (/^(1|true|yes|on|\*)$/.test(v)) return true;
  if (!/[a-z]/.test(v)) return true;
  return v.split(/[\s,]+/).some((pattern) => {
    if (pattern.startsWith("-")) return false;
    const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
    return re.test("clientele") || pattern.startsWith("clientele");
  });
}

/** The logger to use, or `undefined` when debugging is off. */
export function resolveLogger(option: DebugOption): Logger | undefined {
  if (typeof option === "function") return option;
  if (option === true || (option === undefined && debugFromEnv())) return (text) => console.error(text);
  return undefined;
}

export function envValue(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.[name];
}

export interface TranscriptOptions {
  logger: Logger;
  /** Values that must never be printed (API keys...). */
  secrets: readonly string[];
  /** How to show a URL (LXD shows its socket as `http+unix://%2F…`). */
  formatUrl?: (url: string) => string;
}

/** Writes request and response blocks of a transcript. */
export class Transcript {
  constructor(private readonly options: TranscriptOptions) {}

  /** The same transcript, keeping more secrets out. */
  with(secrets: readonly string[]): Transcript {
    return new Transcript({ ...this.options, secrets });
  }

  request(method: string, url: string, body: Uint8Array | string | undefined, contentType: string | null, attempt: number): void {
    const shown = this.options.formatUrl ? this.options.formatUrl(url) : url;
    const retry = attempt > 1 ? ` (attempt ${attempt})` : "";
    this.write(`${method} ${redactUrl(shown)}${retry}${formatBody(body, contentType)}`);
  }

  response(status: number, body: Uint8Array | string | undefined, contentType: string | null, note = ""): void {
    this.write(`HTTP/${status}${note}${formatBody(body, contentType)}`);
  }

  note(text: string): void {
    this.write(text);
  }

  private write(text: string): void {
    this.options.logger(scrub(text, this.options.secrets));
  }
}

const decoder = new TextDecoder();

function formatBody(body: Uint8Array | string | undefined, contentType: string | null): string {
  if (body === undefined) return "";
  const size = typeof body === "string" ? body.length : body.byteLength;
  if (size === 0) return "";
  const isText = !contentType || /json|text|xml|yaml|x-www-form-urlencoded/i.test(contentType);
  if (!isText) return `\n<${size} bytes of ${contentType}>`;
  const text = typeof body === "string" ? body : decoder.decode(body);
  try {
    return `\n${JSON.stringify(redactJson(JSON.parse(text)), null, 2)}`;
  } catch {
    return `\n${text.length > 4096 ? `${text.slice(0, 4096)}… (${text.length} characters)` : text}`;
  }
}

// Declarative configuration: each setting comes from the first source with a non-empty value,
// and every error says which source was wrong.

import { env as envValue } from "#platform";
import { ConfigurationError } from "./errors.js";

/** One place a setting may come from. */
export interface SettingSource {
  /** Human description used in errors and `describe()`: "option `apiKey`", "NEXTMV_API_KEY", "profile dev in ~/.nextmv/config.yaml". */
  from: string;
  /** Reads the value; `undefined`, `null` and `""` mean "not set here". May throw a `ConfigurationError`. */
  read: () => unknown;
}

/** A resolved setting and where it came from. */
export interface Resolved<T> {
  value: T;
  from: string;
}

/** The first non-empty value of the chain, or `undefined`. */
export function resolveSetting(chain: readonly SettingSource[]): Resolved<unknown> | undefined {
  for (const source of chain) {
    let value = source.read();
    if (typeof value === "string") value = value.trim();
    if (value !== undefined && value !== null && value !== "") return { value, from: source.from };
  }
  return undefined;
}

/** A source reading an explicit option. */
export function fromOption(name: string, value: unknown): SettingSource {
  return { from: `option \`${name}\``, read: () => value };
}

/** A source reading an environment variable as text. */
export function fromEnv(name: string): SettingSource {
  return { from: `environment variable ${name}`, read: () => envValue(name) };
}

/** A source reading a constant default. */
export function fromDefault(value: unknown): SettingSource {
  return { from: "default", read: () => value };
}

/**
 * Reads an environment variable holding a number. Empty or unset → `undefined`; anything that is
 * not a finite number → a `ConfigurationError` naming the variable.
 */
export function envNumber(name: string): number | undefined {
  const raw = envValue(name)?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) {
    throw new ConfigurationError(`environment variable ${name} must be a number, got ${JSON.stringify(raw)}`, { source: name });
  }
  return value;
}

/** Checks a resolved value's type, naming its source when wrong. */
export function expectString(resolved: Resolved<unknown> | undefined, what: string): Resolved<string> | undefined {
  if (!resolved) return undefined;
  if (typeof resolved.value !== "string" && typeof resolved.value !== "number") {
    throw new ConfigurationError(`${what} from ${resolved.from} must be a string, got ${describeType(resolved.value)}`, {
      source: resolved.from,
    });
  }
  return { value: String(resolved.value), from: resolved.from };
}

export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value)}`;
}

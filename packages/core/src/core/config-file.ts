// Config files (YAML or JSON) read once, with the line of every key for error messages.

import { loadConfigText, fileMode } from "#platform";
import { ConfigurationError } from "./errors.js";

/** A parsed config file. `data` is `{}` when the file does not exist. */
export interface ConfigFile {
  /** Path as shown to users (`~` for the home directory). */
  readonly path: string;
  readonly exists: boolean;
  readonly data: Readonly<Record<string, unknown>>;
  /** Line (1-based) where a key path is defined, when known. */
  lineOf(...keys: string[]): number | undefined;
  /** `path:line` of a key, for error messages. */
  where(...keys: string[]): string;
}

/**
 * Reads a YAML or JSON config file. A missing file gives an empty config; a malformed one, or a
 * top level that is not a mapping, a `ConfigurationError` naming the file and line. A file that
 * other users can read gets a warning (as ssh does), since it holds credentials.
 */
export function loadConfigFile(path: string, options: { displayPath?: string; warn?: (message: string) => void } = {}): ConfigFile {
  const shown = options.displayPath ?? path;
  const parsed = loadConfigText(path, shown);
  if (!parsed) return emptyConfig(shown);
  const mode = fileMode(path);
  if (mode !== undefined && (mode & 0o044) !== 0) {
    (options.warn ?? ((m: string) => console.warn(m)))(
      `warning: ${shown} holds credentials but other users can read it (mode ${mode.toString(8).padStart(3, "0")}); run \`chmod 600 ${shown}\``,
    );
  }
  const { data, lineOf } = parsed;
  if (data === null || data === undefined) return { ...emptyConfig(shown), exists: true };
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new ConfigurationError(
      `${shown}:1: the top level must be a mapping of settings, got ${Array.isArray(data) ? "a list" : typeof data}`,
      {
        source: shown,
      },
    );
  }
  return {
    path: shown,
    exists: true,
    data: data as Record<string, unknown>,
    lineOf,
    where: (...keys) => {
      const line = lineOf(...keys);
      return line ? `${shown}:${line}` : shown;
    },
  };
}

function emptyConfig(path: string): ConfigFile {
  return { path, exists: false, data: {}, lineOf: () => undefined, where: () => path };
}

// YAML (and so JSON) config files, parsed with the line of every key for error messages.

import type * as Yaml from "yaml";
import { ConfigurationError } from "../../core/errors.js";
import { readTextFile } from "./files.js";

// yaml takes about 30 ms to load: loaded when a config file is found, not when core is imported.
const load = process.getBuiltinModule("node:module").createRequire(import.meta.url);

/** Parses a config file; `undefined` when it does not exist. */
export function loadConfigText(
  path: string,
  shown: string,
): { data: unknown; lineOf: (...keys: string[]) => number | undefined } | undefined {
  const text = readTextFile(path);
  if (text === undefined) return undefined;
  const { LineCounter, parseDocument } = load("yaml") as typeof Yaml;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    const line = lines.linePos(error.pos[0]).line;
    throw new ConfigurationError(`${shown}:${line}: not valid YAML or JSON (${error.message.split("\n")[0]})`, {
      source: `${shown}:${line}`,
    });
  }
  const lineOf = (...keys: string[]) => {
    const parent = (keys.length > 1 ? doc.getIn(keys.slice(0, -1), true) : doc.contents) as
      | { items?: Array<{ key?: { value?: unknown; range?: number[] } }> }
      | undefined;
    const key = parent?.items?.find?.((item) => item.key?.value === keys[keys.length - 1])?.key;
    const offset = key?.range?.[0];
    return offset === undefined ? undefined : lines.linePos(offset).line;
  };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new ConfigurationError(`${shown}: cannot be read (${(e as Error).message})`, { source: shown });
  }
  return { data, lineOf };
}

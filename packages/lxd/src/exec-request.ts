// The exec request every form shares (`exec()`, its recorded variant, `execStream()`): the command,
// its environment and identity, and how LXD should wire its streams.

import type { API } from "./api.js";

/** Where and as whom a command runs. */
export interface ExecTarget {
  env?: Readonly<Record<string, string>> | undefined;
  cwd?: string | undefined;
  user?: number | undefined;
  group?: number | undefined;
}

/** How LXD wires the command's streams: websockets or a recorded log, a terminal or pipes. */
export interface ExecWiring {
  interactive: boolean;
  "wait-for-websocket": boolean;
  "record-output"?: boolean;
  width?: number | undefined;
  height?: number | undefined;
}

/** `POST /1.0/instances/{name}/exec`, leaving out what the caller did not set. */
export function postExec(api: API, name: string, command: readonly string[], target: ExecTarget, wiring: ExecWiring, signal?: AbortSignal) {
  const { env, cwd, user, group } = target;
  const { width, height, ...streams } = wiring;
  return api.POST("/1.0/instances/{name}/exec", {
    params: { path: { name } },
    body: {
      command: [...command],
      ...(env ? { environment: { ...env } } : {}),
      ...(cwd !== undefined ? { cwd } : {}),
      ...(user !== undefined ? { user } : {}),
      ...(group !== undefined ? { group } : {}),
      ...(width !== undefined ? { width } : {}),
      ...(height !== undefined ? { height } : {}),
      ...streams,
    },
    ...(signal ? { signal } : {}),
  });
}

// `api.exec()`: a command in an instance, over the operation's websockets. LXD starts the command
// once every stream is connected (`wait-for-websocket`); stdout and stderr end with an empty text
// frame, stdin is ended the same way, and the exit code is the finished operation's `return`.

import { ConfigurationError, expectField, TimeoutError, type platform } from "@clientele/core";

type WebSocketConnection = platform.WebSocketConnection;
import type { API } from "./api.js";
import { postExec } from "./exec-request.js";
import { connect } from "./session.js";

/** Options of {@link API.exec}. */
export interface ExecOptions {
  /** Extra environment variables. */
  env?: Readonly<Record<string, string>>;
  /** Working directory of the command. */
  cwd?: string;
  /** UID to run as (default 0). */
  user?: number;
  /** GID to run as (default 0). */
  group?: number;
  /** What the command reads on stdin (then end of file); nothing by default. */
  stdin?: string | Uint8Array | AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;
  /**
   * Longest run in ms: then the command is killed (SIGKILL) and the call rejects with core's
   * `TimeoutError`. Default: none (the client's `timeout` applies to each HTTP request only).
   */
  timeout?: number;
  /** Aborting kills the command (SIGKILL) and rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * LXD's `record-output` mode instead of websockets: the daemon saves stdout and stderr to log
   * files, read once the command has ended (then deleted). No stdin; `timeout` bounds the wait
   * (the command is not killed: there is no control socket). Default false.
   */
  recordOutput?: boolean;
}

/** What a command did: its exit code and everything it wrote, never truncated. */
export interface ExecResult {
  /** The exit code (128 + n when killed by signal n). */
  readonly exitCode: number;
  /** Everything written to stdout. */
  readonly stdout: Uint8Array;
  /** Everything written to stderr. */
  readonly stderr: Uint8Array;
  /** stdout decoded as UTF-8. */
  readonly stdoutText: string;
  /** stderr decoded as UTF-8. */
  readonly stderrText: string;
}

/** Runs `command` as {@link API.exec} documents. */
export async function execInstance(api: API, name: string, command: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  checkExec(command, options);
  const { env, cwd, user, group, stdin, timeout, signal, recordOutput } = options;
  signal?.throwIfAborted();
  if (recordOutput) return execRecorded(api, name, command, options);
  const started = await postExec(
    api,
    name,
    command,
    { env, cwd, user, group },
    { interactive: false, "wait-for-websocket": true, "record-output": false },
    signal,
  );
  const what = `POST ${started.request.url}`;
  const fds = await connect(api, started, ["1", "2", "0"]);
  const [output, errors, input, control] = [fds["1"]!, fds["2"]!, fds["0"]!, fds.control!];
  const sockets = [output, errors, input, control];
  let stopped: unknown;
  const kill = (reason: unknown) => {
    stopped ??= reason;
    // SIGKILL over the control socket; the streams then end and the operation finishes.
    control.send(JSON.stringify({ command: "signal", signal: 9 })).catch(() => {});
  };
  const timer =
    timeout && timeout > 0
      ? setTimeout(() => kill(new TimeoutError({ url: what, timeout, what: `exec in ${name} ran longer than ${timeout} ms` })), timeout)
      : undefined;
  const onAbort = () => kill(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const [stdout, stderr] = await Promise.all([drain(output), drain(errors), feed(input, stdin)]);
    const done = await started.wait({ maxDuration: 60_000, raiseOnTimeout: true });
    if (stopped) throw stopped;
    const exitCode = expectField<number>(done.data, "metadata.metadata.return", `GET ${done.request.url}`);
    return execResult(exitCode, stdout, stderr);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
    for (const s of sockets) s.close();
  }
}

/** `record-output` mode: run, wait, then read (and delete) the daemon's log files of stdout and stderr. */
async function execRecorded(api: API, name: string, command: readonly string[], options: ExecOptions): Promise<ExecResult> {
  const { stdin, timeout, signal } = options;
  if (stdin !== undefined) {
    throw new ConfigurationError("exec(): `stdin` needs the websockets: it cannot be given with `recordOutput`", { source: "stdin" });
  }
  const started = await postExec(
    api,
    name,
    command,
    options,
    { interactive: false, "wait-for-websocket": false, "record-output": true },
    signal,
  );
  const done = await started.wait({
    maxDuration: timeout && timeout > 0 ? timeout : -1,
    raiseOnTimeout: true,
    ...(signal ? { signal } : {}),
  });
  const what = `GET ${done.request.url}`;
  const exitCode = expectField<number>(done.data, "metadata.metadata.return", what);
  const logs = expectField<Record<string, string>>(done.data, "metadata.metadata.output", what);
  const read = async (fd: "1" | "2"): Promise<Uint8Array> => {
    const url = logs[fd];
    if (!url) return new Uint8Array();
    const filename = decodeURIComponent(url.split("?")[0]!.split("/").pop()!);
    const log = await api.GET("/1.0/instances/{name}/logs/{filename}", { params: { path: { name, filename } }, parseAs: "bytes" });
    await api.DELETE("/1.0/instances/{name}/logs/{filename}", { params: { path: { name, filename } } }).catch(() => {});
    return log.data;
  };
  const [stdout, stderr] = await Promise.all([read("1"), read("2")]);
  return execResult(exitCode, stdout, stderr);
}

/** A stream's bytes until its end-of-file frame (an empty text frame) or close. */
async function drain(socket: WebSocketConnection): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const message of socket) {
    if (typeof message === "string") {
      if (message === "") break;
      const bytes = new TextEncoder().encode(message);
      chunks.push(bytes);
      size += bytes.byteLength;
    } else {
      chunks.push(message);
      size += message.byteLength;
    }
  }
  return concat(chunks, size);
}

/** Sends `stdin` (if any), then end of file. */
async function feed(socket: WebSocketConnection, stdin: ExecOptions["stdin"]): Promise<void> {
  try {
    if (typeof stdin === "string") await socket.send(new TextEncoder().encode(stdin));
    else if (stdin instanceof Uint8Array) await socket.send(stdin);
    else if (stdin) {
      const chunks = stdin as AsyncIterable<Uint8Array>;
      for await (const chunk of chunks) if (chunk.byteLength) await socket.send(chunk);
    }
    await socket.send("");
  } catch {
    // The command ended (or was killed) before reading all of stdin, as a pipe would: not an error of the exec.
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function execResult(exitCode: number, stdout: Uint8Array, stderr: Uint8Array): ExecResult {
  const decoder = new TextDecoder();
  return {
    exitCode,
    stdout,
    stderr,
    get stdoutText() {
      return decoder.decode(stdout);
    },
    get stderrText() {
      return decoder.decode(stderr);
    },
  };
}

function checkExec(command: readonly string[], options: ExecOptions): void {
  if (!Array.isArray(command) || command.length === 0 || !command.every((c) => typeof c === "string")) {
    throw new ConfigurationError(`exec(): \`command\` must be a non-empty array of strings, got ${JSON.stringify(command)}`, {
      source: "command",
    });
  }
  const { timeout, user, group } = options;
  if (timeout !== undefined && !(Number.isFinite(timeout) && timeout >= 0)) {
    throw new ConfigurationError(`exec(): \`timeout\` must be a number of ms ≥ 0, got ${String(timeout)}`, { source: "timeout" });
  }
  for (const [option, value] of Object.entries({ user, group })) {
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
      throw new ConfigurationError(`exec(): \`${option}\` must be a whole number ≥ 0, got ${String(value)}`, { source: option });
    }
  }
}

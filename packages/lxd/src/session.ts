// Interactive use of an instance over websockets: `api.execStream()` (a command with stdin as a
// writable and stdout/stderr as readables, optionally in a terminal) and `api.console()` (the
// instance's console). Both take window sizes and signals over the operation's control socket.

import { expectField, type platform } from "@clientele/core";
import type { API } from "./api.js";
import { postExec } from "./exec-request.js";
import type { APIResult } from "./result.js";

type WebSocketConnection = platform.WebSocketConnection;

/** Options of {@link API.execStream}. */
export interface ExecStreamOptions {
  /** Extra environment variables. */
  env?: Readonly<Record<string, string>>;
  /** Working directory of the command. */
  cwd?: string;
  /** UID to run as. */
  user?: number;
  /** GID to run as. */
  group?: number;
  /** Run in a terminal (a PTY): stdout and stderr are one stream, `resize()` applies. Default false. */
  terminal?: boolean;
  /** Terminal width in columns (terminal mode). */
  width?: number;
  /** Terminal height in rows (terminal mode). */
  height?: number;
  /** Aborting kills the command (SIGKILL) and closes the streams. */
  signal?: AbortSignal;
}

/** A running command or an attached console. */
export interface Session {
  /** What the command reads. Closing it ends its input (outside a terminal; in one, write `\x04`). */
  readonly stdin: WritableStream<Uint8Array>;
  /** What it writes (in a terminal: stdout and stderr together). */
  readonly stdout: ReadableStream<Uint8Array>;
  /** What it writes on stderr (empty in a terminal and for a console). */
  readonly stderr: ReadableStream<Uint8Array>;
  /** Sets the terminal's size (terminal mode and consoles). */
  resize(width: number, height: number): Promise<void>;
  /** Sends a signal to the command (default SIGTERM, 15). */
  kill(signal?: number): Promise<void>;
  /** Detaches: closes every websocket (a console keeps running; a command sees its streams close). */
  close(): void;
}

/** A command started by {@link API.execStream}. */
export interface ExecSession extends Session {
  /** The exit code, once the command has ended and its output has been read to the end (LXD waits for that). */
  readonly exit: Promise<number>;
}

/** Starts `command` as {@link API.execStream} documents. */
export async function startExec(api: API, name: string, command: readonly string[], options: ExecStreamOptions = {}): Promise<ExecSession> {
  const { env, cwd, user, group, terminal = false, width, height, signal } = options;
  const started = await postExec(
    api,
    name,
    command,
    { env, cwd, user, group },
    { interactive: terminal, "wait-for-websocket": true, width, height },
    signal,
  );
  const fds = await connect(api, started, terminal ? ["0"] : ["1", "2", "0"]);
  const session = sessionOf(fds.control!, fds["0"]!, terminal ? fds["0"]! : fds["1"]!, terminal ? undefined : fds["2"], !terminal);
  const onAbort = () => {
    session.kill(9).catch(() => {});
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  const exit = (async () => {
    try {
      const done = await started.wait({ maxDuration: -1 });
      return expectField<number>(done.data, "metadata.metadata.return", `GET ${done.request.url}`);
    } finally {
      signal?.removeEventListener("abort", onAbort);
      session.close();
    }
  })();
  exit.catch(() => {}); // observed through `exit`; never an unhandled rejection
  return { ...session, exit };
}

/** Attaches to the console of instance `name` as {@link API.console} documents. */
export async function attachConsole(api: API, name: string, options: { width?: number; height?: number } = {}): Promise<Session> {
  const started = await api.POST("/1.0/instances/{name}/console", {
    params: { path: { name } },
    body: {
      type: "console",
      ...(options.width !== undefined ? { width: options.width } : {}),
      ...(options.height !== undefined ? { height: options.height } : {}),
    },
  });
  const fds = await connect(api, started, ["0"]);
  return sessionOf(fds.control!, fds["0"]!, fds["0"]!, undefined, false);
}

/**
 * Opens the operation's websockets: the output streams first, then control, then stdin.
 */
export async function connect(
  api: API,
  started: APIResult<unknown>,
  order: readonly string[],
): Promise<Record<string, WebSocketConnection>> {
  const what = `POST ${started.request.url}`;
  const operation = expectField<string>(started.data, "operation", what);
  const secrets = expectField<Record<string, string>>(started.data, "metadata.metadata.fds", what);
  const q = operation.indexOf("?");
  const project = q < 0 ? null : new URLSearchParams(operation.slice(q + 1)).get("project");
  const open = (fd: string) =>
    api.websocket(`${q < 0 ? operation : operation.slice(0, q)}/websocket`, {
      query: { secret: expectField<string>(secrets, fd, `${what} (fds)`), ...(project ? { project } : {}) },
    });
  const sockets: Record<string, WebSocketConnection> = {};
  const add = async (fd: string) => {
    sockets[fd] = await open(fd);
  };
  try {
    // Outputs (all but stdin) together, then control, then stdin: LXD starts the command once its
    // streams are connected (control is not waited for), and a quick command can end, and its
    // operation with it, before a late control socket is accepted ("Only running operations can be connected").
    const outputs = order.filter((fd) => fd !== "0");
    if (outputs.length) await Promise.all(outputs.map(add));
    await add("control");
    if (order.includes("0")) await add("0");
  } catch (error) {
    for (const socket of Object.values(sockets)) socket.close();
    throw error;
  }
  return sockets;
}

function sessionOf(
  control: WebSocketConnection,
  input: WebSocketConnection,
  output: WebSocketConnection,
  errors: WebSocketConnection | undefined,
  endInput: boolean,
): Session {
  const sockets = [control, input, output, ...(errors ? [errors] : [])];
  const close = () => {
    for (const socket of sockets) socket.close();
  };
  return {
    stdin: new WritableStream<Uint8Array>({
      write: (chunk) => input.send(chunk),
      // Outside a terminal an empty text frame is LXD's end of file.
      close: () => (endInput ? input.send("") : undefined),
    }),
    stdout: readable(output),
    stderr: errors ? readable(errors) : new ReadableStream({ start: (c) => c.close() }),
    resize: (width, height) =>
      control.send(JSON.stringify({ command: "window-resize", args: { width: String(width), height: String(height) } })),
    kill: (signal = 15) => control.send(JSON.stringify({ command: "signal", signal })),
    close,
  };
}

/** A websocket's binary frames as a byte stream, until an empty text frame (LXD's end of file) or close. */
function readable(socket: WebSocketConnection): ReadableStream<Uint8Array> {
  const messages = socket[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await messages.next().catch(() => ({ done: true as const, value: undefined }));
      if (next.done || next.value === "") {
        // LXD's end of output; in a terminal it waits for the client to close the stream before
        // it finishes the operation (lxc does the same).
        socket.close();
        controller.close();
        return;
      }
      controller.enqueue(typeof next.value === "string" ? new TextEncoder().encode(next.value) : next.value);
    },
    cancel() {
      socket.close();
    },
  });
}

// Files on disk: config text, permissions, sizes and streamed reads.

// Built-ins come from `process.getBuiltinModule`, not ES imports, here and across core's Node
// platform: an ES import of a built-in evaluates all its exports, and `node:fs`'s getters alone load
// fs/promises, readline and the file streams, milliseconds a one-shot script pays before its request.
// Files are opened and closed through the module object, so tools that watch `fs.open`/`fs.close` see them.
const fs = process.getBuiltinModule("node:fs");
const { existsSync, fstatSync, readFileSync, statSync } = fs;
const { join } = process.getBuiltinModule("node:path");
const { Readable } = process.getBuiltinModule("node:stream");

/** The text of a file, or `undefined` when it does not exist. */
export function readTextFile(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Permission bits of a file (for the "readable by others" warning), or `undefined`. */
export function fileMode(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o777;
  } catch {
    return undefined;
  }
}

/** Size in bytes of a file given by path or open descriptor. */
export function fileSize(pathOrFd: string | number): number {
  return typeof pathOrFd === "number" ? fstatSync(pathOrFd).size : statSync(pathOrFd).size;
}

/** Bytes read from disk per chunk: large enough that per-chunk costs vanish, small enough to keep memory flat. */
const FILE_CHUNK = 4 << 20;

/**
 * A file's bytes, read in 4 MiB chunks so memory stays flat whatever the size. A Node stream (an
 * async iterable), which Node's transport sends without converting it to a web stream and back.
 *
 * The file is opened when the first chunk is pulled, not before: a body that is never sent (the
 * request failed first, a fetch refused it) holds no descriptor. It is read as the consumer pulls
 * (at most a chunk ahead), never in flowing mode: nothing is read, and so nothing lost, before the
 * connection is ready, and `onChunk` counts bytes handed on. Ending, failing or
 * `destroy()` closes the file, once, after any read in flight.
 */
export function fileStream(path: string, onChunk?: (bytes: number) => void): AsyncIterable<Uint8Array> {
  return new FileBody(path, onChunk);
}

/**
 * The file body of {@link fileStream}. As a stream, every chunk is a fresh buffer, which any
 * consumer may keep. {@link FileBody.reusingBuffers} is for a consumer known to be done with a
 * chunk when it asks for the next one (core's transport over undici): two buffers, reused.
 */
export class FileBody extends Readable {
  readonly #path: string;
  readonly #onChunk: ((bytes: number) => void) | undefined;
  #fd: number | undefined;
  #position = 0;
  /** The open or read in flight: closing waits for it. */
  #pending: Promise<unknown> | undefined;
  #closed = false;
  #reused = false;

  constructor(path: string, onChunk?: (bytes: number) => void) {
    super({ highWaterMark: FILE_CHUNK });
    this.#path = path;
    this.#onChunk = onChunk;
  }

  override _read(): void {
    this.#next(Buffer.allocUnsafe(FILE_CHUNK)).then(
      (chunk) => {
        if (chunk) this.#onChunk?.(chunk.length);
        this.push(chunk);
      },
      (error: Error) => this.destroy(error),
    );
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.#close().then(
      () => callback(error),
      (closeError: Error) => callback(error ?? closeError),
    );
  }

  /**
   * The file's chunks read into two buffers used in turn: the next chunk is read while the last
   * one is sent, and a buffer is read into again only after its chunk was handed on and the
   * consumer asked for one more. Fresh 4 MiB buffers for each chunk would make the garbage
   * collector run a full collection every few dozen MiB (external memory pressure): about half of
   * an upload's CPU time. The file closes when the iteration ends, however it ends.
   */
  async *reusingBuffers(): AsyncGenerator<Uint8Array, void, undefined> {
    if (this.#reused || this.readableDidRead || this.destroyed) throw new Error("FileBody: already read");
    this.#reused = true;
    const buffers = [Buffer.allocUnsafeSlow(FILE_CHUNK), Buffer.allocUnsafeSlow(FILE_CHUNK)];
    try {
      let ahead: Promise<Buffer | null> = this.#next(buffers[0]!);
      for (let turn = 1; ; turn++) {
        const chunk = await ahead;
        if (!chunk) return;
        // The other buffer's chunk was handed on before this `next()`: it is free to read into.
        ahead = this.#next(buffers[turn & 1]!);
        ahead.catch(() => {}); // seen when awaited; a consumer that stops first never awaits it
        this.#onChunk?.(chunk.length);
        yield chunk;
      }
    } finally {
      this.destroy();
    }
  }

  /** Reads the next chunk into `buffer`: the bytes read (a view of it), or `null` at the end. */
  #next(buffer: Buffer): Promise<Buffer | null> {
    const read = this.#pending ? this.#pending.then(() => this.#read(buffer)) : this.#read(buffer);
    this.#pending = read.catch(() => {});
    return read;
  }

  async #read(buffer: Buffer): Promise<Buffer | null> {
    if (this.#closed) throw new Error("FileBody: closed");
    this.#fd ??= await call<number>((done) => fs.open(this.#path, "r", done));
    if (this.#closed) throw new Error("FileBody: closed");
    const bytes = await call<number>((done) => fs.read(this.#fd!, buffer, 0, buffer.length, this.#position, done)).catch((error: Error) => {
      // Node's read errors name no path: name it, so the upload can say which file failed.
      throw Object.assign(error, { path: this.#path });
    });
    if (bytes === 0) return null;
    this.#position += bytes;
    return bytes === buffer.length ? buffer : buffer.subarray(0, bytes);
  }

  /** Closes the descriptor once, after the open or read in flight. */
  async #close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pending;
    const fd = this.#fd;
    this.#fd = undefined;
    if (fd !== undefined) await call<void>((done) => fs.close(fd, done));
  }
}

/** A Node callback API as a promise. */
function call<T>(run: (done: (error: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value))));
}

export function homeDir(): string | undefined {
  return process.getBuiltinModule("node:os").homedir();
}

/** Whether a path exists (any kind). */
export function fileExists(path: string): boolean {
  return existsSync(path);
}

/** Whether a path is a regular file. */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Whether a path is a unix socket. */
export function isSocket(path: string): boolean {
  try {
    return statSync(path).isSocket();
  } catch {
    return false;
  }
}

/** A file's bytes; throws Node's error (with its `code`) when it cannot be read. */
export function readFileBytes(path: string): Uint8Array {
  return readFileSync(path);
}

/** Path segments joined with the platform's separator. */
export function joinPath(...parts: string[]): string {
  return join(...parts);
}

/** An environment variable, or `undefined`. */
export function env(name: string): string | undefined {
  return process.env[name];
}

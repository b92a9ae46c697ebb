// Writing a transfer to a local file. Bytes go to a temporary name beside the target and are renamed
// into place only once all of them are on disk, so a failed or aborted transfer never leaves a
// truncated file under the final name, nor replaces what was there.
const { createWriteStream } = process.getBuiltinModule("node:fs");
const { basename, dirname, join } = process.getBuiltinModule("node:path");
// fs/promises when a transfer ends, not on import: it costs a script that saves no file about 1 ms.
const fsPromises = () => process.getBuiltinModule("node:fs/promises");

/** A file being written: `write` resolves when the chunk may be reused, `commit` or `abort` ends it. */
export interface FileWriter {
  write(chunk: Uint8Array): Promise<void>;
  /** Flushes, closes and renames the file into place. */
  commit(): Promise<void>;
  /** Closes and removes the temporary file; the target is left as it was. */
  abort(): Promise<void>;
}

// A 1 MiB buffer lets the next network read overlap the disk write (with Node's 16 KiB default every
// 64 KiB chunk waits for its own write: about 0.85× `lxc file pull` against about 1× here).
const HIGH_WATER_MARK = 1 << 20;

export function createFileWriter(path: string): FileWriter {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.partial`);
  const stream = createWriteStream(temporary, { highWaterMark: HIGH_WATER_MARK, flags: "wx" });
  let failure: Error | undefined;
  stream.on("error", (error) => {
    failure ??= named(error, path);
  });
  const closed = () =>
    new Promise<void>((resolve) => {
      if (stream.closed) resolve();
      else stream.once("close", () => resolve());
    });
  return {
    write(chunk) {
      if (failure) return Promise.reject(failure);
      if (stream.write(chunk)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const done = () => {
          stream.off("drain", done);
          stream.off("close", done);
          if (failure) reject(failure);
          else resolve();
        };
        stream.on("drain", done);
        stream.on("close", done);
      });
    },
    async commit() {
      stream.end();
      await closed();
      if (failure) {
        await fsPromises().rm(temporary, { force: true });
        throw failure;
      }
      await fsPromises()
        .rename(temporary, path)
        .catch(async (error: Error) => {
          await fsPromises().rm(temporary, { force: true });
          throw named(error, path);
        });
    },
    async abort() {
      stream.destroy();
      await closed();
      await fsPromises().rm(temporary, { force: true });
    },
  };
}

/** The system's error, said about the target the user named (not our temporary name). */
function named(error: Error, path: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  return new Error(`cannot write ${path}: ${code ? `${code} ` : ""}${error.message.replace(/, \w+ '.*'$/, "")}`, { cause: error });
}

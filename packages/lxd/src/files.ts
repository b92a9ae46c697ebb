// Files of an instance (`/1.0/instances/{name}/files?path=`): push and pull streamed (constant
// memory), directories, symlinks, listings and deletes. Every call is a typed call through core,
// so the instance name and the path are encoded by core, never spliced into a URL here.

import { ClienteleError, ConfigurationError, platform, type CallOptions } from "@clientele/core";
import type { API } from "./api.js";

/** What a path is inside the instance (LXD's `X-LXD-type`). */
export type FileType = "file" | "directory" | "symlink";

/** Ownership and permissions of a pushed file, directory or symlink. */
export interface FileOwnership {
  /** Owner UID inside the instance (default: LXD's, 0). */
  uid?: number;
  /** Owner GID inside the instance (default: LXD's, 0). */
  gid?: number;
  /** Permission bits, e.g. `0o644` (default: LXD's, 0644 for files, 0755 for directories). */
  mode?: number;
}

/** Options of {@link InstanceFiles.push}. */
export interface PushOptions extends FileOwnership, CallOptions {
  /** `overwrite` (default) or `append`. */
  write?: "overwrite" | "append";
}

/** A pulled file: its metadata and its content as a stream (read it or cancel it). */
export interface PulledFile {
  type: FileType;
  uid: number;
  gid: number;
  /** Permission bits (e.g. `0o644`). */
  mode: number;
  /** The content, streamed: nothing is held in memory beyond what the reader has not consumed. */
  body: ReadableStream<Uint8Array>;
}

/** What {@link InstanceFiles.push} sends: bytes, text, a Blob or a stream (streamed as it is read). */
export type FileData = string | Uint8Array | Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/**
 * The files of instances, as `api.files`.
 *
 * @example
 * ```ts
 * import { API } from "@clientele/lxd";
 * declare const api: API;
 * await api.files.mkdir("c1", "/srv/app", { mode: 0o750 });
 * await api.files.push("c1", "/srv/app/config.json", '{"a":1}', { uid: 1000, gid: 1000, mode: 0o640 });
 * await api.files.pushFile("c1", "/srv/app/data.bin", "./data.bin");
 * const file = await api.files.pull("c1", "/srv/app/config.json");
 * const text = await new Response(file.body).text();
 * const names = await api.files.list("c1", "/srv/app");
 * await api.files.symlink("c1", "/srv/current", "/srv/app");
 * await api.files.delete("c1", "/srv/current");
 * ```
 */
export class InstanceFiles {
  readonly #api: API;

  constructor(api: API) {
    this.#api = api;
  }

  /** Writes `data` to `path` in the instance, streamed (a stream or async iterable is sent as it is read). */
  async push(instance: string, path: string, data: FileData, options: PushOptions = {}): Promise<void> {
    const { uid, gid, mode, write, ...call } = options;
    await this.#write(instance, path, "file", data, { uid, gid, mode }, call, write);
  }

  /**
   * Pushes the local file `localPath` to `path`, read from disk as it is sent (constant memory), with the
   * local file's permission bits unless `mode` says otherwise, as `lxc file push` does. Needs a file
   * system (Node.js, Bun, Deno).
   */
  async pushFile(instance: string, path: string, localPath: string, options: PushOptions = {}): Promise<void> {
    if (platform.platformName === "web")
      throw new ConfigurationError("pushFile() needs a file system (Node.js, Bun, Deno); use push() with the data");
    if (typeof localPath !== "string" || !platform.isFile(localPath)) {
      const why = typeof localPath === "string" && platform.fileExists(localPath) ? "is not a regular file" : "does not exist";
      throw new ConfigurationError(`pushFile(): local file ${JSON.stringify(localPath)} ${why}`, { source: "localPath" });
    }
    const mode = options.mode ?? platform.fileMode(localPath);
    await this.push(instance, path, platform.fileStream(localPath), { ...options, mode });
  }

  /** Creates the directory `path` (its parent must exist). */
  async mkdir(instance: string, path: string, options: FileOwnership & CallOptions = {}): Promise<void> {
    const { uid, gid, mode, ...call } = options;
    await this.#write(instance, path, "directory", "", { uid, gid, mode }, call);
  }

  /** Creates the symlink `path` pointing at `target`. */
  async symlink(instance: string, path: string, target: string, options: FileOwnership & CallOptions = {}): Promise<void> {
    const { uid, gid, mode, ...call } = options;
    if (typeof target !== "string" || !target || target.includes("\0")) {
      throw new ConfigurationError(`symlink(): \`target\` must be a non-empty path, got ${JSON.stringify(target)}`, { source: "target" });
    }
    await this.#write(instance, path, "symlink", target, { uid, gid, mode }, call);
  }

  /**
   * Reads `path`: its metadata and its content as a stream. A directory is refused (use
   * {@link InstanceFiles.list}); a symlink's content is its target.
   */
  async pull(instance: string, path: string, options: CallOptions = {}): Promise<PulledFile> {
    const result = await this.#api.GET("/1.0/instances/{name}/files", {
      params: { path: { name: instance }, query: { path: checkPath(path) } },
      parseAs: "stream",
      ...options,
    });
    const info = metadataOf(result.response.headers, `GET ${result.request.url}`);
    const body = result.data;
    if (info.type === "directory") {
      await body?.cancel();
      throw new ClienteleError(`GET ${result.request.url}: ${path} is a directory; list it with files.list()`);
    }
    return { ...info, body: body ?? new ReadableStream({ start: (c) => c.close() }) };
  }

  /** The names in the directory `path`. */
  async list(instance: string, path: string, options: CallOptions = {}): Promise<string[]> {
    const result = await this.#api.GET("/1.0/instances/{name}/files", {
      params: { path: { name: instance }, query: { path: checkPath(path) } },
      parseAs: "auto",
      ...options,
    });
    const what = `GET ${result.request.url}`;
    const info = metadataOf(result.response.headers, what);
    const names = (result.data as { metadata?: unknown } | undefined)?.metadata;
    if (info.type !== "directory" || !Array.isArray(names)) throw new ClienteleError(`${what}: ${path} is a ${info.type}, not a directory`);
    return names as string[];
  }

  /** Deletes `path` (a file, a symlink, or an empty directory). */
  async delete(instance: string, path: string, options: CallOptions = {}): Promise<void> {
    await this.#api.DELETE("/1.0/instances/{name}/files", {
      params: { path: { name: instance }, query: { path: checkPath(path) } },
      ...options,
    });
  }

  async #write(
    instance: string,
    path: string,
    type: FileType,
    body: FileData,
    ownership: FileOwnership,
    call: CallOptions,
    write?: "overwrite" | "append",
  ): Promise<void> {
    const header = headersOf(type, ownership, write);
    await this.#api.POST("/1.0/instances/{name}/files", {
      params: { path: { name: instance }, query: { path: checkPath(path) }, header },
      // Sent as is by core: bytes and text with their length, streams chunk by chunk.
      body: body as Uint8Array,
      ...call,
    });
  }
}

/** An absolute path without `..` or NUL: LXD resolves paths inside the instance, but a `..` is refused here, never sent. */
export function checkPath(path: string): string {
  if (typeof path !== "string" || !path.startsWith("/") || path.includes("\0") || path.split("/").includes("..")) {
    throw new ConfigurationError(`file path must be absolute, without ".." or NUL, got ${JSON.stringify(path)}`, { source: "path" });
  }
  return path;
}

function headersOf(type: FileType, { uid, gid, mode }: FileOwnership, write: "overwrite" | "append" | undefined) {
  for (const [name, value] of Object.entries({ uid, gid })) {
    if (value !== undefined && !(Number.isInteger(value) && value >= 0))
      throw new ConfigurationError(`\`${name}\` must be a whole number ≥ 0, got ${String(value)}`, { source: name });
  }
  if (mode !== undefined && !(Number.isInteger(mode) && mode >= 0 && mode <= 0o7777))
    throw new ConfigurationError(`\`mode\` must be permission bits like 0o644, got ${String(mode)}`, { source: "mode" });
  if (write !== undefined && write !== "overwrite" && write !== "append")
    throw new ConfigurationError(`\`write\` must be "overwrite" or "append", got ${String(write)}`, { source: "write" });
  return {
    "X-LXD-type": type,
    ...(uid !== undefined ? { "X-LXD-uid": uid } : {}),
    ...(gid !== undefined ? { "X-LXD-gid": gid } : {}),
    ...(mode !== undefined ? { "X-LXD-mode": `0${mode.toString(8)}` } : {}),
    ...(write !== undefined ? { "X-LXD-write": write } : {}),
  };
}

function metadataOf(headers: Headers, what: string): Omit<PulledFile, "body"> {
  const type = headers.get("x-lxd-type");
  if (type !== "file" && type !== "directory" && type !== "symlink") throw new ClienteleError(`${what}: no X-LXD-type in the answer`);
  return {
    type,
    uid: Number(headers.get("x-lxd-uid") ?? 0),
    gid: Number(headers.get("x-lxd-gid") ?? 0),
    mode: Number.parseInt(headers.get("x-lxd-mode") ?? "0", 8),
  };
}

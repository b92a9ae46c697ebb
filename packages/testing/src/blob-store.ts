// Stand-in storage for pre-signed upload/download URLs: takes PUTs (streamed, counted), serves GETs.

/** What a PUT to a rewritten upload URL left behind. */
export interface StoredBlob {
  /** The key: original host and path, e.g. `bucket.s3.amazonaws.com/a/b.tgz`. */
  key: string;
  /** Bytes received. */
  size: number;
  /** The upload's `Content-Type`, if sent. */
  contentType?: string;
  /** The first {@link BlobStore.keepBytes} bytes, served back on GET. */
  bytes: Uint8Array;
}

/** Keeps uploads in memory, up to a cap per blob; larger uploads are counted and the rest discarded. */
export class BlobStore {
  private readonly blobs = new Map<string, StoredBlob>();

  /** @param keepBytes - How many bytes of each upload are kept to be served back (default 8 MiB). */
  constructor(readonly keepBytes = 8 * 1024 * 1024) {}

  /** Stores an upload read from `chunks`; returns what was stored. */
  async put(key: string, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, contentType?: string): Promise<StoredBlob> {
    const kept: Uint8Array[] = [];
    let size = 0;
    let keptSize = 0;
    for await (const chunk of chunks) {
      size += chunk.byteLength;
      if (keptSize < this.keepBytes) {
        const part = chunk.subarray(0, this.keepBytes - keptSize);
        kept.push(part);
        keptSize += part.byteLength;
      }
    }
    const bytes = new Uint8Array(keptSize);
    let offset = 0;
    for (const part of kept) {
      bytes.set(part, offset);
      offset += part.byteLength;
    }
    const blob: StoredBlob = { key, size, bytes, ...(contentType ? { contentType } : {}) };
    this.blobs.set(key, blob);
    return blob;
  }

  /** The blob stored under `key`, if any. */
  get(key: string): StoredBlob | undefined {
    return this.blobs.get(key);
  }

  /** Every stored blob. */
  list(): StoredBlob[] {
    return [...this.blobs.values()];
  }

  /** Forgets every blob. */
  clear(): void {
    this.blobs.clear();
  }
}

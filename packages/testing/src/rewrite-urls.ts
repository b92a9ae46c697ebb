// Pointing pre-signed upload/download URLs in example answers at the mock itself.

/** Path prefix under which a mock serves rewritten transfer URLs. */
export const BLOB_PATH_PREFIX = "/__clientele/blobs/";

/**
 * Decides whether a string in an answer is a transfer URL to rewrite.
 * @param key - The property name holding the string.
 * @param value - The string (already known to be an absolute http(s) URL).
 * @param parents - Property names from the body's root down to (not including) `key`.
 */
export type TransferUrlPredicate = (key: string, value: string, parents: readonly string[]) => boolean;

const TRANSFER_KEY = /(upload|download|presigned|signed)[_-]?(url|uri|link|href)s?$/i;
const BARE_URL_KEY = /^(url|uri|href|link)$/i;
const TRANSFER_PARENT = /output|input|result|file|artifact|download|upload|asset|archive|package|blob/i;
const SIGNATURE_PARAM = /[?&](x-amz-signature|x-goog-signature|signature|sig)=/i;

/**
 * The default rule: `upload_url`-like keys (`upload_url`, `download_uri`, `presigned_url`, ...), a bare
 * `url`/`uri`/`href` under an `output`/`input`/`result`/`file`-like object, or any URL carrying a cloud
 * storage signature (`X-Amz-Signature`, `X-Goog-Signature`, `sig`).
 */
export const isTransferUrl: TransferUrlPredicate = (key, value, parents) =>
  TRANSFER_KEY.test(key) || (BARE_URL_KEY.test(key) && parents.some((p) => TRANSFER_PARENT.test(p))) || SIGNATURE_PARAM.test(value);

/** The mock's own URL standing for `original`: same host and path, so an upload and a later download of the same object meet. */
export function blobUrl(selfOrigin: string, original: string): string {
  const url = new URL(original);
  return `${selfOrigin.replace(/\/+$/, "")}${BLOB_PATH_PREFIX}${url.host}${url.pathname}`;
}

/** The blob key of a request path under {@link BLOB_PATH_PREFIX}, or `undefined` for other paths. */
export function blobKey(path: string): string | undefined {
  return path.startsWith(BLOB_PATH_PREFIX) ? decodeURIComponent(path.slice(BLOB_PATH_PREFIX.length)) : undefined;
}

const MAX_DEPTH = 32;

/**
 * A copy of `body` in which every transfer URL (per `predicate`) points at `selfOrigin` (see {@link blobUrl}).
 * Other values are left as they are.
 */
export function rewriteTransferUrls(body: unknown, selfOrigin: string, predicate: TransferUrlPredicate = isTransferUrl): unknown {
  const walk = (value: unknown, key: string, parents: string[], depth: number): unknown => {
    if (depth > MAX_DEPTH) return value;
    if (typeof value === "string") {
      return /^https?:\/\//i.test(value) && predicate(key, value, parents) ? blobUrl(selfOrigin, value) : value;
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key, parents, depth + 1));
    if (value !== null && typeof value === "object") {
      const nextParents = key === "" ? parents : [...parents, key];
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k, nextParents, depth + 1)]));
    }
    return value;
  };
  return walk(body, "", [], 0);
}

// Removes secrets from what clientele prints or stores: header values, URL signatures, body fields.

const REDACTED = "[REDACTED]";

/** Header names whose values are credentials. */
const SECRET_HEADERS = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-api-key",
  "api-key",
  "x-auth-token",
  "x-amz-security-token",
]);

/** Query parameters that carry signatures or tokens (presigned URLs of S3, GCS, Azure, and plain tokens). */
const SECRET_QUERY =
  /^(x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature|x-goog-credential|signature|sig|token|access_token|api_key|apikey|key|password|secret|x-ms-signature)$/i;

/** JSON body fields whose values are secrets. */
const SECRET_FIELD = /(password|passwd|secret|token|api_?key|apikey|authorization|private_?key|credential)/i;

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADERS.has(name.toLowerCase());
}

/** Headers as a plain object, secret values replaced. */
export function redactHeaders(headers: Headers | Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) out[name] = isSecretHeader(name) ? REDACTED : value;
  return out;
}

/** The URL with secret query values and any userinfo replaced. Never throws. */
export function redactUrl(url: string | URL): string {
  const text = String(url);
  if (!text.includes("?") && !text.includes("@")) return text;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    // Not absolute: redact the query by hand.
    return text.replace(/([?&])([^=&#]+)=([^&#]*)/g, (m, sep, k) => (SECRET_QUERY.test(k) ? `${sep}${k}=${REDACTED}` : m));
  }
  if (parsed.username || parsed.password) {
    parsed.username = parsed.username ? REDACTED : "";
    parsed.password = parsed.password ? REDACTED : "";
  }
  let query = parsed.search;
  if (query) {
    query = query.replace(/([?&])([^=&#]+)=([^&#]*)/g, (m, sep, k) =>
      SECRET_QUERY.test(decodeURIComponent(k)) ? `${sep}${k}=${REDACTED}` : m,
    );
  }
  return `${parsed.protocol}//${parsed.username ? `${parsed.username}:${parsed.password}@` : ""}${parsed.host}${parsed.pathname}${query}${parsed.hash}`;
}

/** A deep copy of a JSON value with secret-named fields replaced. */
export function redactJson(value: unknown, depth = 0): unknown {
  if (depth > 64 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => redactJson(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = SECRET_FIELD.test(k) && (typeof v === "string" || typeof v === "number") ? REDACTED : redactJson(v, depth + 1);
  }
  return out;
}

/**
 * Replaces every occurrence of the given secret strings in a text. The last line of defence for
 * messages that embed server text, which may echo a credential back.
 */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  return out;
}

/** A deep copy of a JSON value (or a text) with every occurrence of the secrets replaced. */
export function scrubDeep(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (!secrets.length || depth > 64) return value;
  if (typeof value === "string") return scrub(value, secrets);
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[scrub(k, secrets)] = scrubDeep(v, secrets, depth + 1);
  return out;
}

export { REDACTED };

// Which credential a client uses, and the Authorization header it becomes. Same order as the
// Python SDK: the `credential` option, else PLATFORM_AUTH_TOKEN, else the user's personal access
// token, else a datasource's id and secret; the caller's object is never modified.

import { ConfigurationError, fromEnv, resolveSetting } from "@clientele/core";

/** A platform auth token, sent as `Authorization: Bearer …`. */
export interface TokenCredential {
  authToken: string;
}

/** A user ID (with or without its `user-` prefix) and one of that user's personal access tokens, sent as HTTP Basic. */
export interface UserCredential {
  userId: string;
  personalAccessToken: string;
}

/** A DataLake datasource ID (with or without its `datasource-` prefix) and its secret, sent as HTTP Basic. */
export interface DatasourceCredential {
  datasourceId: string;
  datasourceSecret: string;
}

/**
 * What the `credential` option accepts. When an object holds several kinds, the token wins, then
 * the user pair, then the datasource pair (as in the Python SDK).
 *
 * @example
 * ```ts
 * import type { Credential } from "@clientele/abeja";
 * const credential: Credential = { userId: "1122334455667", personalAccessToken: "…" };
 * ```
 */
export type Credential = TokenCredential | UserCredential | DatasourceCredential;

/** What a client authenticates as, without the secret: safe to print. */
export interface AuthSummary {
  /** `bearer` (auth token), `user` or `datasource` (HTTP Basic), or `none` (no Authorization header). */
  kind: "bearer" | "user" | "datasource" | "none";
  /** The Basic user name (`user-…` or `datasource-…`); absent for tokens. */
  username?: string;
  /** Where the credential came from: "option `credential`", environment variable names, or "nowhere". */
  from: string;
}

/** A resolved credential: the printable summary, the header, and the strings to keep out of messages. */
export interface ResolvedCredential {
  summary: AuthSummary;
  authorization?: string;
  secrets: string[];
}

export const ENV = {
  token: "PLATFORM_AUTH_TOKEN",
  userId: "ABEJA_PLATFORM_USER_ID",
  personalAccessToken: "ABEJA_PLATFORM_PERSONAL_ACCESS_TOKEN",
  datasourceId: "ABEJA_PLATFORM_DATASOURCE_ID",
  datasourceSecret: "ABEJA_PLATFORM_DATASOURCE_SECRET",
} as const;

/**
 * Resolves the credential. An explicit `credential` is used alone (the environment is not read);
 * without one, the first complete set of environment variables wins.
 */
export function resolveCredential(option: Credential | undefined | null): ResolvedCredential {
  if (option !== undefined && option !== null) return fromObject(option);
  const token = env(ENV.token);
  if (token) return bearer(token, `environment variable ${ENV.token}`);
  const userId = env(ENV.userId);
  const pat = env(ENV.personalAccessToken);
  if (userId && pat) return basic("user", userId, pat, `environment variables ${ENV.userId} and ${ENV.personalAccessToken}`);
  const dsId = env(ENV.datasourceId);
  const dsSecret = env(ENV.datasourceSecret);
  if (dsId && dsSecret) {
    return basic("datasource", dsId, dsSecret, `environment variables ${ENV.datasourceId} and ${ENV.datasourceSecret}`);
  }
  return { summary: { kind: "none", from: "nowhere (no credential option or environment variables)" }, secrets: [] };
}

function fromObject(option: Credential): ResolvedCredential {
  const from = "option `credential`";
  if (typeof option !== "object") {
    throw new ConfigurationError(`${from} must be an object, got ${typeof option}`, { source: from });
  }
  const o = option as Partial<TokenCredential & UserCredential & DatasourceCredential> & Record<string, unknown>;
  const text = (key: string): string | undefined => {
    const v = o[key];
    if (v === undefined || v === null || v === "") return undefined;
    if (typeof v !== "string") throw new ConfigurationError(`${from}: \`${key}\` must be a string, got ${typeof v}`, { source: from });
    return v.trim() || undefined;
  };
  const token = text("authToken");
  if (token) return bearer(token, from);
  const userId = text("userId");
  const pat = text("personalAccessToken");
  if (userId && pat) return basic("user", userId, pat, from);
  const dsId = text("datasourceId");
  const dsSecret = text("datasourceSecret");
  if (dsId && dsSecret) return basic("datasource", dsId, dsSecret, from);
  const snake = ["auth_token", "user_id", "personal_access_token", "datasource_id", "datasource_secret"].filter((k) => k in o);
  const hint = snake.length ? ` (keys are camelCase here: got ${snake.join(", ")})` : "";
  throw new ConfigurationError(
    `${from} needs \`authToken\`, or \`userId\` and \`personalAccessToken\`, or \`datasourceId\` and \`datasourceSecret\`${hint}`,
    { source: from },
  );
}

function bearer(token: string, from: string): ResolvedCredential {
  return { summary: { kind: "bearer", from }, authorization: `Bearer ${token}`, secrets: [token] };
}

function basic(kind: "user" | "datasource", id: string, secret: string, from: string): ResolvedCredential {
  const prefix = `${kind}-`;
  const username = id.startsWith(prefix) ? id : `${prefix}${id}`;
  const encoded = base64(`${username}:${secret}`);
  return { summary: { kind, username, from }, authorization: `Basic ${encoded}`, secrets: [secret, encoded] };
}

function env(name: string): string | undefined {
  const resolved = resolveSetting([fromEnv(name)]);
  return resolved ? String(resolved.value) : undefined;
}

/** Base64 of the UTF-8 bytes of a text (btoa alone only takes Latin-1). */
export function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

import { describe, expect, it, vi } from "vitest";
import { APIClient, ConfigurationError, type Credential } from "@clientele/abeja";
import { ABEJA_ENV } from "../../../test/support/scripted-server.js";
import { useRecordingServer } from "./harness.js";

const server = useRecordingServer();

const basic = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString("base64")}`;

const ENV_USER = { ABEJA_PLATFORM_USER_ID: "1111111111111", ABEJA_PLATFORM_PERSONAL_ACCESS_TOKEN: "pat-from-env" };
const ENV_DS = { ABEJA_PLATFORM_DATASOURCE_ID: "2222222222222", ABEJA_PLATFORM_DATASOURCE_SECRET: "ds-secret-from-env" };

const CASES: {
  name: string;
  env?: Record<string, string>;
  credential?: Credential;
  authorization: string | undefined;
  kind: string;
  from: RegExp;
}[] = [
  {
    name: "option token beats every environment variable",
    env: { PLATFORM_AUTH_TOKEN: "env-token", ...ENV_USER, ...ENV_DS },
    credential: { authToken: "option-token" },
    authorization: "Bearer option-token",
    kind: "bearer",
    from: /option `credential`/,
  },
  {
    name: "option user pair (prefix added) is used alone, the environment ignored",
    env: { PLATFORM_AUTH_TOKEN: "env-token" },
    credential: { userId: "3333333333333", personalAccessToken: "option-pat" },
    authorization: basic("user-3333333333333", "option-pat"),
    kind: "user",
    from: /option/,
  },
  {
    name: "option user id already prefixed is kept",
    credential: { userId: "user-3333333333333", personalAccessToken: "option-pat" },
    authorization: basic("user-3333333333333", "option-pat"),
    kind: "user",
    from: /option/,
  },
  {
    name: "option with a token and a user pair: the token wins (SDK order)",
    credential: { authToken: "tok", userId: "1", personalAccessToken: "p" } as Credential,
    authorization: "Bearer tok",
    kind: "bearer",
    from: /option/,
  },
  {
    name: "option datasource pair gets the datasource- prefix",
    credential: { datasourceId: "4444444444444", datasourceSecret: "option-ds-secret" },
    authorization: basic("datasource-4444444444444", "option-ds-secret"),
    kind: "datasource",
    from: /option/,
  },
  {
    name: "PLATFORM_AUTH_TOKEN beats the user and datasource variables",
    env: { PLATFORM_AUTH_TOKEN: "env-token", ...ENV_USER, ...ENV_DS },
    authorization: "Bearer env-token",
    kind: "bearer",
    from: /PLATFORM_AUTH_TOKEN/,
  },
  {
    name: "user id + personal access token, user- prefix added",
    env: { ...ENV_USER, ...ENV_DS },
    authorization: basic("user-1111111111111", "pat-from-env"),
    kind: "user",
    from: /ABEJA_PLATFORM_USER_ID and ABEJA_PLATFORM_PERSONAL_ACCESS_TOKEN/,
  },
  {
    name: "prefixed user id from the environment is kept",
    env: { ABEJA_PLATFORM_USER_ID: "user-1111111111111", ABEJA_PLATFORM_PERSONAL_ACCESS_TOKEN: "pat-from-env" },
    authorization: basic("user-1111111111111", "pat-from-env"),
    kind: "user",
    from: /ABEJA_PLATFORM_USER_ID/,
  },
  {
    name: "user id without a token falls through to the datasource",
    env: { ABEJA_PLATFORM_USER_ID: "1111111111111", ...ENV_DS },
    authorization: basic("datasource-2222222222222", "ds-secret-from-env"),
    kind: "datasource",
    from: /ABEJA_PLATFORM_DATASOURCE_ID/,
  },
  {
    name: "datasource id + secret",
    env: ENV_DS,
    authorization: basic("datasource-2222222222222", "ds-secret-from-env"),
    kind: "datasource",
    from: /DATASOURCE/,
  },
  {
    name: "a datasource id alone sends no Authorization",
    env: { ABEJA_PLATFORM_DATASOURCE_ID: "2222222222222" },
    authorization: undefined,
    kind: "none",
    from: /nowhere/,
  },
  {
    name: "nothing at all sends no Authorization",
    authorization: undefined,
    kind: "none",
    from: /nowhere/,
  },
  {
    name: "unprefixed PLATFORM_USER_ID / PLATFORM_PERSONAL_ACCESS_TOKEN are not read (the SDK never reads them)",
    env: { PLATFORM_USER_ID: "1", PLATFORM_PERSONAL_ACCESS_TOKEN: "x" },
    authorization: undefined,
    kind: "none",
    from: /nowhere/,
  },
];

describe("credential precedence", () => {
  it.each(CASES)("$name", async ({ env, credential, authorization, kind, from }) => {
    for (const [k, v] of Object.entries(env ?? {})) vi.stubEnv(k, v);
    const client = new APIClient({ credential, baseUrl: server.url });
    expect(client.auth.kind).toBe(kind);
    expect(client.auth.from).toMatch(from);
    await client.getService("1", "2", "3");
    expect(server.requests[0]!.headers.authorization).toBe(authorization);
  });

  it("leaves the caller's credential object unchanged", () => {
    const credential = Object.freeze({ userId: "1111111111111", personalAccessToken: "pat" });
    const client = new APIClient({ credential });
    expect(credential).toEqual({ userId: "1111111111111", personalAccessToken: "pat" });
    expect(client.auth).toEqual({ kind: "user", username: "user-1111111111111", from: "option `credential`" });
  });

  it("refuses an incomplete credential option, naming the snake_case keys it got", () => {
    expect(() => new APIClient({ credential: { user_id: "1", personal_access_token: "p" } as never })).toThrow(ConfigurationError);
    expect(() => new APIClient({ credential: { user_id: "1" } as never })).toThrow(/camelCase.*user_id/);
    expect(() => new APIClient({ credential: { userId: "1" } as never })).toThrow(/personalAccessToken/);
  });
});

describe("settings from the environment", () => {
  it("reads ABEJA_API_URL, ABEJA_SDK_CONNECTION_TIMEOUT (seconds) and ABEJA_SDK_MAX_RETRY_COUNT", () => {
    vi.stubEnv("ABEJA_API_URL", "http://localhost:8080/");
    vi.stubEnv("ABEJA_SDK_CONNECTION_TIMEOUT", "120");
    vi.stubEnv("ABEJA_SDK_MAX_RETRY_COUNT", "10");
    const client = new APIClient();
    expect(client.baseUrl).toBe("http://localhost:8080");
    // localhost has no organization sub-domains: no service host is derived from it.
    expect(client.serviceUrl).toBeUndefined();
    expect(client.timeout).toBe(120_000);
    expect(client.maxRetryCount).toBe(10);
  });

  it("options beat the environment; defaults are the SDK's", () => {
    vi.stubEnv("ABEJA_SDK_CONNECTION_TIMEOUT", "120");
    vi.stubEnv("ABEJA_SDK_MAX_RETRY_COUNT", "10");
    const client = new APIClient({ timeout: 80_000, maxRetryCount: 11 });
    expect([client.timeout, client.maxRetryCount]).toEqual([80_000, 11]);
    vi.unstubAllEnvs();
    for (const name of ABEJA_ENV) vi.stubEnv(name, "");
    const defaults = new APIClient();
    expect([defaults.baseUrl, defaults.serviceUrl, defaults.timeout, defaults.maxRetryCount]).toEqual([
      "https://api.abeja.io",
      "https://{organization_id}.api.abeja.io",
      30_000,
      5,
    ]);
  });

  it.each([
    ["ABEJA_SDK_CONNECTION_TIMEOUT", "thirty"],
    ["ABEJA_SDK_MAX_RETRY_COUNT", "five"],
    ["ABEJA_SDK_MAX_RETRY_COUNT", "-1"],
    ["ABEJA_SDK_MAX_RETRY_COUNT", "2.5"],
    ["ABEJA_SDK_CONNECTION_TIMEOUT", "-3"],
  ])("%s=%s is a ConfigurationError naming the variable", (name, value) => {
    vi.stubEnv(name, value);
    let error: unknown;
    try {
      new APIClient();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain(name);
  });

  it("a bad ABEJA_API_URL names the variable", () => {
    vi.stubEnv("ABEJA_API_URL", "api.abeja.io");
    expect(() => new APIClient()).toThrow(/ABEJA_API_URL/);
  });
});

// The configuration precedence table (Python SDK tests, nextmv.md §2.2) over a real temporary config file.

import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Client, ConfigurationError, type ClientOptions } from "@clientele/nextmv";

const root = mkdtempSync(join(tmpdir(), "nextmv-config-"));
let counter = 0;

/** Writes `text` as a config file (0600) and returns its path; `null` returns a path with no file. */
function configFile(text: string | null): string {
  const dir = join(root, String(counter++));
  mkdirSync(dir);
  const path = join(dir, "config.yaml");
  if (text !== null) {
    writeFileSync(path, text);
    chmodSync(path, 0o600);
  }
  return path;
}

const ENV = ["NEXTMV_API_KEY", "NEXTMV_ENDPOINT", "NEXTMV_PROFILE"] as const;
beforeEach(() => {
  for (const name of ENV) vi.stubEnv(name, undefined);
});
afterEach(() => vi.unstubAllEnvs());
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Row {
  name: string;
  /** The config file's YAML; `null` for no file. */
  file: string | null;
  env?: Partial<Record<(typeof ENV)[number], string>>;
  options?: ClientOptions;
  apiKey?: string;
  url?: string;
  /** Expected error message pattern instead of a client. */
  error?: RegExp;
}

const PROFILES = `
apikey: default-key
endpoint: api.default.io
my-profile:
  apikey: profile-key
  endpoint: api.profile.io
other:
  apikey: other-key
  endpoint: api.other.io
`;

const rows: Row[] = [
  // Profile selection
  {
    name: "NEXTMV_PROFILE selects a profile",
    file: "my-profile:\n  apikey: k\n  endpoint: api.example.io\n",
    env: { NEXTMV_PROFILE: "my-profile" },
    apiKey: "k",
    url: "https://api.example.io",
  },
  {
    name: "NEXTMV_PROFILE beats the profile option",
    file: PROFILES,
    env: { NEXTMV_PROFILE: "other" },
    options: { profile: "my-profile" },
    apiKey: "other-key",
    url: "https://api.other.io",
  },
  {
    name: "the profile option applies when NEXTMV_PROFILE is unset",
    file: PROFILES,
    options: { profile: "my-profile" },
    apiKey: "profile-key",
    url: "https://api.profile.io",
  },
  {
    name: "an empty NEXTMV_PROFILE falls back to the profile option",
    file: PROFILES,
    env: { NEXTMV_PROFILE: "" },
    options: { profile: "my-profile" },
    apiKey: "profile-key",
  },
  { name: "a blank profile option means the top level", file: PROFILES, options: { profile: "  " }, apiKey: "default-key" },
  {
    name: "no profile uses the top-level entries",
    file: "apikey: default-key\n",
    apiKey: "default-key",
    url: "https://api.cloud.nextmv.io",
  },
  {
    name: "profile `default` means the top level",
    file: PROFILES,
    env: { NEXTMV_PROFILE: "DEFAULT" },
    apiKey: "default-key",
    url: "https://api.default.io",
  },
  {
    name: "an unknown profile lists the profiles and the file",
    file: PROFILES,
    env: { NEXTMV_PROFILE: "missing-profile" },
    error:
      /profile "missing-profile" \(from environment variable NEXTMV_PROFILE\) is not defined in .*config\.yaml; the profiles defined there are "my-profile", "other"/,
  },
  {
    name: "an unknown profile fails even when the key comes from the environment",
    file: PROFILES,
    env: { NEXTMV_PROFILE: "missing-profile", NEXTMV_API_KEY: "env-key" },
    error: /missing-profile/,
  },
  {
    name: "a profile with no config file says the file is missing",
    file: null,
    options: { profile: "my-profile" },
    error: /profile "my-profile" \(from option `profile`\) needs the Nextmv config file .*config\.yaml, which does not exist/,
  },
  {
    name: "a profile that is not a mapping is an error at its line",
    file: "apikey: k\nbroken: just-a-string\n",
    env: { NEXTMV_PROFILE: "broken" },
    error: /config\.yaml:2/,
  },

  // Endpoint
  {
    name: "the url option beats NEXTMV_ENDPOINT",
    file: null,
    options: { apiKey: "k", url: "https://attr.example.com" },
    env: { NEXTMV_ENDPOINT: "https://env.example.com" },
    url: "https://attr.example.com",
  },
  {
    name: "an empty url option falls back to NEXTMV_ENDPOINT",
    file: null,
    options: { apiKey: "k", url: "" },
    env: { NEXTMV_ENDPOINT: "https://env.example.com" },
    url: "https://env.example.com",
  },
  {
    name: "NEXTMV_ENDPOINT applies without a url option",
    file: null,
    options: { apiKey: "k" },
    env: { NEXTMV_ENDPOINT: "https://env.example.com" },
    url: "https://env.example.com",
  },
  {
    name: "NEXTMV_ENDPOINT beats the config file",
    file: "apikey: k\nendpoint: api.config.io\n",
    env: { NEXTMV_ENDPOINT: "https://env.example.com" },
    url: "https://env.example.com",
  },
  {
    name: "a profile's bare-host endpoint gets https://",
    file: PROFILES,
    options: { profile: "my-profile" },
    url: "https://api.profile.io",
  },
  { name: "the top-level endpoint gets https://", file: PROFILES, url: "https://api.default.io" },
  {
    name: "an empty config falls back to the default endpoint",
    file: "{}\n",
    env: { NEXTMV_API_KEY: "env-key" },
    url: "https://api.cloud.nextmv.io",
  },
  {
    name: "no config file falls back to the default endpoint",
    file: null,
    env: { NEXTMV_API_KEY: "env-key" },
    url: "https://api.cloud.nextmv.io",
  },
  {
    name: "a profile without an endpoint is an error",
    file: "p:\n  apikey: k\n",
    env: { NEXTMV_PROFILE: "p" },
    error: /profile "p" in .*config\.yaml:1 has no endpoint/,
  },
  {
    name: "a profile with an empty endpoint is an error",
    file: 'p:\n  apikey: k\n  endpoint: ""\n',
    env: { NEXTMV_PROFILE: "p" },
    error: /has no endpoint/,
  },
  {
    name: "a named profile's endpoint beats the top-level one",
    file: PROFILES,
    env: { NEXTMV_PROFILE: "my-profile" },
    url: "https://api.profile.io",
  },
  { name: "a bare host option gets https://", file: null, options: { apiKey: "k", url: "api.example.io/" }, url: "https://api.example.io" },
  { name: "an http:// endpoint is kept", file: null, options: { apiKey: "k", url: "http://localhost:8080" }, url: "http://localhost:8080" },
  {
    name: "a bare host with a port gets https://",
    file: null,
    options: { apiKey: "k", url: "localhost:8443" },
    url: "https://localhost:8443",
  },
  {
    name: "baseUrl (core's name) is the same setting as url",
    file: null,
    options: { apiKey: "k", baseUrl: "https://core.example.io/" },
    env: { NEXTMV_ENDPOINT: "https://env.example.com" },
    url: "https://core.example.io",
  },
  {
    name: "an ftp:// url option is refused, naming the option",
    file: null,
    options: { apiKey: "k", url: "ftp://example.com" },
    error: /endpoint from option `url` must be an http:\/\/ or https:\/\/ URL \(or a bare host name\), got "ftp:\/\/example\.com"/,
  },
  {
    name: "an ftp:// baseUrl option is refused, naming the option",
    file: null,
    options: { apiKey: "k", baseUrl: "ftp://example.com" },
    error: /endpoint from option `baseUrl` must be an http/,
  },
  {
    name: "an ftp:// NEXTMV_ENDPOINT is refused, naming the variable",
    file: null,
    options: { apiKey: "k" },
    env: { NEXTMV_ENDPOINT: "FTP://example.com" },
    error: /endpoint from environment variable NEXTMV_ENDPOINT must be an http/,
  },
  {
    name: "an ftp:// endpoint in the config file is refused at its line",
    file: "apikey: k\nendpoint: ftp://files.example.com\n",
    error: /endpoint from .*config\.yaml:2 must be an http/,
  },
  {
    name: "an endpoint that is not a host is refused",
    file: null,
    options: { apiKey: "k", url: "exa mple" },
    error: /endpoint from option `url` is not a URL or host name: "exa mple"/,
  },
  {
    name: "key and endpoint resolve independently",
    file: PROFILES,
    env: { NEXTMV_API_KEY: "env-key", NEXTMV_PROFILE: "my-profile" },
    apiKey: "env-key",
    url: "https://api.profile.io",
  },

  // API key
  {
    name: "the apiKey option beats NEXTMV_API_KEY",
    file: null,
    options: { apiKey: "attr-key" },
    env: { NEXTMV_API_KEY: "env-key" },
    apiKey: "attr-key",
  },
  {
    name: "an empty apiKey option falls back to NEXTMV_API_KEY",
    file: null,
    options: { apiKey: "" },
    env: { NEXTMV_API_KEY: "env-key" },
    apiKey: "env-key",
  },
  { name: "NEXTMV_API_KEY applies without an option", file: null, env: { NEXTMV_API_KEY: "env-key" }, apiKey: "env-key" },
  { name: "NEXTMV_API_KEY beats the config file", file: "apikey: config-key\n", env: { NEXTMV_API_KEY: "env-key" }, apiKey: "env-key" },
  {
    name: "an empty NEXTMV_API_KEY falls back to the config file",
    file: "apikey: config-key\n",
    env: { NEXTMV_API_KEY: "" },
    apiKey: "config-key",
  },
  { name: "a profile's key", file: PROFILES, env: { NEXTMV_PROFILE: "my-profile" }, apiKey: "profile-key" },
  { name: "the top-level key", file: PROFILES, apiKey: "default-key" },
  {
    name: "nothing anywhere: API key is missing, with the ways to set one",
    file: null,
    error: /API key is missing[\s\S]*new Client\(\{ apiKey \}\)[\s\S]*NEXTMV_API_KEY[\s\S]*config\.yaml[\s\S]*NEXTMV_PROFILE/,
  },
  {
    name: "a profile without an apikey is an error",
    file: "p:\n  endpoint: api.p.io\n",
    env: { NEXTMV_PROFILE: "p" },
    error: /profile "p" in .*config\.yaml:1 has no apikey/,
  },
  {
    name: "a profile with an empty apikey is an error",
    file: 'p:\n  apikey: ""\n  endpoint: api.p.io\n',
    env: { NEXTMV_PROFILE: "p" },
    error: /has no apikey/,
  },
  { name: "a file with only an endpoint: API key is missing", file: "endpoint: api.config.io\n", error: /API key is missing/ },
  { name: "the missing-key message names the file's profiles", file: "endpoint: e\nteam:\n  apikey: t\n", error: /profiles "team"/ },

  // Bad files
  { name: "malformed YAML is reported at file:line", file: "apikey: k\nendpoint: [unclosed\n", error: /config\.yaml:\d+: not valid YAML/ },
  {
    name: "a key of the wrong type is reported at file:line",
    file: "apikey:\n  - a\n  - b\n",
    error: /API key from .*config\.yaml:1 must be a string, got a list/,
  },
  {
    name: "an endpoint of the wrong type is reported at file:line",
    file: "apikey: k\np:\n  apikey: k\n  endpoint:\n    host: x\n",
    env: { NEXTMV_PROFILE: "p" },
    error: /endpoint from .*config\.yaml:4 must be a string/,
  },
];

describe("configuration precedence", () => {
  it.each(rows)("$name", (row) => {
    for (const [name, value] of Object.entries(row.env ?? {})) vi.stubEnv(name, value);
    const make = () => new Client({ configFile: configFile(row.file), ...row.options });
    if (row.error) {
      expect(make).toThrow(ConfigurationError);
      expect(make).toThrow(row.error);
      return;
    }
    const client = make();
    if (row.apiKey !== undefined) {
      expect(client.apiKey).toBe(row.apiKey);
      expect(client.headers.Authorization).toBe(`Bearer ${row.apiKey}`);
    }
    if (row.url !== undefined) expect(client.url).toBe(row.url);
  });

  it("does not read the config file when options give everything", () => {
    const path = configFile("apikey: [broken\n");
    expect(new Client({ configFile: path, apiKey: "k", url: "https://x.io" }).apiKey).toBe("k");
  });

  it("reads ~/.nextmv/config.yaml under the home directory by default", () => {
    const home = join(root, "home");
    mkdirSync(join(home, ".nextmv"), { recursive: true });
    writeFileSync(join(home, ".nextmv", "config.yaml"), "apikey: home-key\nendpoint: api.home.io\n", { mode: 0o600 });
    vi.stubEnv("HOME", home);
    const client = new Client();
    expect(client.apiKey).toBe("home-key");
    expect(client.url).toBe("https://api.home.io");
    expect(client.describe()).toEqual({ apiKey: "~/.nextmv/config.yaml:1", url: "~/.nextmv/config.yaml:2", profile: undefined });
  });

  it("says where each value came from", () => {
    vi.stubEnv("NEXTMV_API_KEY", "env-key");
    const client = new Client({ configFile: configFile(PROFILES), profile: "my-profile" });
    expect(client.describe()).toEqual({
      apiKey: "environment variable NEXTMV_API_KEY",
      url: expect.stringMatching(/config\.yaml:6$/),
      profile: "my-profile",
    });
  });

  it("warns when other users can read the config file", () => {
    const path = configFile("apikey: k\n");
    chmodSync(path, 0o644);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    new Client({ configFile: path });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("other users can read it"));
    warn.mockRestore();
  });

  it("uses the default and custom console URLs, and refuses one that is not http(s)", () => {
    expect(new Client({ apiKey: "k" }).consoleUrl).toBe("https://cloud.nextmv.io");
    expect(new Client({ apiKey: "k", consoleUrl: "https://console.example.io/" }).consoleUrl).toBe("https://console.example.io");
    expect(() => new Client({ apiKey: "k", consoleUrl: "javascript:alert(1)" })).toThrow(ConfigurationError);
    expect(() => new Client({ apiKey: "k", consoleUrl: "javascript:alert(1)" })).toThrow(/option `consoleUrl` must be an http/);
  });

  it("keeps credentials in an endpoint out of the error", () => {
    const make = () => new Client({ apiKey: "k", url: "ftp://user:hunter22@files.example.com/?token=abcdefgh" });
    expect(make).toThrow(ConfigurationError);
    let message = "";
    try {
      make();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain("files.example.com");
    expect(message).not.toContain("hunter22");
    expect(message).not.toContain("abcdefgh");
  });

  it("says which option gave the endpoint", () => {
    expect(new Client({ apiKey: "k", baseUrl: "https://x.example.io" }).describe().url).toBe("option `baseUrl`");
    expect(new Client({ apiKey: "k", url: "https://x.example.io" }).describe().url).toBe("option `url`");
  });
});

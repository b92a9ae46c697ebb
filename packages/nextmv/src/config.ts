// Where the API key and endpoint come from: options, environment, then ~/.nextmv/config.yaml.

import {
  platform,
  redactUrl,
  ConfigurationError,
  describeType,
  expectString,
  fromEnv,
  fromOption,
  loadConfigFile,
  resolveSetting,
  type ConfigFile,
  type Resolved,
  type SettingSource,
} from "@clientele/core";

/** Endpoint used when no option, variable or config file names one. */
export const DEFAULT_URL = "https://api.cloud.nextmv.io";
/** Console (web UI) root used for run links. */
export const DEFAULT_CONSOLE_URL = "https://cloud.nextmv.io";
/** How the default config file is shown in messages. */
export const DEFAULT_CONFIG_DISPLAY = "~/.nextmv/config.yaml";

/** Keys of the config file's top level that are settings of the default profile, not profile names. */
const NON_PROFILE_KEYS = new Set(["apikey", "endpoint", "auth_type", "auth_session", "team_id", "system_certs", "sso_domain", "default"]);

/** What the configuration chain reads besides the environment. */
export interface ConfigInput {
  apiKey?: string;
  /** The endpoint option, under the Python SDK's name. */
  url?: string;
  /** The endpoint option, under core's name (the same setting as `url`). */
  baseUrl?: string;
  profile?: string;
  /** Path of the Nextmv CLI config file; defaults to `~/.nextmv/config.yaml` in the home directory. */
  configFile?: string;
}

/** The outcome of resolution, with the source of each value (for messages and `describe()`). */
export interface ResolvedConfig {
  apiKey: string;
  apiKeyFrom: string;
  url: string;
  urlFrom: string;
  /** The selected named profile; `undefined` means the top level ("default"). */
  profile: string | undefined;
  profileFrom: string | undefined;
  /** Path of the config file as shown in messages. */
  configPath: string;
}

/**
 * Resolves the API key and endpoint in the Nextmv CLI's order. The API key: `apiKey` option →
 * `NEXTMV_API_KEY` → the selected profile's `apikey` → the top-level `apikey`. The endpoint: `url`
 * (or `baseUrl`) option → `NEXTMV_ENDPOINT` → the selected profile's `endpoint` → the top-level `endpoint` →
 * {@link DEFAULT_URL}. The profile: `NEXTMV_PROFILE` → `profile` option; `default` means the top
 * level. Empty values count as unset. The file is only read when a value must come from it.
 *
 * @throws ConfigurationError naming the source (option, variable, or `file:line`) of a bad value.
 */
export function resolveConfig(input: ConfigInput = {}): ResolvedConfig {
  if (input.configFile !== undefined && (typeof input.configFile !== "string" || !input.configFile.trim())) {
    throw new ConfigurationError(`option \`configFile\` must be a path, got ${describeType(input.configFile)}`, { source: "configFile" });
  }
  const shown = input.configFile ?? DEFAULT_CONFIG_DISPLAY;
  let loaded: ConfigFile | undefined;
  // The home directory too is only looked up when a value must come from the file (Deno asks for a
  // permission to read it, which a client given its key and URL should not need).
  const file = () => (loaded ??= loadConfigFile(input.configFile ?? defaultConfigPath(), { displayPath: shown }));

  const profileSetting = expectString(resolveSetting([fromEnv("NEXTMV_PROFILE"), fromOption("profile", input.profile)]), "profile");
  const profile = profileSetting && profileSetting.value.toLowerCase() !== "default" ? profileSetting : undefined;

  const apiKey = expectString(
    resolveSetting([
      fromOption("apiKey", input.apiKey),
      fromEnv("NEXTMV_API_KEY"),
      profile ? profileField(file, profile, "apikey") : topLevelField(file, "apikey"),
    ]),
    "API key",
  );
  if (!apiKey) throw missingApiKey(shown, file);

  const endpoint = expectString(
    resolveSetting([
      fromOption("url", input.url),
      fromOption("baseUrl", input.baseUrl),
      fromEnv("NEXTMV_ENDPOINT"),
      profile ? profileField(file, profile, "endpoint") : topLevelField(file, "endpoint"),
    ]),
    "endpoint",
  ) ?? { value: DEFAULT_URL, from: "default" };

  return {
    apiKey: apiKey.value,
    apiKeyFrom: apiKey.from,
    url: normalizeUrl(endpoint),
    urlFrom: endpoint.from,
    profile: profile?.value,
    profileFrom: profile?.from,
    configPath: shown,
  };
}

/**
 * The endpoint as a base URL: a bare host (`api.example.io`, `localhost:8080`) gets `https://`, an
 * `http://` or `https://` URL is kept, trailing slashes are dropped. Any other scheme (`ftp://…`) or
 * something that is not a URL is a `ConfigurationError` naming where the value came from.
 */
export function normalizeUrl(setting: Resolved<string>): string {
  const raw = setting.value.trim();
  // Shown without anything that looks like credentials (`user:password@`, query values).
  const shown = () => JSON.stringify(redactUrl(raw).replace(/\/\/[^/@]*@/, "//[REDACTED]@"));
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw)?.[1];
  if (scheme !== undefined && !/^https?$/i.test(scheme)) {
    throw new ConfigurationError(`endpoint from ${setting.from} must be an http:// or https:// URL (or a bare host name), got ${shown()}`, {
      source: setting.from,
    });
  }
  const withScheme = scheme === undefined ? `https://${raw}` : raw;
  try {
    new URL(withScheme);
  } catch {
    throw new ConfigurationError(`endpoint from ${setting.from} is not a URL or host name: ${shown()}`, { source: setting.from });
  }
  return withScheme.replace(/\/+$/, "");
}

/** `~/.nextmv/config.yaml`; where there is no home directory (a browser), a path that does not exist. */
function defaultConfigPath(): string {
  const home = platform.homeDir();
  return home ? platform.joinPath(home, ".nextmv", "config.yaml") : DEFAULT_CONFIG_DISPLAY;
}

/** A value of the top level (the default profile); absent is "not set". */
function topLevelField(file: () => ConfigFile, key: string): SettingSource {
  let from = DEFAULT_CONFIG_DISPLAY;
  return {
    get from() {
      return from;
    },
    read: () => {
      const config = file();
      from = config.where(key);
      return config.data[key];
    },
  };
}

/** A value of a named profile; a missing file, profile or value is an error, not a fallback. */
function profileField(file: () => ConfigFile, profile: Resolved<string>, key: "apikey" | "endpoint"): SettingSource {
  let from = `profile ${profile.value}`;
  return {
    get from() {
      return from;
    },
    read: () => {
      const config = file();
      const name = profile.value;
      if (!config.exists) {
        throw new ConfigurationError(
          `profile "${name}" (from ${profile.from}) needs the Nextmv config file ${config.path}, which does not exist; ` +
            `create it with \`nextmv configure --profile ${name}\`, or unset the profile`,
          { source: profile.from },
        );
      }
      const section = config.data[name];
      if (!section || typeof section !== "object" || Array.isArray(section)) {
        const names = profileNames(config);
        const known = names.length
          ? `the profiles defined there are ${names.map((n) => `"${n}"`).join(", ")}`
          : "no named profiles are defined there";
        const why = section === undefined ? "is not defined in" : `is ${describeType(section)}, not a mapping, at`;
        throw new ConfigurationError(
          `profile "${name}" (from ${profile.from}) ${why} ${section === undefined ? config.path : config.where(name)}; ${known} ` +
            `("default" selects the top-level entries)`,
          { source: section === undefined ? profile.from : config.where(name) },
        );
      }
      const value = (section as Record<string, unknown>)[key];
      from = config.where(name, key);
      if (value === undefined || value === null || (typeof value === "string" && !value.trim())) {
        const pkce =
          key === "apikey" && (section as Record<string, unknown>).auth_type === "pkce"
            ? " (it signs in through the browser, which this client does not support)"
            : "";
        throw new ConfigurationError(
          `profile "${name}" in ${config.where(name)} has no ${key}${pkce}; add \`${key}: …\` under it, or set ${key === "apikey" ? "NEXTMV_API_KEY" : "NEXTMV_ENDPOINT"}`,
          { source: config.where(name) },
        );
      }
      return value;
    },
  };
}

/** Named profiles of a config file: top-level mappings that are not default-profile settings. */
export function profileNames(config: ConfigFile): string[] {
  return Object.entries(config.data)
    .filter(([k, v]) => !NON_PROFILE_KEYS.has(k) && v !== null && typeof v === "object" && !Array.isArray(v))
    .map(([k]) => k);
}

function missingApiKey(shown: string, file: () => ConfigFile): ConfigurationError {
  const names = profileNames(file());
  const profiles = names.length ? ` (it defines the profiles ${names.map((n) => `"${n}"`).join(", ")})` : "";
  return new ConfigurationError(
    "API key is missing. Provide it in one of these ways:\n" +
      "  1. pass it to the constructor: new Client({ apiKey })\n" +
      "  2. set the NEXTMV_API_KEY environment variable\n" +
      `  3. put \`apikey: <key>\` at the top level of ${shown} (the default profile), e.g. with \`nextmv configure\`\n` +
      `  4. choose a profile of ${shown}${profiles} with NEXTMV_PROFILE or the \`profile\` option`,
    { source: "apiKey" },
  );
}

// Where an organization's services answer: `serviceUrl` with `{organization_id}` filled in; by
// default the base URL's host under the organization's sub-domain, when that host has sub-domains.

import { checkBaseUrl, ConfigurationError } from "@clientele/core";

const ORGANIZATION = "{organization_id}";
/** A DNS label: what an organization ID must be to stand in a host name (or a path segment) unencoded. */
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

/** Checks a `serviceUrl`: an http(s) URL once `{organization_id}` is filled in. The template is kept. */
export function checkServiceUrl(value: unknown, from: string): string {
  if (typeof value !== "string") return checkBaseUrl(value, from);
  // `{` cannot stand in a host name, so probe with a valid label and report the value as written.
  const probe = value.replaceAll(ORGANIZATION, "org");
  try {
    checkBaseUrl(probe, from);
  } catch (error) {
    if (!(error instanceof ConfigurationError) || probe === value) throw error;
    throw new ConfigurationError(error.message.replace(JSON.stringify(probe), JSON.stringify(value)), { source: error.source });
  }
  return value.trim().replace(/\/+$/, "");
}

/**
 * `{protocol}//{organization_id}.{host}` of the base URL (`https://{organization_id}.api.abeja.io`),
 * or `undefined` when its host is an IP address or `localhost`: those have no organization
 * sub-domains, and `http://1122334455660.127.0.0.1:4012` is no URL at all.
 */
export function deriveServiceUrl(baseUrl: string): string | undefined {
  const url = new URL(baseUrl);
  if (hasNoSubdomains(url.hostname)) return undefined;
  return `${url.protocol}//${ORGANIZATION}.${url.host}`;
}

function hasNoSubdomains(hostname: string): boolean {
  // The URL parser normalizes IPv4 (`127.1` → `127.0.0.1`) and brackets IPv6.
  return hostname === "localhost" || hostname.startsWith("[") || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(hostname);
}

/**
 * The root of an organization's service requests, or a `ConfigurationError` naming `serviceUrl`
 * when there is none (thrown before any request is sent).
 */
export function serviceRoot(
  serviceUrl: string | undefined,
  organizationId: string,
  context: { baseUrl: string; operation: string },
): string {
  if (serviceUrl === undefined) {
    throw new ConfigurationError(
      `${context.operation}: no service host: the base URL ${context.baseUrl} is an IP address or localhost, which has ` +
        `no organization sub-domains to derive one from; set option \`serviceUrl\` ` +
        `(e.g. "${context.baseUrl}/{organization_id}" or your inference host)`,
      { source: "serviceUrl" },
    );
  }
  if (!serviceUrl.includes(ORGANIZATION)) return serviceUrl;
  if (typeof organizationId !== "string" || !LABEL.test(organizationId)) {
    const shown = JSON.stringify(organizationId);
    throw new TypeError(`organizationId ${shown} cannot be a host name label (letters, digits and inner hyphens only)`);
  }
  return serviceUrl.replaceAll(ORGANIZATION, organizationId);
}

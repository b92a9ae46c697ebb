// The public client: every services and deployments method on one object.

import { DeploymentMethods } from "./deployments.js";

/**
 * A typed client of the ABEJA Platform deployments and services API, behaving like the Python
 * SDK's `abeja.services.APIClient` (credentials, retries, timeouts, errors), over `@clientele/core`
 * (its options, retry policy, per-call options, errors and polling).
 *
 * Credentials: the `credential` option, else `PLATFORM_AUTH_TOKEN` (Bearer), else
 * `ABEJA_PLATFORM_USER_ID` + `ABEJA_PLATFORM_PERSONAL_ACCESS_TOKEN` (Basic, `user-` prefix added),
 * else `ABEJA_PLATFORM_DATASOURCE_ID` + `ABEJA_PLATFORM_DATASOURCE_SECRET`.
 *
 * @example
 * ```ts
 * import { APIClient, entriesOf } from "@clientele/abeja";
 * const client = new APIClient({ credential: { userId: "1122334455667", personalAccessToken: "…" } });
 * const services = entriesOf(await client.getServices("1122334455660", "1111111111111"));
 * for (const s of services) console.log(s.service_id, s.status);
 * // Every method takes per-call options last; waiting uses core's poll (durations in ms):
 * const ready = await client.waitForService("1122334455660", "1111111111111", "ser-abc1111111111111", { maxDuration: 600_000 });
 * console.log(ready.status);
 * // Anything in the spec, typed:
 * const { data } = await client.GET("/organizations/{organization_id}/deployments/{deployment_id}", {
 *   params: { path: { organization_id: "1122334455660", deployment_id: "1111111111111" } },
 * });
 * console.log(data.name);
 * ```
 */
export class APIClient extends DeploymentMethods {}

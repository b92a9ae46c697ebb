// Names for the spec's schemas, so callers need not spell `components["schemas"][...]`.

import type { components } from "@clientele/abeja-types";

/** The named schemas of the ABEJA spec. */
export type S = components["schemas"];

export type Service = S["Service"];
export type ServiceList = S["ServiceList"];
export type ServiceStatus = S["ServiceStatus"];
export type CreateServiceRequest = S["CreateServiceRequest"];
export type UpdateServiceRequest = S["UpdateServiceRequest"];
export type InstanceType = S["InstanceType"];
export type EnvironmentVariables = S["EnvironmentVariables"];
export type Message = S["Message"];
export type LogEvent = S["LogEvent"];
export type RecentLogs = S["RecentLogs"];
export type LogPage = S["LogPage"];
export type Deployment = S["Deployment"];
export type DeploymentList = S["DeploymentList"];
export type DeploymentVersion = S["DeploymentVersion"];
export type DeploymentVersionList = S["DeploymentVersionList"];
export type DownloadLink = S["DownloadLink"];
export type Endpoint = S["Endpoint"];
export type EndpointList = S["EndpointList"];
export type Trigger = S["Trigger"];
export type TriggerList = S["TriggerList"];
export type CreateTriggerRequest = S["CreateTriggerRequest"];
export type Run = S["Run"];
export type RunPage = S["RunPage"];
export type RunStatus = S["RunStatus"];
export type CreateRunRequest = S["CreateRunRequest"];
/** The error body: `error`, `error_description`, `error_detail`. */
export type ErrorBody = S["Error"];

/**
 * The items of a list answer, whichever form the platform sent: `{ entries: [...] }` or a bare array.
 *
 * @example
 * ```ts
 * import { entriesOf, type ServiceList } from "@clientele/abeja";
 * const list: ServiceList = { entries: [] };
 * console.log(entriesOf(list).length);
 * ```
 */
export function entriesOf<T>(list: { entries?: T[] | null } | T[] | null | undefined): T[] {
  // An empty listing may come back as `null`, `{}` or `{ "entries": null }`: all read as none.
  if (list == null) return [];
  return Array.isArray(list) ? list : (list.entries ?? []);
}

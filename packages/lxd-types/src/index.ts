/**
 * Types of the LXD API, generated from `specs/lxd.openapi.yaml`.
 *
 * `paths` is what openapi-fetch and `@clientele/lxd` are typed with; `components` holds the
 * named schemas (`components["schemas"]["..."]`).
 *
 * @packageDocumentation
 */
export type { components, operations, paths } from "./schema.js";

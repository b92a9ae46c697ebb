/**
 * Types of the ABEJA Platform API, generated from `specs/abeja.openapi.yaml`.
 *
 * `paths` is what openapi-fetch and `@clientele/abeja` are typed with; `components` holds the
 * named schemas (`components["schemas"]["..."]`).
 *
 * @packageDocumentation
 */
export type { components, operations, paths } from "./schema.js";

/**
 * Types of the Nextmv Cloud API, generated from `specs/nextmv.openapi.yaml`.
 *
 * `paths` is what openapi-fetch and `@clientele/nextmv` are typed with; `components` holds the
 * named schemas (`components["schemas"]["..."]`).
 *
 * @packageDocumentation
 */
export type { components, operations, paths } from "./schema.js";

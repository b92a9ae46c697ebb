// What lxdapi users name in their code: LXD's envelope, its metadata, the spec's schemas. The typing
// of paths, parameters and bodies is core's (`TypedPath`, `TypedInit`, `TypedResult`).

import type { components, paths } from "@clientele/lxd-types";

/** The envelope of every JSON answer of LXD (all seven keys are always present on 5.0.x). */
export interface Envelope<Metadata = unknown> {
  type: "sync" | "async" | "error";
  status: string;
  status_code: number;
  operation: string;
  error_code: number;
  error: string;
  metadata: Metadata;
}

/** A `/wait` answer: a sync envelope whose metadata is the operation. */
export type OperationEnvelope = Envelope<components["schemas"]["Operation"]>;

/** The `metadata` of an envelope type (`unknown` when `T` has none). */
export type MetadataOf<T> = T extends { metadata?: infer M } ? M : unknown;

/** Schemas of the spec, by name: `Schema<"Instance">`. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

export type { components, paths };

// Type-level view of the spec's `paths`: which paths take which method, what a call needs
// (path/query/header parameters, body) and what its successful body is.

import type { components, paths } from "@clientele/lxd-types";

/** HTTP methods the typed surface covers. */
export type HttpMethod = "get" | "put" | "post" | "delete" | "patch";

/** Spec paths that accept `M`. */
export type PathsWithMethod<M extends HttpMethod> = {
  [P in keyof paths]: paths[P] extends Record<M, object> ? P : never;
}[keyof paths];

/** The operation object of a path and method. */
export type OperationOf<P extends keyof paths, M extends HttpMethod> = paths[P] extends Record<M, infer O> ? O : never;

export type ParamsOf<O> = O extends { parameters: infer P } ? P : {};
/** Parameter groups that can hold something (`query?: never` is dropped). */
export type UsableParams<P> = { [K in keyof P as [Exclude<P[K], undefined>] extends [never] ? never : K]: P[K] };
export type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

export type ParamsInit<O> = keyof UsableParams<ParamsOf<O>> extends never
  ? { params?: never }
  : [RequiredKeys<UsableParams<ParamsOf<O>>>] extends [never]
    ? { params?: UsableParams<ParamsOf<O>> }
    : { params: UsableParams<ParamsOf<O>> };

/** Raw bodies accepted where the spec says `application/octet-stream` (tarballs, files). */
export type RawBody = string | Uint8Array | ArrayBuffer | Blob | ReadableStream<Uint8Array> | URLSearchParams | FormData;

export type ContentBody<C> = C[keyof C] | ("application/octet-stream" extends keyof C ? RawBody : never);
export type RequestBodyOf<O> = O extends { requestBody?: infer RB } ? (RB extends { content: infer C } ? ContentBody<C> : never) : never;
export type BodyIsRequired<O> = O extends { requestBody: { content: unknown } } ? true : false;

export type BodyInit_<O> = [RequestBodyOf<O>] extends [never]
  ? { body?: never }
  : BodyIsRequired<O> extends true
    ? { body: RequestBodyOf<O> }
    : { body?: RequestBodyOf<O> };

/** How to read a response body: `auto` parses JSON, returns text for `text/*` and bytes otherwise. */
export type ParseAs = "auto" | "json" | "text" | "bytes" | "stream";

/** Per-call options every request accepts. */
export interface CallOptions {
  /** Extra request headers (e.g. `If-Match`). */
  headers?: Record<string, string>;
  /** This call's timeout in ms (default: the client's `timeout`); 0 disables it. */
  timeout?: number;
  /** Cancels the call. */
  signal?: AbortSignal;
  /** How to read the response body (default `auto`). */
  parseAs?: ParseAs;
}

/** What a typed call takes: the operation's parameters and body, plus call options. */
export type TypedInit<O> = ParamsInit<O> & BodyInit_<O> & CallOptions;

export type InitArgs<O> = [RequiredKeys<TypedInit<O>>] extends [never] ? [init?: TypedInit<O>] : [init: TypedInit<O>];

export type SuccessStatus = 200 | 201 | 202 | 204;
export type ContentOf<R> = R extends { content: infer C }
  ? C extends { "application/json": infer J }
    ? J
    : C extends { "text/plain": infer T }
      ? T
      : Uint8Array
  : undefined;
export type ResponsesOf<O> = O extends { responses: infer R } ? R : never;

/** The parsed body of an operation's successful (2xx) responses. */
export type SuccessBody<O> = ContentOf<ResponsesOf<O>[Extract<keyof ResponsesOf<O>, SuccessStatus>]>;

/** Schemas of the spec, by name: `Schema<"Instance">`. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

/** The envelope of every JSON answer of LXD (all seven keys are always present on 5.0.x). */
export interface Envelope<Metadata = any> {
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

export type { components, paths };

/** Internal: the shape of a typed method, resolved per call. */
export type TypedMethodArgs<P extends keyof paths, M extends HttpMethod> = InitArgs<OperationOf<P, M>>;

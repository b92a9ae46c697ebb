// Type-level views of openapi-typescript's `paths`: which paths have a method, and an operation's params and bodies.
import type { DefaultBodyType, HttpResponse } from "msw";

/** Methods a typed handler can be registered for. */
export type MockMethod = "get" | "put" | "post" | "patch" | "delete" | "head" | "options";

/** The keys of `Paths` that define method `M` (generated types mark absent methods `?: never`). */
export type PathsWithMethod<Paths, M extends MockMethod> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: infer Op } ? ([Op] extends [undefined] ? never : P) : never;
}[keyof Paths] &
  string;

/** The operation object type at `Paths[P][M]`. */
export type OperationAt<Paths, P extends keyof Paths, M extends MockMethod> = Paths[P] extends { [K in M]: infer Op } ? Op : never;

/** `{}` when `T` is `never` or `undefined`, else `T`. */
type OrEmpty<T> = [T] extends [never] ? Record<never, never> : [T] extends [undefined] ? Record<never, never> : NonNullable<T>;

/** Path parameters of an operation, as the strings the URL carries. */
export type PathParamsOf<Op> = Op extends { parameters: { path: infer PP } } ? { [K in keyof OrEmpty<PP>]: string } : Record<never, never>;

/** Query parameters of an operation, as sent: a string, or an array when the name repeats. */
export type QueryOf<Op> = Op extends { parameters: { query?: infer Q } }
  ? { [K in keyof OrEmpty<Q>]?: string | string[] }
  : Record<never, never>;

/** The body type of one content map: the JSON entry when there is one, else the union of all entries. */
export type ContentBody<C> = C extends { "application/json": infer J } ? J : C extends Record<string, unknown> ? C[keyof C] : never;

/** The parsed request body of an operation (`undefined` when it takes none or none was sent). */
export type RequestBodyOf<Op> = Op extends { requestBody: { content: infer C } }
  ? ContentBody<C>
  : Op extends { requestBody?: { content: infer C } }
    ? ContentBody<C> | undefined
    : undefined;

/** The responses map of an operation. */
export type ResponsesOf<Op> = Op extends { responses: infer R } ? R : never;

/** The body types of one response, across its content types; `undefined` when it has no content. */
export type ResponseContentBody<R> = R extends { content: infer C }
  ? C extends Record<string, unknown>
    ? C[keyof C]
    : undefined
  : undefined;

/** Every body the operation may answer with, across statuses and content types. */
export type ResponseBodyOf<Op> = { [S in keyof ResponsesOf<Op>]: ResponseContentBody<ResponsesOf<Op>[S]> }[keyof ResponsesOf<Op>];

/** The body type parameter of a handler's `HttpResponse`: the spec's bodies, or anything when the spec allows any JSON. */
export type ResponseBodyFor<Op> = unknown extends ResponseBodyOf<Op> ? DefaultBodyType : Extract<ResponseBodyOf<Op>, DefaultBodyType>;

/** The typed response a handler returns for an operation (build it with `response(status).json(...)` or `HttpResponse.json(...)`). */
export type TypedResponse<Op> = HttpResponse<ResponseBodyFor<Op>>;

/** Status keys of an operation's responses (`200`, `404`, `"default"`). */
export type StatusOf<Op> = keyof ResponsesOf<Op> & (number | string);

/** The JSON body of one response of an operation. */
export type JsonBodyAt<Op, S extends StatusOf<Op>> = ResponsesOf<Op>[S] extends { content: infer C } ? ContentBody<C> : never;

/**
 * Every property optional, at any depth, for partial overrides (`response(200).merge({...})`). Arrays are
 * given whole; `undefined` removes a property.
 */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> | undefined } : T;

// Compile-time checks of the typed surface (`npx tsc --noEmit -p packages/lxd`); never run.
import {
  API,
  APIException,
  APINotFoundException,
  NotFound,
  type APIResult,
  type Envelope,
  type FactoryOptions,
  type LxdErrorFields,
  type OperationEnvelope,
  type Schema,
  type WaitOptions,
} from "@clientele/lxd";
import type { ClientOptions } from "@clientele/core";

declare const api: API;

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(): T => true as T;

export async function typedCalls(): Promise<void> {
  // A typed path with its path parameter: `metadata` is the instance.
  const instance = await api.GET("/1.0/instances/{name}", { params: { path: { name: "c1" }, query: { project: "default" } } });
  const name: string = instance.data.metadata!.name;
  const etag: string | undefined = instance.etag;
  void name;

  // recursion is a typed query parameter; core's per-call options are accepted.
  const list = await api.GET("/1.0/instances", {
    params: { query: { recursion: 1 } },
    timeout: 5_000,
    retry: { maxRetries: 0 },
    headers: { "X-A": "1" },
  });
  void list.data.metadata;

  // Bodies are typed per operation; If-Match is a typed header.
  const created = await api.POST("/1.0/instances", { body: { name: "c1", source: { type: "none" } } });
  const op: APIResult<OperationEnvelope> = await created.wait({ maxDuration: 60_000, serverWaitSeconds: 10 });
  const status: number = op.data.metadata.status_code;
  void status;
  await api.PUT("/1.0/profiles/{name}", {
    params: { path: { name: "p1" }, header: { "If-Match": etag ?? "" } },
    body: { config: { "user.x": "1" }, description: "", devices: {} },
  });
  await api.PATCH("/1.0/profiles/{name}", { params: { path: { name: "p1" } }, body: { config: { "user.y": "2" } } });
  await api.DELETE("/1.0/profiles/{name}", { params: { path: { name: "p1" } } });

  // No parameters needed: init may be left out.
  const server = await api.GET("/1.0");
  const version: string | undefined = (server.data.metadata as Schema<"Server">).environment?.server_version;
  void version;

  // parseAs: core's modes, and the data type follows.
  const metrics = await api.GET("/1.0/metrics");
  expectType<Equal<typeof metrics.data, string>>();
  const bytes = await api.GET("/1.0/metrics", { parseAs: "bytes" });
  expectType<Equal<typeof bytes.data, Uint8Array>>();

  // Untyped calls keep lxdapi's shape; the envelope's metadata is unknown until typed.
  const raw = await api.get("instances", { query: { recursion: 1 }, timeout: 1_000 });
  expectType<Equal<typeof raw.data.metadata, unknown>>();
  const typedRaw = await api.get<Envelope<string[]>>("instances");
  const urls: string[] = typedRaw.metadata;
  void urls;
  // No `any` in public types.
  expectType<Equal<APIResult["data"], unknown>>();

  // @ts-expect-error: no such path
  await api.GET("/1.0/instancez/{name}", { params: { path: { name: "c1" } } });

  // @ts-expect-error: wrong path parameter name
  await api.GET("/1.0/instances/{name}", { params: { path: { nom: "c1" } } });

  // @ts-expect-error: path parameters are required
  await api.GET("/1.0/instances/{name}");

  // @ts-expect-error: wrong query parameter
  await api.GET("/1.0/instances", { params: { query: { recursive: 1 } } });

  // @ts-expect-error: wrong body (name must be a string)
  await api.POST("/1.0/profiles", { body: { name: 42 } });

  // @ts-expect-error: body is required on POST /1.0/profiles
  await api.POST("/1.0/profiles");

  // @ts-expect-error: GET takes no body
  await api.GET("/1.0/profiles", { body: { name: "x" } });

  // @ts-expect-error: no POST on a single operation
  await api.POST("/1.0/operations/{id}", { params: { path: { id: "x" } } });

  // @ts-expect-error: not a parse mode
  await api.GET("/1.0/metrics", { parseAs: "xml" });

  // @ts-expect-error: wait() takes ms options; lxdapi's seconds `timeout` is gone
  await created.wait({ timeout: 10 });
}

export function options(shared: ClientOptions): API[] {
  const waits: WaitOptions = { maxDuration: 1_000, serverWaitSeconds: -1, raiseOnTimeout: true };
  void waits;
  const lxd: FactoryOptions = { ...shared, endpoint: "/var/lib/lxd/unix.socket", project: "p", retry: { maxRetries: 1, statuses: [503] } };
  // @ts-expect-error: the retry settings live under `retry`
  const old: FactoryOptions = { maxRetries: 2 };
  return [API.factory(shared), API.factory(lxd), API.factory(old)];
}

export function errors(e: unknown): string {
  // lxdapi's names are core's classes.
  if (e instanceof APINotFoundException) return `${e.status} ${e.url}`;
  if (e instanceof NotFound) return e.url;
  if (e instanceof APIException) return `${(e as APIException & LxdErrorFields).error} ${e.responseSummary()}`;
  return String(e);
}

// Compile-time checks of the typed surface (`npx tsc --noEmit -p packages/lxd`); never run.
import { API, APIException, APINotFoundException, NotFound, type APIResult, type Schema } from "@clientele/lxd";

declare const api: API;

export async function typedCalls(): Promise<void> {
  // A typed path with its path parameter: `metadata` is the instance.
  const instance = await api.GET("/1.0/instances/{name}", { params: { path: { name: "c1" }, query: { project: "default" } } });
  const name: string = instance.data.metadata!.name;
  const etag: string | undefined = instance.etag;
  void name;

  // recursion is a typed query parameter.
  const list = await api.GET("/1.0/instances", { params: { query: { recursion: 1 } } });
  void list.data.metadata;

  // Bodies are typed per operation; If-Match is a typed header.
  const created = await api.POST("/1.0/instances", { body: { name: "c1", source: { type: "none" } } });
  const op: APIResult = await created.wait({ timeout: 10 });
  void op;
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

  // Untyped calls keep lxdapi's shape.
  const raw = await api.get("instances", { query: { recursion: 1 } });
  void raw.data.metadata;

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
}

export function errors(e: unknown): string {
  if (e instanceof APINotFoundException) return `${e.status} ${e.error} ${e.result.request.url}`;
  if (e instanceof NotFound) return e.url;
  if (e instanceof APIException) return e.result.responseSummary();
  return String(e);
}

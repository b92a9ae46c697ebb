// A consumer of all three clients, type-checked by `pnpm bench` to time `tsc` on the large LXD types.
import { APIClient } from "@clientele/abeja";
import { API } from "@clientele/lxd";
import { Client } from "@clientele/nextmv";

export async function consumer(): Promise<string[]> {
  const nextmv = new Client({ apiKey: "key" });
  const { data: app } = await nextmv.GET("/v1/applications/{application_id}", { params: { path: { application_id: "routing-app" } } });
  const abeja = new APIClient({ credential: { authToken: "token" } });
  const service = await abeja.getService("1122334455660", "1111111111111", "ser-abc1111111111111");
  const lxd = API.factory({ endpoint: "/var/lib/lxd/unix.socket" });
  const instance = await lxd.GET("/1.0/instances/{name}", { params: { path: { name: "c1" } } });
  const pools = await lxd.GET("/1.0/storage-pools", { params: { query: { recursion: 1 } } });
  return [app.name ?? "", service.service_id, instance.data.metadata.name, String(pools.data.metadata.length)];
}

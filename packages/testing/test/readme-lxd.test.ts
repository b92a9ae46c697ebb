// packages/lxd/README.md's contract-testing example, verbatim: it must run and pass as a new user copies it.
import type { paths } from "@clientele/lxd-types";
import { API } from "@clientele/lxd";
import { createMockApi } from "@clientele/testing";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";

const lxd = createMockApi<paths>("lxd", { baseUrl: "https://lxd.test:8443" });
const server = setupServer(...lxd.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => lxd.verifyAndReset(server)); // resets msw and the mock, then throws any spec violation
afterAll(() => server.close());

it("creates an instance and waits for it", async () => {
  const api = API.factory({ endpoint: "https://lxd.test:8443" });
  const op = await api.POST("/1.0/instances", { body: { name: "c1", source: { type: "none" } } });
  expect((await op.wait({ maxDuration: 5_000 })).data.metadata.status).toBe("Success");
  expect(lxd.calls.last("createInstance")?.body).toMatchObject({ name: "c1" });
});

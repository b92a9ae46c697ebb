import { describe, expect, it } from "vitest";
import type { paths } from "@clientele/abeja-types";
import { createMockApi, handlersFetch } from "@clientele/testing";

describe("handlersFetch", () => {
  const mock = createMockApi<paths>("abeja", { baseUrl: "https://api.abeja.io" });
  const seen: string[] = [];
  const fetch = handlersFetch(() => mock.handlers, { onRequest: (r) => void seen.push(`${r.method} ${new URL(r.url).pathname}`) });

  it("answers from the handlers, validated, without patching globals", async () => {
    const res = await fetch("https://api.abeja.io/organizations/1122334455660/deployments/1111111111111", {
      headers: { authorization: "Bearer t" },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toHaveProperty("deployment_id");
    expect(seen).toEqual(["GET /organizations/1122334455660/deployments/1111111111111"]);
    mock.assertNoViolations();
  });

  it("rejects a request that no handler answers, naming it", async () => {
    await expect(handlersFetch(() => [])("https://api.abeja.io/nope")).rejects.toThrow("no mock handler for GET https://api.abeja.io/nope");
  });
});

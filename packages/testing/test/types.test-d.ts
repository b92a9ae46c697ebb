// Type tests, checked by `tsc --noEmit -p packages/testing` (not run by vitest): each `@ts-expect-error`
// line must fail to compile, so a handler that drifts from the spec's types is caught by the type check.
import type { paths } from "@clientele/abeja-types";
import { HttpResponse } from "msw";
import { createMockApi } from "@clientele/testing";

const abeja = createMockApi<paths>("abeja");
const DEPLOYMENT = "/organizations/{organization_id}/deployments/{deployment_id}" as const;

// Valid handlers compile: typed params, typed body, typed responses (by status and as a union).
abeja.get(DEPLOYMENT, ({ params, response }) => response(200).json({ deployment_id: params.deployment_id, name: "x" }));
abeja.get(DEPLOYMENT, ({ response }) => response(404).json({ error: "not_found" }));
abeja.get(DEPLOYMENT, () => HttpResponse.json({ deployment_id: "1", name: "x" }));
abeja.get(DEPLOYMENT, () => undefined);
abeja.post("/organizations/{organization_id}/deployments", ({ body, response }) =>
  response(200).json({ deployment_id: "1", name: body.name }),
);
abeja.post("/deployments/{deployment_id}/services/{service_id}", ({ response }) => response(200).json(["any", "json"]));

// @ts-expect-error a path that is not in the spec
abeja.get("/organizations/{organization_id}/nope", () => undefined);

// @ts-expect-error a method the path does not have
abeja.put(DEPLOYMENT, () => undefined);

// @ts-expect-error a path parameter the path does not have
abeja.get(DEPLOYMENT, ({ params }) => HttpResponse.json({ deployment_id: params.service_id, name: "x" }));

// @ts-expect-error a wrong response body (name must be a string)
abeja.get(DEPLOYMENT, ({ response }) => response(200).json({ deployment_id: "1", name: 5 }));

// @ts-expect-error a response body missing a required property
abeja.get(DEPLOYMENT, () => HttpResponse.json({ name: "x" }));

// @ts-expect-error a status the operation does not define
abeja.get(DEPLOYMENT, ({ response }) => response(418).json({}));

// @ts-expect-error a request body property the schema does not have
abeja.post("/organizations/{organization_id}/deployments", ({ body }) => HttpResponse.json({ deployment_id: "1", name: body.title }));

// Partial overrides: any subset of the body, at any depth, type-checked.
abeja.get(DEPLOYMENT, ({ response }) => response(200).merge({ name: "renamed" }));
abeja.get(DEPLOYMENT, ({ response }) => response(200).merge({ creator: { email: "a@b.c" } }));

// @ts-expect-error a partial override of the wrong type
abeja.get(DEPLOYMENT, ({ response }) => response(200).merge({ name: 5 }));

// @ts-expect-error a partial override with a property the schema does not have
abeja.get(DEPLOYMENT, ({ response }) => response(200).merge({ nickname: "x" }));

// Issue 17 item 5: empty bodies that are valid bodies, the deepest error of an anyOf/oneOf first, and no
// cap that could hide the one error that matters.
import { describe, expect, it } from "vitest";
import { loadSpec, validateRequest, validateResponse, type OpenAPIDocument } from "@clientele/testing";

const binary = { "application/octet-stream": { schema: { type: "string", format: "binary" } } };
const named = { type: "object", required: ["name"], properties: { name: { type: "string" } } };
const spec = loadSpec({
  openapi: "3.1.0",
  info: { title: "shapes", version: "1" },
  paths: {
    "/file": {
      get: { operationId: "download", responses: { "200": { description: "bytes", content: binary } } },
      put: { operationId: "upload", requestBody: { required: true, content: binary }, responses: { "204": { description: "ok" } } },
    },
    "/things": {
      get: {
        operationId: "listThings",
        responses: {
          "200": {
            description: "things",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    items: { type: "array", items: { anyOf: [{ type: "string" }, named] } },
                    next: { oneOf: [{ type: "string" }, { type: "null" }] },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as unknown as OpenAPIDocument);

describe("empty bodies", () => {
  it("an empty 200 download is a body (with or without its Content-Type)", () => {
    expect(
      validateResponse(spec, {
        method: "GET",
        url: "/file",
        status: 200,
        headers: { "content-type": "application/octet-stream" },
        body: "",
      }),
    ).toEqual([]);
    expect(validateResponse(spec, { method: "GET", url: "/file", status: 200, body: new Uint8Array(0) })).toEqual([]);
  });

  it("a zero-byte upload is a body", () => {
    expect(
      validateRequest(spec, {
        method: "PUT",
        url: "/file",
        headers: { "content-type": "application/octet-stream" },
        body: new Uint8Array(0),
      }),
    ).toEqual([]);
    // No body at all is still missing.
    expect(validateRequest(spec, { method: "PUT", url: "/file" })[0]).toMatchObject({ location: "body", actual: "missing" });
  });

  it("an empty JSON answer is still reported", () => {
    const [v] = validateResponse(spec, {
      method: "GET",
      url: "/things",
      status: 200,
      headers: { "content-type": "application/json" },
      body: "",
    });
    expect(v).toMatchObject({ location: "body", actual: "empty" });
  });
});

describe("schema errors", () => {
  it("the deepest error of an anyOf comes first", () => {
    const violations = validateResponse(spec, {
      method: "GET",
      url: "/things",
      status: 200,
      headers: { "content-type": "application/json" },
      body: { items: [{ name: 7 }] },
    });
    expect(violations[0]).toMatchObject({ pointer: "/items/0/name", expected: "type string", actual: "7" });
    expect(violations.map((v) => v.pointer)).toContain("/items/0");
  });

  it("the deepest error of a oneOf comes first too", () => {
    const violations = validateResponse(spec, {
      method: "GET",
      url: "/things",
      status: 200,
      headers: { "content-type": "application/json" },
      body: { next: 5, items: [] },
    });
    expect(violations[0]).toMatchObject({ pointer: "/next" });
    expect(violations.map((v) => v.expected)).toContain("a value matching exactly one schema of oneOf");
  });

  it("every error is reported: no cap", () => {
    const items = Array.from({ length: 30 }, () => ({ name: 1 }));
    const violations = validateResponse(spec, {
      method: "GET",
      url: "/things",
      status: 200,
      headers: { "content-type": "application/json" },
      body: { items },
    });
    expect(violations.filter((v) => /^\/items\/\d+\/name$/.test(v.pointer)).length).toBe(30);
    expect(violations.some((v) => v.pointer === "/items/29/name")).toBe(true);
  });
});

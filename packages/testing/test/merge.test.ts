// Partial overrides: `response(status).merge(partial)` lays the test's fields over the spec's example
// answer, and the result is still validated.
import type { paths } from "@clientele/nextmv-types";
import { Client } from "@clientele/nextmv";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMockApi, deepMerge, SpecViolationError } from "@clientele/testing";

const nextmv = createMockApi<paths>("nextmv");
const server = setupServer(...nextmv.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  nextmv.reset();
});
afterAll(() => server.close());

const METADATA = "/v1/applications/{application_id}/runs/{run_id}/metadata" as const;
const app = () => new Client({ apiKey: "k", maxRetries: 0 }).application("routing-app");

describe("response(status).merge(partial)", () => {
  it("changes one nested field and keeps the rest of the spec's example", async () => {
    const example = await app().runMetadata("run-1");
    server.use(nextmv.get(METADATA, ({ response }) => response(200).merge({ metadata: { status_v2: "failed", error: "out of memory" } })));
    const merged = await app().runMetadata("run-1");
    expect(merged.metadata.status_v2).toBe("failed");
    expect(merged.metadata.error).toBe("out of memory");
    expect(merged.metadata.duration).toBe(example.metadata.duration);
    expect(merged.id).toBe(example.id);
    expect({ ...merged, metadata: { ...merged.metadata, status_v2: example.metadata.status_v2, error: example.metadata.error } }).toEqual(
      example,
    );
    nextmv.assertNoViolations();
  });

  it("a run mocked as failed ends the client's polling at the first check", async () => {
    server.use(nextmv.get(METADATA, ({ response }) => response(200).merge({ metadata: { status_v2: "failed", error: "boom" } })));
    await app().runResultWithPolling("run-1", { initialDelay: 0, delay: 0, maxTries: 3 });
    expect(nextmv.calls.count("getRunMetadata")).toBe(1);
    expect(nextmv.calls.count("getRunResult")).toBe(1);
  });

  it("is still validated: a merged value of the wrong type is a violation", async () => {
    server.use(nextmv.get(METADATA, ({ response }) => response(200).merge({ metadata: { duration: "long" as never } })));
    await expect(app().runMetadata("run-1")).rejects.toThrow(/response body \/metadata\/duration: expected type number, got "long"/);
    expect(() => nextmv.assertNoViolations()).toThrowError(SpecViolationError);
  });

  it("undefined removes a property (a required one is then reported missing)", async () => {
    server.use(nextmv.get(METADATA, ({ response }) => response(200).merge({ metadata: { status_v2: undefined } })));
    await expect(app().runMetadata("run-1")).rejects.toThrow(/\/metadata\/status_v2: expected required property "status_v2", got missing/);
  });
});

describe("deepMerge", () => {
  it("merges objects at any depth, replaces arrays and values, removes undefined keys, changes neither argument", () => {
    const base = { a: { b: 1, c: [1, 2], d: "x" }, e: null as unknown, f: 1 };
    const override = { a: { c: [3], d: undefined }, e: { g: 1 } };
    expect(deepMerge(base, override)).toEqual({ a: { b: 1, c: [3] }, e: { g: 1 }, f: 1 });
    expect(base).toEqual({ a: { b: 1, c: [1, 2], d: "x" }, e: null, f: 1 });
    expect(deepMerge([1], { x: 1 })).toEqual({ x: 1 });
    expect(deepMerge({ x: 1 }, undefined)).toEqual({ x: 1 });
  });
});

import { describe, expect, it } from "vitest";
import { defaultResponse, loadSpec, validateResponse } from "@clientele/testing";

/** A concrete URL path for a template, with every parameter filled in. */
const concrete = (template: string) => template.replace(/\{[^}]+\}/g, "x1");

describe("default answers", () => {
  it("every ABEJA operation's default answer conforms to its own response schema", () => {
    const spec = loadSpec("abeja");
    const problems = spec.operations.flatMap((op) => {
      const answer = defaultResponse(spec, op);
      const body = answer.body === undefined || typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
      return validateResponse(spec, {
        method: op.method,
        url: concrete(op.path),
        status: answer.status,
        headers: answer.contentType ? { "content-type": answer.contentType } : {},
        body,
      }).map((v) => v.message);
    });
    expect(problems).toEqual([]);
  });
});

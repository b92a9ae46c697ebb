// The shapes the 2026-11 audits found the real services sending (nextmv-py's tolerance, ABEJA's SDK
// examples, a live LXD 5.0.2 daemon) validate against the specs; before issue 17 each was a violation.
import { describe, expect, it } from "vitest";
import { specFile, validateRequest, validateResponse } from "@clientele/testing";

const json = { "content-type": "application/json" };
const ok = (api: "nextmv" | "abeja" | "lxd", method: string, url: string, body: unknown, status = 200) =>
  validateResponse(specFile(api), { method, url, status, headers: json, body });

describe("nextmv: what Go servers send for nothing", () => {
  it.each([
    ["/v1/applications", null],
    ["/v1/applications?pagereturn=true", { items: null, next_page_token: null }],
    ["/v1/applications/app/runs", { runs: null }],
    ["/v1/applications/app/runs?pagereturn=true", {}],
    ["/v1/applications/app/runs/run-1/assets", { items: null }],
    ["/v1/marketplace/subscriptions", null],
  ])("GET %s answering %j", (url, body) => {
    expect(ok("nextmv", "GET", url, body)).toEqual([]);
  });

  it("still refuses what no SDK reads (a control: the validator is really checking)", () => {
    expect(ok("nextmv", "GET", "/v1/applications?pagereturn=true", { items: "nope" })).not.toEqual([]);
  });

  it("a queued run's metadata, with its nil pointers as null", () => {
    const metadata = {
      application_id: "app",
      application_instance_id: "latest",
      application_version_id: "",
      created_at: "2025-03-04T15:20:11Z",
      initiated_at: null,
      duration: 0,
      error: "",
      execution_class: "6c9500mb870s",
      format: { input: { type: "json" }, output: null },
      input_size: 2,
      output_size: 0,
      integration: null,
      options: { active_options: null, options_summary: null, request_options: null },
      tracking: { cloned_run_id: null, input_id: null },
      queuing_disabled: false,
      queuing_priority: 6,
      run_type: { type: null, definition_id: null, reference_id: null },
      runtime: "default",
      status_v2: "queued",
    };
    const info = { id: "run-1", name: "", description: "", user_email: "a@b.c", metadata };
    expect(ok("nextmv", "GET", "/v1/applications/app/runs/run-1/metadata", info)).toEqual([]);
  });

  it("an application without a name, and an instance whose options carry numbers", () => {
    expect(ok("nextmv", "GET", "/v1/applications/app", { id: "app", name: null, type: null, created_at: null })).toEqual([]);
    const instance = {
      id: "prod",
      application_id: "app",
      version_id: "v1",
      name: "prod",
      configuration: { options: { max_runtime: 30, verbose: true } },
    };
    expect(ok("nextmv", "GET", "/v1/applications/app/instances/prod", instance)).toEqual([]);
  });
});

describe("abeja: the SDK's open formats", () => {
  it("a service on a gpu:b-2 instance, in a status the spec does not list", () => {
    const service = { service_id: "ser-abc1111111111111", deployment_id: "1111111111111", status: "UPDATING", instance_type: "gpu:b-2" };
    expect(ok("abeja", "GET", "/organizations/1122334455660/deployments/1111111111111/services/ser-abc1111111111111", service)).toEqual([]);
  });

  it("scan_forward as requests sends it", () => {
    const violations = validateRequest(specFile("abeja"), {
      method: "GET",
      url: "/organizations/1122334455660/deployments/1111111111111/runs?scan_forward=True",
    });
    expect(violations).toEqual([]);
  });
});

describe("lxd: what the 5.0.2 daemon sends", () => {
  const sync = (metadata: unknown) => ({
    type: "sync",
    status: "Success",
    status_code: 200,
    operation: "",
    error_code: 0,
    error: "",
    metadata,
  });

  it("instance metadata without metadata.yaml, and the GET → PUT round trip", () => {
    const metadata = { architecture: "x86_64", creation_date: 0, expiry_date: 0, properties: null, templates: null };
    expect(ok("lxd", "GET", "/1.0/instances/c1/metadata", sync(metadata))).toEqual([]);
    const templated = {
      ...metadata,
      templates: { "/etc/hostname": { when: ["create"], create_only: false, template: "hostname.tpl", properties: null } },
    };
    expect(validateRequest(specFile("lxd"), { method: "PUT", url: "/1.0/instances/c1/metadata", headers: json, body: templated })).toEqual(
      [],
    );
  });

  it("a snapshot list (recursion=1) whose content_type is empty", () => {
    const snapshots = [
      { name: "data/snap0", description: "", config: {}, content_type: "", created_at: "2025-03-04T15:20:11Z", expires_at: null },
    ];
    expect(ok("lxd", "GET", "/1.0/storage-pools/default/volumes/custom/data/snapshots?recursion=1", sync(snapshots))).toEqual([]);
    expect(
      ok(
        "lxd",
        "GET",
        "/1.0/storage-pools/default/volumes/custom/data/snapshots?recursion=1",
        sync([{ ...snapshots[0], content_type: "tape" }]),
      ),
    ).not.toEqual([]);
  });

  it("an operation whose resources of a kind are null", () => {
    const operation = {
      id: "6916c8a6-9b7d-4abd-90b3-aeb2a6b1b6f8",
      class: "task",
      description: "Updating instances",
      created_at: "2025-03-04T15:20:11Z",
      updated_at: "2025-03-04T15:20:11Z",
      status: "Success",
      status_code: 200,
      resources: { instances: null },
      metadata: null,
      may_cancel: false,
      err: "",
      location: "none",
    };
    expect(ok("lxd", "GET", "/1.0/operations/6916c8a6-9b7d-4abd-90b3-aeb2a6b1b6f8", sync(operation))).toEqual([]);
  });

  it("a duplicate project is a declared 409, and the bare ?public flag is accepted", () => {
    const conflict = {
      type: "error",
      status: "",
      status_code: 0,
      operation: "",
      error_code: 409,
      error: "Project 'p' already exists",
      metadata: null,
    };
    expect(ok("lxd", "POST", "/1.0/projects", conflict, 409)).toEqual([]);
    expect(validateRequest(specFile("lxd"), { method: "GET", url: "/1.0?public" })).toEqual([]);
  });
});

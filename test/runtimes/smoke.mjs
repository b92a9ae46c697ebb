// The runtime-agnostic smoke suite (issue 19): what every runtime clientele claims must do with the
// packages as published. Plain ESM JavaScript that imports only the @clientele packages by bare
// specifier and uses only web globals (fetch, URL, crypto, TextEncoder, AbortSignal…), so the same
// file runs in Node, Bun, Deno and, bundled by esbuild, in a browser page.
//
// The servers are started by test/runtimes/servers.ts: @clientele/testing's mock servers (each API's
// spec-validated answers) and a scripted server for the 404 with a reason, the 429 then 200, the
// slow answer and the presigned PUT sink.
import { APIClient, NotFound as AbejaNotFound } from "@clientele/abeja";
import * as core from "@clientele/core";
import { API } from "@clientele/lxd";
import { Client, NotFound as NextmvNotFound } from "@clientele/nextmv";

const ABEJA_ORG = "1122334455660";
const ABEJA_DEPLOYMENT = "1111111111111";
const ABEJA_SERVICE = "ser-abc1111111111111";
const ABEJA_CREDENTIAL = { userId: "1122334455667", personalAccessToken: "smoke-abeja-token-7d1e" };
const NEXTMV_APP = "routing-app";
/** A presigned URL's signature: like the API key, it must never appear in an error. */
const SIGNATURE = "smoke-signature-0b5e44";
/** Short enough to keep the suite fast, long enough for a loaded CI machine's first request. */
const SHORT_TIMEOUT_MS = 300;

/**
 * Runs every check against the servers of `env`; never throws: each check reports its own failure.
 *
 * @param {{ runtime: string, servers: { nextmv: string, lxd: string, abeja: string, scripted: string },
 *           lxdSocket?: string, apiKey: string }} env
 * @returns {Promise<Array<{ check: string, ok: boolean, detail?: string, skipped?: string }>>}
 */
export async function smoke(env) {
  const results = [];
  /** Errors the clients threw along the way: none may contain a secret. */
  const thrown = [];
  const key = `${env.runtime.replace(/[^a-z0-9]+/gi, "-")}-${crypto.randomUUID()}`;
  const secrets = [env.apiKey, ABEJA_CREDENTIAL.personalAccessToken, SIGNATURE];

  async function check(name, body) {
    try {
      const detail = await body();
      results.push({ check: name, ok: true, ...(detail !== undefined && { detail: String(detail) }) });
    } catch (error) {
      results.push({ check: name, ok: false, detail: describe(error) });
    }
  }
  /** Runs `call`, expecting it to throw; returns the error (and keeps it for the secrets check). */
  async function rejection(call) {
    try {
      await call();
    } catch (error) {
      thrown.push(error);
      return error;
    }
    throw new Error("expected an error, the call succeeded");
  }

  const nextmv = (options = {}) =>
    new Client({ apiKey: env.apiKey, url: env.servers.nextmv, ...(!options.retry && { maxRetries: 0 }), ...options });
  const abeja = (options = {}) => new APIClient({ credential: ABEJA_CREDENTIAL, baseUrl: env.servers.abeja, maxRetryCount: 0, ...options });
  const lxd = (options = {}) => API.factory({ endpoint: env.servers.lxd, retry: { maxRetries: 0 }, ...options });

  // Which of core's builds the runtime's export conditions picked ("node": undici, files and sockets; "web": the global fetch).
  await check("core: the build this runtime resolves", async () => {
    expect(
      core.platform.platformName === "node" || core.platform.platformName === "web",
      `a platform name, got ${core.platform.platformName}`,
    );
    return core.platform.platformName;
  });

  // ---- a typed GET and a typed POST per client, against the spec-validated mock servers
  await check("nextmv: typed GET", async () => {
    const { data } = await nextmv().GET("/v1/applications/{application_id}", { params: { path: { application_id: NEXTMV_APP } } });
    expect(typeof data?.id === "string", `application id, got ${JSON.stringify(data)}`);
    return data.id;
  });
  await check("nextmv: typed POST", async () => {
    const { data } = await nextmv().POST("/v1/applications/{application_id}/runs", {
      params: { path: { application_id: NEXTMV_APP } },
      body: { input: { stops: [], vehicles: [] } },
    });
    expect(typeof data?.run_id === "string", `run_id, got ${JSON.stringify(data)}`);
    return data.run_id;
  });
  await check("lxd: typed GET", async () => {
    const { data } = await lxd().GET("/1.0");
    expect(typeof data?.metadata?.api_version === "string", `api_version, got ${JSON.stringify(data)}`);
    return data.metadata.api_version;
  });
  await check("lxd: typed POST", async () => {
    const { data } = await lxd().POST("/1.0/instances", { body: { name: "smoke", source: { type: "none" } } });
    expect(data?.type === "async", `an async operation, got ${JSON.stringify(data)}`);
    return data.operation;
  });
  await check("abeja: typed GET", async () => {
    const { data } = await abeja().GET("/organizations/{organization_id}/deployments/{deployment_id}/services/{service_id}", {
      params: { path: { organization_id: ABEJA_ORG, deployment_id: ABEJA_DEPLOYMENT, service_id: ABEJA_SERVICE } },
    });
    expect(typeof data?.service_id === "string", `service_id, got ${JSON.stringify(data)}`);
    return data.service_id;
  });
  await check("abeja: typed POST", async () => {
    const { data } = await abeja().POST("/organizations/{organization_id}/deployments", {
      params: { path: { organization_id: ABEJA_ORG } },
      body: { name: "smoke-deployment" },
    });
    expect(typeof data?.deployment_id === "string", `deployment_id, got ${JSON.stringify(data)}`);
    return data.deployment_id;
  });

  // ---- a 404 is NotFound carrying the server's reason, from every client
  const reason = "no such thing: smoke-missing";
  const notFoundBase = `${env.servers.scripted}/not-found`;
  const notFound = {};
  await check("nextmv: 404 → NotFound with the reason", async () => {
    const error = await rejection(() =>
      nextmv({ url: notFoundBase }).GET("/v1/applications/{application_id}", { params: { path: { application_id: "missing" } } }),
    );
    notFound.nextmv = error;
    expect(error instanceof NextmvNotFound, `NotFound, got ${describe(error)}`);
    expect(error.status === 404 && error.message.includes(reason), `the reason in "${error.message}"`);
    return error.message;
  });
  await check("lxd: 404 → NotFound with the reason", async () => {
    const error = await rejection(() => lxd({ endpoint: notFoundBase }).GET("/1.0"));
    notFound.lxd = error;
    expect(error instanceof core.NotFound, `NotFound, got ${describe(error)}`);
    expect(error.message.includes(reason), `the reason in "${error.message}"`);
    return error.message;
  });
  await check("abeja: 404 → NotFound with the reason", async () => {
    const error = await rejection(() => abeja({ baseUrl: notFoundBase }).getService(ABEJA_ORG, ABEJA_DEPLOYMENT, "ser-missing"));
    notFound.abeja = error;
    expect(error instanceof AbejaNotFound, `NotFound, got ${describe(error)}`);
    expect(error.message.includes(reason), `the reason in "${error.message}"`);
    return error.message;
  });

  // ---- one error class hierarchy, whichever package threw
  await check("instanceof: errors of every package are core's classes", async () => {
    expect(NextmvNotFound === core.NotFound && AbejaNotFound === core.NotFound, "the packages re-export core's NotFound itself");
    for (const [api, error] of Object.entries(notFound)) {
      expect(error instanceof core.NotFound, `${api}: instanceof core.NotFound`);
      expect(error instanceof core.APIException, `${api}: instanceof core.APIException`);
      expect(error instanceof core.ClienteleError, `${api}: instanceof core.ClienteleError`);
      expect(error instanceof Error, `${api}: instanceof Error`);
    }
    expect(Object.keys(notFound).length === 3, `a NotFound from each client, got ${Object.keys(notFound).join(", ") || "none"}`);
  });

  // ---- 429 with Retry-After: waited for, retried, then the 200
  await check("nextmv: 429 with Retry-After retried, then 200", async () => {
    const retries = [];
    const client = nextmv({
      url: `${env.servers.scripted}/retry/${key}`,
      retry: { maxRetries: 2, backoffFactor: 0, backoffJitter: 0 },
      onRetry: (event) => retries.push(event),
    });
    const started = Date.now();
    const { data } = await client.GET("/v1/applications/{application_id}", { params: { path: { application_id: NEXTMV_APP } } });
    const waited = Date.now() - started;
    expect(data?.id === key, `the 200's body, got ${JSON.stringify(data)}`);
    expect(retries.length === 1, `one retry, got ${retries.length}`);
    expect(waited >= 900, `waited the Retry-After second, got ${waited} ms`);
    return `1 retry after ${waited} ms`;
  });

  // ---- a server slower than the timeout
  await check("nextmv: slow answer → TimeoutError", async () => {
    const started = Date.now();
    const error = await rejection(() =>
      nextmv({ url: `${env.servers.scripted}/slow`, timeout: SHORT_TIMEOUT_MS }).GET("/v1/applications/{application_id}", {
        params: { path: { application_id: NEXTMV_APP } },
      }),
    );
    const waited = Date.now() - started;
    expect(error instanceof core.TimeoutError, `TimeoutError, got ${describe(error)}`);
    expect(waited < 4_000, `gave up after the timeout, not the server's answer (${waited} ms)`);
    return `${waited} ms: ${error.message}`;
  });

  // ---- presigned uploads: core's, and Nextmv's documented one against its mock
  await check("core: uploadToPresignedUrl", async () => {
    const data = new TextEncoder().encode("x".repeat(100_000));
    await core.uploadToPresignedUrl({ url: `${env.servers.scripted}/upload/${key}?X-Amz-Signature=${SIGNATURE}`, data });
    const answer = await fetch(`${env.servers.scripted}/uploaded/${key}`);
    const { bytes } = await answer.json();
    expect(bytes === data.byteLength, `the sink got ${bytes} of ${data.byteLength} bytes`);
    return `${bytes} bytes`;
  });
  await check("nextmv: application.uploadData to the presigned URL", async () => {
    const uploadId = await nextmv()
      .application(NEXTMV_APP)
      .uploadData({ data: { stops: [{ id: "s1" }], vehicles: [] } });
    expect(typeof uploadId === "string" && uploadId.length > 0, `an upload_id, got ${JSON.stringify(uploadId)}`);
    return uploadId;
  });
  await check("core: a refused presigned upload is Forbidden", async () => {
    const error = await rejection(() =>
      core.uploadToPresignedUrl({ url: `${env.servers.scripted}/denied/${key}?X-Amz-Signature=${SIGNATURE}`, data: "x" }),
    );
    expect(error instanceof core.Forbidden, `Forbidden, got ${describe(error)}`);
    return error.message;
  });

  // ---- no secret in any error the suite saw
  await check("no secret in error messages, String() or JSON.stringify()", async () => {
    expect(thrown.length >= 5, `errors to inspect, got ${thrown.length}`);
    for (const error of thrown) {
      const views = { message: error?.message, string: String(error), json: JSON.stringify(error), stack: error?.stack };
      for (const [view, text] of Object.entries(views)) {
        for (const secret of secrets) expect(!String(text).includes(secret), `a secret in ${view} of ${error?.name}`);
      }
    }
    return `${thrown.length} errors`;
  });

  // ---- LXD over its unix socket, where the runtime has sockets
  if (env.lxdSocket) {
    await check("lxd: typed GET over the unix socket", async () => {
      const { data } = await lxd({ endpoint: env.lxdSocket }).GET("/1.0");
      expect(typeof data?.metadata?.api_version === "string", `api_version, got ${JSON.stringify(data)}`);
      return data.metadata.api_version;
    });
  } else {
    results.push({ check: "lxd: typed GET over the unix socket", ok: false, skipped: `${env.runtime} has no unix sockets` });
  }
  return results;
}

function expect(condition, what) {
  if (!condition) throw new Error(`expected ${what}`);
}

function describe(error) {
  if (!(error instanceof Error)) return String(error);
  return `${error.name}: ${error.message}`;
}

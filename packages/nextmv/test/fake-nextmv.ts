// A small stateful fake of the Nextmv Cloud endpoints the Application helpers use, plus a fake
// object store for presigned URLs, on a real HTTP server at 127.0.0.1.

import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface FakeRun {
  id: string;
  app: string;
  instanceId: string | undefined;
  body: Record<string, unknown>;
  /** The input as the "worker" received it (inline, or read back from the upload). */
  input: unknown;
  status: "queued" | "running" | "succeeded" | "failed" | "canceled";
  /** Metadata reads left before the run moves on (queued → running → succeeded). */
  pollsLeft: number;
  output: unknown;
  outputFormat: "json" | "multi-file";
  outputSize: number;
}

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  bodySize: number;
}

export interface FakeNextmv {
  url: string;
  apiKey: string;
  requests: FakeRequest[];
  uploads: Map<string, Buffer>;
  runs: Map<string, FakeRun>;
  /** Metadata reads each new run spends in `queued` and `running` (default 2). */
  pollsPerRun: number;
  /** Reported output size of new runs; over 5 MiB forces `format=url` (default: the real size). */
  outputSize: number | undefined;
  /** Output format of new runs (default `json`). */
  outputFormat: "json" | "multi-file";
  /** Items per page of paged listings (default 2). */
  pageSize: number;
  instances: Array<{ id: string; name: string }>;
  /** Forgets requests, uploads and runs, restarts ids at 1 and restores the defaults. */
  reset(): void;
  close(): Promise<void>;
}

const MIB = 1024 * 1024;

export async function startFakeNextmv(apiKey = "fake-key"): Promise<FakeNextmv> {
  const sockets = new Set<Socket>();
  let nextId = 1;
  const state: Omit<FakeNextmv, "url" | "close" | "reset"> = {
    apiKey,
    requests: [],
    uploads: new Map(),
    runs: new Map(),
    pollsPerRun: 2,
    outputSize: undefined,
    outputFormat: "json",
    pageSize: 2,
    instances: [],
  };
  let base = "";

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url!, "http://fake");
    const method = req.method!;
    state.requests.push({ method, path: url.pathname, query: url.searchParams, headers: req.headers, bodySize: raw.length });
    const send = (status: number, body?: unknown, type = "application/json") => {
      const text = body === undefined ? "" : Buffer.isBuffer(body) ? body : typeof body === "string" ? body : JSON.stringify(body);
      res.writeHead(status, body === undefined ? {} : { "content-type": type });
      res.end(text);
    };
    const fail = (status: number, error: string) => send(status, { error });

    // The object store: presigned URLs carry a signature and must not carry the API key.
    if (url.pathname.startsWith("/storage/")) {
      if (req.headers.authorization) return fail(400, "only one auth mechanism allowed");
      if (url.searchParams.get("X-Amz-Signature") !== "fake-signature") return fail(403, "SignatureDoesNotMatch");
      const [, , kind, id] = url.pathname.split("/");
      if (kind === "uploads" && method === "PUT") {
        state.uploads.set(id!, raw);
        return send(200);
      }
      if (kind === "outputs" && method === "GET") {
        const run = state.runs.get(id!);
        if (!run) return fail(404, "NoSuchKey");
        return run.outputFormat === "json" ? send(200, run.output) : send(200, Buffer.from(run.output as string), "application/gzip");
      }
      return fail(405, "method not allowed");
    }

    if (req.headers.authorization !== `Bearer ${state.apiKey}`) return fail(401, "unauthorized");
    const parts = url.pathname.split("/").filter(Boolean); // v1 applications {app} ...
    if (parts[0] !== "v1" || parts[1] !== "applications" || !parts[2]) return fail(404, `no route for ${method} ${url.pathname}`);
    const app = parts[2];
    const rest = parts.slice(3).join("/");

    if (method === "POST" && rest === "runs/uploadurl") {
      const id = `upload-${nextId++}`;
      return send(200, { upload_id: id, upload_url: `${base}/storage/uploads/${id}?X-Amz-Signature=fake-signature` });
    }

    if (method === "POST" && rest === "runs") {
      const body = JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
      const sources = ["input", "upload_id", "input_id"].filter((k) => body[k] !== undefined);
      if (sources.length !== 1) return fail(400, "exactly one of input, upload_id or input_id is required");
      if (body.input !== undefined && raw.length > 5 * MIB) return fail(400, "input is too large; use an upload URL");
      let input = body.input;
      if (body.upload_id !== undefined) {
        const uploaded = state.uploads.get(String(body.upload_id));
        if (!uploaded) return fail(400, `unknown upload_id ${String(body.upload_id)}`);
        const type = (body.configuration as { format?: { input?: { type?: string } } } | undefined)?.format?.input?.type ?? "json";
        input = type === "json" ? JSON.parse(uploaded.toString("utf8")) : uploaded.toString("utf8");
      }
      const id = `run-${nextId++}`;
      const output =
        state.outputFormat === "json"
          ? { solutions: [{ echoed_bytes: JSON.stringify(input).length }], statistics: { result: { value: 42 } } }
          : "tar.gz-bytes-of-output";
      state.runs.set(id, {
        id,
        app,
        instanceId: url.searchParams.get("instance_id") ?? undefined,
        body,
        input,
        status: "queued",
        pollsLeft: state.pollsPerRun,
        output,
        outputFormat: state.outputFormat,
        outputSize: state.outputSize ?? JSON.stringify(output).length,
      });
      return send(200, { run_id: id });
    }

    if (method === "GET" && rest === "runs") {
      const all = [...state.runs.values()].filter((r) => r.app === app).map(listedRun);
      if (url.searchParams.get("pagereturn") !== "true") return send(200, { runs: all });
      return send(200, page(all, url.searchParams.get("pagetoken"), state.pageSize));
    }

    if (method === "GET" && rest === "instances") {
      if (url.searchParams.get("pagereturn") !== "true") return send(200, state.instances);
      return send(200, page(state.instances, url.searchParams.get("pagetoken"), state.pageSize));
    }

    const runMatch = /^runs\/([^/]+)(?:\/(metadata|logs|cancel))?$/.exec(rest);
    if (runMatch) {
      const run = state.runs.get(runMatch[1]!);
      if (!run || run.app !== app) return fail(404, `run ${runMatch[1]} not found`);
      const what = runMatch[2];
      if (method === "GET" && what === "metadata") {
        advance(run);
        return send(200, information(run));
      }
      if (method === "GET" && what === undefined) {
        const byUrl = url.searchParams.get("format") === "url";
        if (!byUrl && (run.outputFormat !== "json" || run.outputSize > 5 * MIB))
          return fail(400, "output must be requested with format=url");
        const output =
          run.status !== "succeeded"
            ? null
            : byUrl
              ? { url: `${base}/storage/outputs/${run.id}?X-Amz-Signature=fake-signature` }
              : run.output;
        return send(200, { ...information(run), output });
      }
      if (method === "GET" && what === "logs") return send(200, { log: `solving ${run.id}\ndone\n` });
      if (method === "PATCH" && what === "cancel") {
        if (run.status === "succeeded" || run.status === "failed") return fail(409, "run already finished");
        run.status = "canceled";
        return send(204);
      }
    }
    return fail(404, `no route for ${method} ${url.pathname}`);
  });

  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake = state as FakeNextmv;
  fake.url = base;
  fake.reset = () => {
    nextId = 1;
    Object.assign(state, { pollsPerRun: 2, outputSize: undefined, outputFormat: "json", pageSize: 2, instances: [] });
    state.requests.length = 0;
    state.uploads.clear();
    state.runs.clear();
  };
  fake.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return fake;
}

function advance(run: FakeRun): void {
  if (run.status !== "queued" && run.status !== "running") return;
  if (run.pollsLeft > 0) {
    run.pollsLeft--;
    if (run.pollsLeft === 0 && run.status === "queued") {
      run.status = "running";
      run.pollsLeft = 1;
    }
    return;
  }
  run.status = "succeeded";
}

function page<T>(all: T[], token: string | null, size: number): { items: T[]; next_page_token?: string } {
  const start = token ? Number(token.replace("page-", "")) : 0;
  const items = all.slice(start, start + size);
  return start + size < all.length ? { items, next_page_token: `page-${start + size}` } : { items };
}

function metadata(run: FakeRun) {
  return {
    application_id: run.app,
    application_instance_id: run.instanceId ?? "latest",
    application_version_id: "",
    created_at: "2025-03-04T15:20:11Z",
    duration: 1200,
    error: "",
    execution_class: "6c9500mb870s",
    format: { input: { type: "json" as const }, output: { type: run.outputFormat } },
    input_size: 0,
    output_size: run.outputSize,
    queuing_disabled: false,
    queuing_priority: 6,
    run_type: { type: "standard" as const },
    runtime: "ghcr.io/nextmv-io/runtime/python:3.11",
    status_v2: run.status,
  };
}

function information(run: FakeRun) {
  return {
    id: run.id,
    name: String(run.body.name ?? ""),
    description: String(run.body.description ?? ""),
    user_email: "dev@example.com",
    metadata: metadata(run),
  };
}

function listedRun(run: FakeRun) {
  const m = metadata(run);
  return {
    id: run.id,
    user_email: "dev@example.com",
    name: String(run.body.name ?? ""),
    description: "",
    created_at: m.created_at,
    application_id: run.app,
    application_instance_id: m.application_instance_id,
    application_version_id: "",
    run_type: m.run_type,
    execution_class: m.execution_class,
    runtime: m.runtime,
    status_v2: run.status,
  };
}

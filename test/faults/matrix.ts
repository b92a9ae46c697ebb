// The fault matrix as data: every fault, each client's documented retry policy, and from them the
// documented outcome of each fault × method × client. The suite checks every cell against real
// loopback servers; test/faults/README.md is rendered from this table.

import { FAULTS, type Behaviour, type FaultName } from "../support/scripted-server.js";
import { CLIENTS, MAX_RETRIES, METHODS, TIMEOUT, type MatrixClient, type Method } from "./clients.js";

export interface Fault {
  id: string;
  /** What the server (or network) does, for the README. */
  title: string;
  /** The scripted behaviour (repeated for every request), or `refused`: nothing listens. */
  behaviour: Behaviour | "refused";
  /** The HTTP status the fault answers with, when it answers with one. */
  status?: number;
  /** Whether that answer carries `Retry-After` (urllib3 then retries 413/429/503 for allowed methods). */
  retryAfter?: boolean;
  /** How a failure is classified for retrying. */
  kind: "status" | "connection" | "headers-timeout" | "body";
}

const httpDate = (offsetMs: number) => new Date(Date.now() + offsetMs).toUTCString();

const NAMED: Record<FaultName, Omit<Fault, "id" | "behaviour">> = {
  "reset-before-headers": { title: "connection reset (RST) before any header", kind: "connection" },
  "reset-mid-body": { title: "200, part of the body, then a reset", kind: "body" },
  "stall-headers": { title: "headers never arrive", kind: "headers-timeout" },
  "stall-body": { title: "200 and part of the body, then silence", kind: "body" },
  "truncated-json": { title: "200 `application/json` whose JSON is cut short (complete HTTP message)", kind: "body" },
  "html-502": { title: "a proxy's 502 page (`text/html`)", kind: "status", status: 502 },
  "empty-200": { title: "200 `application/json` with an empty body", kind: "body" },
  "corrupt-gzip": { title: "200 `Content-Encoding: gzip` whose bytes are no gzip stream", kind: "body" },
  "redirect-loop": { title: "302 between two URLs forever", kind: "connection" },
  "short-content-length": { title: "200 `Content-Length: 100` with 16 bytes, then close", kind: "body" },
};

export const MATRIX_FAULTS: readonly Fault[] = [
  {
    id: "429-retry-after-seconds",
    title: "429 with `Retry-After: 0` (seconds)",
    behaviour: { status: 429, headers: { "retry-after": "0" }, json: { error: "slow down" } },
    status: 429,
    retryAfter: true,
    kind: "status",
  },
  {
    id: "429-retry-after-date",
    title: "429 with `Retry-After: <HTTP date>` (in the past: wait 0)",
    behaviour: (_req, res) => {
      res.writeHead(429, { "content-type": "application/json", "retry-after": httpDate(-5000) });
      res.end(JSON.stringify({ error: "slow down" }));
    },
    status: 429,
    retryAfter: true,
    kind: "status",
  },
  { id: "503", title: "503 with a JSON error", behaviour: { status: 503, json: { error: "unavailable" } }, status: 503, kind: "status" },
  { id: "500", title: "500 with a JSON error", behaviour: { status: 500, json: { error: "boom" } }, status: 500, kind: "status" },
  { id: "connection-refused", title: "nothing listens on the port", behaviour: "refused", kind: "connection" },
  ...FAULTS.map((id) => ({ id, behaviour: id, ...NAMED[id] })),
];

/** Each client's documented retry policy (from its README), as the matrix applies it. */
export const POLICIES: Record<MatrixClient["name"], { statuses: readonly number[]; methods: readonly Method[] }> = {
  core: { statuses: [429, 500, 502, 503, 504], methods: ["GET", "DELETE"] },
  nextmv: { statuses: [429], methods: ["GET", "POST", "DELETE"] },
  abeja: { statuses: [500, 502, 503, 504], methods: ["GET", "POST", "PATCH", "DELETE"] },
  lxd: { statuses: [503], methods: ["GET"] },
};

/** Bugs found by the matrix (src is not this suite's to change): cells marked with one run as expected failures. */
export const BUGS: Record<string, string> = {};

export interface Expected {
  /** Requests the server received (0 when nothing listens). */
  requests: number;
  /** Core class the error is an instance of (`instanceof`), `SyntaxError`, or `ok`. */
  error: string;
  /** `error.attempts`, when the class has it. */
  attempts?: number;
  /** Whether the error comes from the call or from reading the returned body. */
  stage?: "call" | "body";
  /** Bug id when the client does not (yet) do this. */
  bug?: string;
}

const STATUS_CLASS = (status: number) => (status === 429 ? "TooManyRequests" : status >= 500 ? "InternalServerError" : "APIException");
const ATTEMPTS = MAX_RETRIES + 1;

/** The documented outcome of one cell. */
export function expected(fault: Fault, client: MatrixClient, method: Method): Expected {
  const policy = POLICIES[client.name];
  const retriedMethod = policy.methods.includes(method);
  switch (fault.kind) {
    case "status": {
      // urllib3's rule: a status in the list, or a 413/429/503 that carries Retry-After.
      const retriedStatus =
        policy.statuses.includes(fault.status!) || (fault.retryAfter === true && [413, 429, 503].includes(fault.status!));
      const n = retriedMethod && retriedStatus ? ATTEMPTS : 1;
      return { requests: n, error: STATUS_CLASS(fault.status!), attempts: n, stage: "call" };
    }
    case "connection": {
      const n = retriedMethod ? ATTEMPTS : 1;
      // A redirect loop is caught when a request would be made again: after two requests per attempt
      // (`/x` → `/x?redirected=1` → `/x` again), three for a POST, whose 302 makes a GET (POST `/x` →
      // GET `/x?redirected=1` → GET `/x` → GET `/x?redirected=1` again).
      const loop = method === "POST" ? 3 : 2;
      const requests = fault.id === "connection-refused" ? 0 : fault.id === "redirect-loop" ? n * loop : n;
      return { requests, error: "ConnectionError", attempts: n, stage: "call" };
    }
    case "headers-timeout": {
      const n = retriedMethod ? ATTEMPTS : 1;
      return { requests: n, error: "TimeoutError", attempts: n, stage: "call" };
    }
    case "body":
      return bodyOutcome(fault.id, client);
  }
}

/** After a 2xx's headers: never retried; the caller gets the same typed error whoever reads the body. */
function bodyOutcome(id: string, client: MatrixClient): Expected {
  const stage = client.raw ? "body" : "call";
  if (id === "truncated-json") return { requests: 1, error: client.raw ? "SyntaxError" : "ResponseParseError", stage };
  if (id === "empty-200") {
    // A raw Response is parsed by the caller; typed calls read an empty body as no data.
    return client.raw ? { requests: 1, error: "SyntaxError", stage } : { requests: 1, error: "ok" };
  }
  // A reset while the body streams is a broken connection; the rest are unreadable bodies.
  const error = id === "stall-body" ? "TimeoutError" : id === "reset-mid-body" ? "ConnectionError" : "ResponseParseError";
  return { requests: 1, error, stage };
}

export interface Cell {
  fault: Fault;
  client: MatrixClient;
  method: Method;
  expected: Expected;
}

export const CELLS: readonly Cell[] = MATRIX_FAULTS.flatMap((fault) =>
  CLIENTS.flatMap((client) => METHODS.map((method) => ({ fault, client, method, expected: expected(fault, client, method) }))),
);

// ---- the README ------------------------------------------------------------------------------

function cellText(fault: Fault, client: MatrixClient): string {
  const outcomes = METHODS.map((m) => expected(fault, client, m));
  const errors = [...new Set(outcomes.map((o) => o.error))];
  const bugs = [...new Set(outcomes.flatMap((o) => (o.bug ? [o.bug] : [])))];
  const what = errors.map((e) => (e === "ok" ? "ok" : e === "SyntaxError" ? "`SyntaxError` from `.json()`" : `\`${e}\``)).join(" / ");
  const stage = outcomes.some((o) => o.stage === "body") ? " on reading the body" : "";
  const counts = outcomes.map((o) => o.requests).join("·");
  const attempts = outcomes.some((o) => o.attempts !== undefined && o.attempts !== o.requests)
    ? ` (attempts ${outcomes.map((o) => o.attempts).join("·")})`
    : "";
  return `${what}${stage} ${counts}${attempts}${bugs.length ? ` ⚠ ${bugs.join(", ")}` : ""}`;
}

/** test/faults/README.md, exactly as committed. */
export function renderReadme(): string {
  const lines = [
    "# Fault matrix",
    "",
    "<!-- Generated by test/faults/matrix.test.ts from test/faults/matrix.ts; do not edit.",
    "     Regenerate: node test/faults/write-readme.mjs -->",
    "",
    "Every cell is a test in `matrix.test.ts`: a real server on 127.0.0.1 (`test/support/scripted-server.ts`)",
    "misbehaves, one client sends one request, and the suite checks what the server received and what the",
    "caller got. The suite also checks that no rejection went unhandled and that a process running these",
    "faults exits on its own.",
    "",
    `Each client runs its documented retry policy with \`maxRetries\` ${MAX_RETRIES} (so at most ${ATTEMPTS} attempts), a ${TIMEOUT} ms`,
    "per-attempt timeout and 1 ms backoffs:",
    "",
    "| client | call | policy |",
    "| --- | --- | --- |",
    ...CLIENTS.map((c) => `| ${c.name} | ${c.call} | ${c.policy} |`),
    "",
    "A cell reads: the error (an `instanceof` check against `@clientele/core`'s classes), then the number of",
    "requests the server received for GET·POST·PATCH·DELETE. A request that is not retried is sent exactly",
    "once; errors carry the number of attempts in `attempts` (shown when it differs from the requests the server saw).",
    "Faults after a 2xx's headers are never retried.",
    "",
    `| fault | ${CLIENTS.map((c) => c.name).join(" | ")} |`,
    `| --- |${CLIENTS.map(() => " --- |").join("")}`,
    ...MATRIX_FAULTS.map((f) => `| ${f.title} | ${CLIENTS.map((c) => cellText(f, c)).join(" | ")} |`),
    "",
    `${CELLS.length} cells: ${MATRIX_FAULTS.length} faults × ${METHODS.length} methods × ${CLIENTS.length} clients.`,
    "",
    "## Known bugs",
    "",
    "Cells marked ⚠ show the documented outcome; the client does not reach it yet, so those cells run as",
    "expected failures (`it.fails`) and turn red once the bug is fixed, to have the mark removed.",
    "",
    ...(Object.keys(BUGS).length
      ? Object.entries(BUGS).map(([id, text]) => `- **${id}**: ${text}.`)
      : ["None: every cell runs as a plain test."]),
    "",
  ];
  return lines.join("\n");
}

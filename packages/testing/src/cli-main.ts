// The command line of `clientele-mock` (the bin, src/cli.ts, only runs it): usage, options, start.
import { parseArgs } from "node:util";
import { closestNames } from "./closest-names.js";
import { loadSpec } from "./load-spec.js";
import { type MockServer, startMockServer } from "./mock-server.js";
import { availableApis } from "./spec-location.js";

/** The help text: usage, every API with a spec (title, operation count, servers), and the options. */
export function usage(): string {
  const apis = availableApis().map((name) => {
    try {
      const spec = loadSpec(name);
      const servers = (spec.document.servers ?? []).map((s) => s.url).join(", ");
      return `  ${name.padEnd(8)} ${spec.document.info?.title ?? name} (${spec.operations.length} operations${servers ? `; ${servers}` : ""})`;
    } catch (error) {
      return `  ${name.padEnd(8)} (spec does not load: ${(error as Error).message})`;
    }
  });
  return `usage: clientele-mock <api> [--port N] [--host H] [--no-cors]
       clientele-mock --spec path/to/spec.yaml [--port N] [--host H] [--no-cors]

Serves the spec's example answers for every operation on http://<host>:<port>, validates every request
and answer against the spec (violations are answered with status 599 and logged on stderr), answers
paths not in the spec with 501, and accepts uploads to the pre-signed URLs of its answers. Pages on other
origins may call it: CORS preflights are answered (and not validated) unless --no-cors.

APIs:
${apis.join("\n") || "  (no spec found; use --spec)"}

Options:
  -p, --port N     port to listen on (default: a free one, printed at start)
      --host H     interface to listen on (default 127.0.0.1)
      --spec FILE  serve this OpenAPI 3.1 file (YAML or JSON) instead of a named API
      --no-cors    no CORS headers, and OPTIONS preflights go to the spec like any request
  -h, --help       this help

Example: clientele-mock nextmv --port 4010, then curl http://127.0.0.1:4010/v1/applications`;
}

/**
 * Runs the command line; resolves once the server listens (with the server; its `close()` also drops the
 * signal handlers), or once the help is printed (with `undefined`).
 */
export async function main(argv: string[] = process.argv.slice(2)): Promise<MockServer | undefined> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: "string", short: "p" },
      host: { type: "string" },
      spec: { type: "string" },
      // Node 20's parseArgs has no negative options: --no-cors is an option of its own.
      "no-cors": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const api = values.spec ?? positionals[0];
  if (values.help || !api) {
    (values.help ? console.log : console.error)(usage());
    process.exitCode = values.help ? 0 : 2;
    return undefined;
  }
  const known = availableApis();
  if (!values.spec && !/[./\\]/.test(api) && !known.includes(api)) {
    throw new Error(
      `no API "${api}"; did you mean ${closestNames(api, known)
        .map((n) => `"${n}"`)
        .join(", ")}? (--help lists them)`,
    );
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port ${values.port}`);
  const server = await startMockServer(api, {
    port,
    ...(values.host ? { host: values.host } : {}),
    cors: !values["no-cors"],
    onViolation: (violations) => {
      for (const v of violations) console.error(`violation: ${v.message}`);
    },
  });
  const cors = values["no-cors"] ? "CORS off" : "CORS on, --no-cors turns it off";
  console.log(`clientele-mock: ${server.spec.api} (${server.spec.operations.length} operations) on ${server.url} (${cors})`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return {
    ...server,
    close: () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      return server.close();
    },
  };
}

#!/usr/bin/env node
// `clientele-mock <api> [--port N] [--host H] [--spec FILE]`: serve an API's validated mock on 127.0.0.1.
import { parseArgs } from "node:util";
import { startMockServer } from "./mock-server.js";

const USAGE = `usage: clientele-mock <api> [--port N] [--host 127.0.0.1] [--spec path/to/spec.yaml]

Serves the spec's example answers for every operation, validates every request against the spec
(violations are answered with status 599 and logged), and answers paths not in the spec with 501.`;

/** Runs the command line; resolves once the server listens. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: "string", short: "p" },
      host: { type: "string" },
      spec: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const api = values.spec ?? positionals[0];
  if (values.help || !api) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port ${values.port}`);
  const server = await startMockServer(api, {
    port,
    ...(values.host ? { host: values.host } : {}),
    onViolation: (violations) => {
      for (const v of violations) console.error(`violation: ${v.message}`);
    },
  });
  console.log(`clientele-mock: ${server.spec.api} (${server.spec.operations.length} operations) on ${server.url}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`clientele-mock: ${(error as Error).message}`);
  process.exit(1);
});

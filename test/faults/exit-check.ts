// Bundled and run in a child process by matrix.test.ts: sends a GET and a POST through every client
// to each target (a misbehaving server, a closed port), prints a JSON report and "DONE", and then
// must exit on its own: no timer, socket or pending promise may keep it alive.

import { CLIENTS } from "./clients.js";

const unhandled: string[] = [];
process.on("unhandledRejection", (reason) => void unhandled.push(String(reason)));

async function main(): Promise<void> {
  const targets = JSON.parse(process.argv[2] ?? "[]") as Array<{ id: string; url: string }>;
  let calls = 0;
  await Promise.all(
    targets.flatMap((target) =>
      CLIENTS.flatMap((client) =>
        (["GET", "POST"] as const).map(async (method) => {
          await client.run(target.url, method);
          calls++;
        }),
      ),
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  process.stdout.write(`${JSON.stringify({ calls, unhandled })}\nDONE\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`exit-check failed: ${String((error as Error)?.stack ?? error)}\n`);
  process.exitCode = 1;
});

#!/usr/bin/env node
// `clientele-mock <api> [--port N] [--host H] [--spec FILE] [--no-cors]`: serve an API's validated mock on 127.0.0.1.
import { main } from "./cli-main.js";

main().catch((error: unknown) => {
  console.error(`clientele-mock: ${(error as Error).message}`);
  process.exit(1);
});

// The page's module (bundled with the installed packages): hands the smoke suite, and a client for the
// CORS-refusal check, to the test driving the page.
import { Client, ConnectionError } from "@clientele/nextmv";
import { smoke } from "./smoke.mjs";

globalThis.clienteleSmoke = smoke;
globalThis.clienteleNextmv = { Client, ConnectionError };

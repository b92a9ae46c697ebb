// The page's module (bundled with the installed packages): hands the smoke suite, and the pieces the
// CORS-refusal and "what a browser cannot do" checks call, to the test driving the page.
import { uploadToPresignedUrl } from "@clientele/core";
import { API } from "@clientele/lxd";
import { Client, ConnectionError } from "@clientele/nextmv";
import { smoke } from "./smoke.mjs";

globalThis.clienteleSmoke = smoke;
globalThis.clienteleNextmv = { Client, ConnectionError };
globalThis.clienteleLimits = { API, uploadToPresignedUrl };

// The page's module (bundled with the installed packages): hands the smoke suite to the test driving the page.
import { smoke } from "./smoke.mjs";

globalThis.clienteleSmoke = smoke;

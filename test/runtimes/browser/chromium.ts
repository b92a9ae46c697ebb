// Debian's Chromium driven by playwright-core (which downloads no browser): where it is, and how it is launched.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's `chromium` package (scripts/browser-install.sh installs it). */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * Headless in a container: no sandbox (we run as root), no GPU, and none of the background traffic
 * (updates, sync, field trials) that would make a run depend on the network.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function chromiumInstalled(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 60_000 });
}

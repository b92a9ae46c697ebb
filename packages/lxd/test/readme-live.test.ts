// The LXD README's examples run as written against a real daemon (not only compiled, as
// test/examples.test.ts does for every block): a throwaway daemon found through LXD_DIR, as
// `API.factory()` finds it, and a running busybox container named `c1`, as the examples name it.
// Blocks that need what this machine has not (a remote with certificates, an image server, a
// /var/lib/lxd socket) are listed with the reason; the others run in the README's order, with what
// they expect in place (no `c1` for the example that creates it, a log file in the container,
// another process deleting an instance).
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { API } from "@clientele/lxd";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { busyboxImage } from "./busybox-image.js";
import { type Daemon, daemons, liveAvailability, requireLive, root } from "./live-daemon.js";

const availability = liveAvailability({ busybox: true });
requireLive("LXD README EXAMPLES (packages/lxd/test/readme-live.test.ts)", availability);

/** Blocks that cannot run here, by index, and why (each still compiles in test/examples.test.ts). */
const NOT_HERE: Record<number, string> = {
  0: "a remote daemon's certificate files under /home/me",
  1: "the fixed path /var/lib/lxd/unix.socket",
  3: "a declared client and PEM (no values to run)",
  7: "an image server for debian/12 (no network here)",
};

/** Bytes of the /var/log/big.log the pull example saves. */
const BIG_LOG = 3 * 1024 * 1024 + 17;

/** How the test waits for an operation: raise when it fails or outlasts a minute. */
const FINISH = { maxDuration: 60_000, raiseOnTimeout: true } as const;

/**
 * `c1` as the examples expect it: a running busybox container with a hostname, an empty /srv and a
 * /var/log/big.log (a busybox image has none of them).
 */
async function makeC1(api: API, fingerprint: string): Promise<void> {
  await (await api.POST("/1.0/instances", { body: { name: "c1", source: { type: "image", fingerprint }, type: "container" } })).wait(
    FINISH,
  );
  await (await api.PUT("/1.0/instances/{name}/state", { params: { path: { name: "c1" } }, body: { action: "start", timeout: 30 } })).wait(
    FINISH,
  );
  await api.files.push("c1", "/etc/hostname", "c1\n");
  await api.files.mkdir("c1", "/srv");
  if (!(await api.files.list("c1", "/")).includes("var")) await api.files.mkdir("c1", "/var");
  if (!(await api.files.list("c1", "/var")).includes("log")) await api.files.mkdir("c1", "/var/log");
  await api.files.push("c1", "/var/log/big.log", Buffer.alloc(BIG_LOG, 0x61));
}

async function deleteC1(api: API): Promise<void> {
  const state = await api.GET("/1.0/instances/{name}/state", { params: { path: { name: "c1" } } });
  if (state.data.metadata?.status === "Running") {
    await (await api.PUT("/1.0/instances/{name}/state", { params: { path: { name: "c1" } }, body: { action: "stop", force: true } })).wait(
      FINISH,
    );
  }
  await (await api.DELETE("/1.0/instances/{name}", { params: { path: { name: "c1" } } })).wait(FINISH);
}

/** What a block needs done before it, beside it (another process at work) or after it. */
interface Staging {
  before?(api: API): Promise<void>;
  alongside?(api: API, running: Promise<unknown>): Promise<void>;
  after?(api: API, fingerprint: string): Promise<void>;
}
const STAGING: Record<number, Staging> = {
  // The create example makes `c1` itself (empty); the busybox `c1` the others need comes back after.
  4: {
    before: deleteC1,
    after: async (api, fingerprint) => {
      await deleteC1(api);
      await makeC1(api, fingerprint);
    },
  },
  // The events example listens until an instance is deleted: instances are created and deleted until it
  // returns (it cannot say when its websocket is open; at most 40 rounds).
  11: {
    alongside: async (api, running) => {
      let returned = false;
      void running.then(
        () => (returned = true),
        () => (returned = true),
      );
      for (let round = 0; round < 40 && !returned; round++) {
        const name = `gone-${round}`;
        await (await api.POST("/1.0/instances", { body: { name, source: { type: "none" }, type: "container" } })).wait(FINISH);
        await (await api.DELETE("/1.0/instances/{name}", { params: { path: { name } } })).wait(FINISH);
      }
    },
  },
};

const blocks = [...readFileSync(join(root, "packages/lxd/README.md"), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)]
  .map((m, index) => ({ index, code: m[1]! }))
  .filter((block) => !/from "vitest"/.test(block.code));

describe.skipIf(!availability.ok)("the LXD README's examples, run against a live daemon", () => {
  let daemon: Daemon;
  let api: API;
  let fingerprint: string;
  const dir = mkdtempSync(join(tmpdir(), "clientele-lxd-readme-"));
  const cwd = process.cwd();

  beforeAll(async () => {
    daemon = await daemons.startLxd({ timeoutMs: 30_000 });
    vi.stubEnv("LXD_DIR", daemon.dir);
    api = API.factory({ timeout: 30_000 });
    const imported = await (await api.post("images", { body: busyboxImage(), headers: { "X-LXD-public": "0" } })).wait({
      maxDuration: 60_000,
      raiseOnTimeout: true,
    });
    fingerprint = (imported.data.metadata.metadata as { fingerprint: string }).fingerprint;
    await makeC1(api, fingerprint);
    writeFileSync(join(dir, "model.bin"), Buffer.alloc(256 * 1024, 7));
    process.chdir(dir);
  }, 120_000);

  afterAll(async () => {
    process.chdir(cwd);
    vi.unstubAllEnvs();
    // The daemon goes with everything in it (an example's last update may still be running: no stop first).
    await daemon?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("lists a reason for every block it does not run, and runs the rest", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(14);
    expect(blocks.filter((b) => !(b.index in NOT_HERE)).length).toBeGreaterThanOrEqual(10);
  });

  for (const block of blocks.filter((b) => !(b.index in NOT_HERE))) {
    it(`lxd-README-${block.index} runs as written`, async () => {
      const file = join(dir, `lxd-README-${block.index}.ts`);
      writeFileSync(file, `${block.code}\nexport {};\n`);
      const logged: unknown[][] = [];
      const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void logged.push(args));
      try {
        const staging = STAGING[block.index];
        await staging?.before?.(api);
        const running = import(pathToFileURL(file).href);
        await Promise.all([running, staging?.alongside?.(api, running)]);
        await staging?.after?.(api, fingerprint);
      } finally {
        log.mockRestore();
      }
      // What the examples print is what their comments say.
      const printed = logged.map((args) => args.map(String).join(" ")).join("\n");
      if (block.code.includes('// 3 "piped in\\n" "done\\n"')) expect(printed).toBe("3 piped in\n done\n");
      if (block.code.includes('source: { type: "none" }')) expect(printed).toBe("Success /1.0/instances/c1");
      if (block.code.includes('"/var/log/big.log"')) {
        expect(printed.split("\n").at(-1)).toBe(`${BIG_LOG} bytes`);
        expect(statSync(join(dir, "big.log")).size).toBe(BIG_LOG);
      }
      if (block.code.includes("instance-deleted")) {
        // Each lifecycle event as "<action> <source>", the last one the deletion that ended the loop.
        for (const line of printed.split("\n")) expect(line).toMatch(/^[a-z-]+ \/1\.0\/\S+$/);
        expect(printed.split("\n").at(-1)).toMatch(/^instance-deleted \/1\.0\/instances\/gone-\d+$/);
      }
      if (block.code.includes('// ["config.json"]')) {
        expect(printed).toMatch(/^640 \{"a":1\}\n/);
        expect(printed.split("\n")[1]!.split(",").sort()).toEqual(["config.json", "model.bin"]);
      }
    }, 120_000);
  }
});

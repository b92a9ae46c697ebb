// The busybox image the live suites launch containers from, built here from Debian's
// busybox-static (shared by live-exec.test.ts and live.test.ts).

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where Debian's busybox-static puts its binary (scripts/lxd-install.sh installs it). */
export const BUSYBOX = "/bin/busybox";

/**
 * A unified image tarball: `metadata.yaml` and a rootfs of busybox and its links; `/sbin/init` is
 * busybox's init with an inittab that starts nothing (it halts on LXD's SIGPWR).
 */
export function busyboxImage(): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "clientele-busybox-"));
  try {
    const rootfs = join(dir, "rootfs");
    for (const d of ["bin", "sbin", "dev", "proc", "sys", "tmp", "etc", "root"]) mkdirSync(join(rootfs, d), { recursive: true });
    writeFileSync(join(rootfs, "bin", "busybox"), readFileSync(BUSYBOX), { mode: 0o755 });
    for (const applet of [
      "sh",
      "echo",
      "cat",
      "sleep",
      "init",
      "ls",
      "head",
      "dd",
      "wc",
      "id",
      "pwd",
      "env",
      "true",
      "tr",
      "yes",
      "stty",
      "tty",
    ])
      symlinkSync("busybox", join(rootfs, "bin", applet));
    symlinkSync("../bin/busybox", join(rootfs, "sbin", "init"));
    writeFileSync(join(rootfs, "etc", "inittab"), "::sysinit:/bin/true\n");
    writeFileSync(join(rootfs, "etc", "passwd"), "root:x:0:0:root:/root:/bin/sh\n");
    writeFileSync(join(rootfs, "etc", "group"), "root:x:0:\n");
    const created = Math.floor(Date.now() / 1000);
    writeFileSync(join(dir, "metadata.yaml"), `architecture: x86_64\ncreation_date: ${created}\nproperties:\n  os: busybox\n`);
    execFileSync("tar", ["-czf", join(dir, "image.tar.gz"), "-C", dir, "metadata.yaml", "rootfs"]);
    return readFileSync(join(dir, "image.tar.gz"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

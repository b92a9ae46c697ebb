#!/usr/bin/env bash
# Install LXD (Debian 12 package `lxd`, 5.0.2) for the integration tests, and prepare the host.
# Idempotent: does nothing but checks when lxd is already there. Fails loudly.
# The daemon itself is started per test run by scripts/lxd-daemon.mjs (no systemd needed).
set -euo pipefail

LOG_NAME=lxd-install
# shellcheck source=scripts/apt-common.sh
source "$(dirname "$0")/apt-common.sh"
require_root "LXD needs root to install and to run" "$@"
[ "$(uname -s)" = Linux ] || die "LXD needs Linux"

if ! command -v lxd >/dev/null 2>&1; then
  command -v apt-get >/dev/null 2>&1 || die "lxd missing and apt-get not found (need Debian 12)"
  log "installing lxd (apt-get update + install)"
  apt_retry apt-get update -q || die "apt-get update failed"
  # Recommends (apparmor, dnsmasq-base, lxd-agent) are not needed: no VMs, no AppArmor.
  # iptables and dnsmasq-base: bridge networks need them (see below).
  apt_retry apt-get install "${APT_OPTS[@]}" --no-install-recommends lxd lxd-client iptables dnsmasq-base \
    || die "apt-get install lxd failed"
else
  log "lxd already installed: $(command -v lxd)"
fi

# iptables and dnsmasq: the live suite creates bridge networks; 5.0.2 refuses them without
# either ("Failed clearing firewall", "Failed to check dnsmasq version"). Also on hosts where lxd
# was installed before this line.
if ! command -v iptables >/dev/null 2>&1 || ! command -v dnsmasq >/dev/null 2>&1; then
  log "installing iptables and dnsmasq-base"
  apt_retry apt-get install "${APT_OPTS[@]}" --no-install-recommends iptables dnsmasq-base \
    || { apt_retry apt-get update -q && apt_retry apt-get install "${APT_OPTS[@]}" --no-install-recommends iptables dnsmasq-base; } \
    || die "apt-get install iptables dnsmasq-base failed"
fi

# busybox-static: the live container tests build their busybox image from /bin/busybox.
if [ ! -x /bin/busybox ]; then
  command -v apt-get >/dev/null 2>&1 || die "busybox missing and apt-get not found (need Debian 12)"
  log "installing busybox-static"
  apt_retry apt-get install "${APT_OPTS[@]}" --no-install-recommends busybox-static \
    || { apt_retry apt-get update -q && apt_retry apt-get install "${APT_OPTS[@]}" --no-install-recommends busybox-static; } \
    || die "apt-get install busybox-static failed"
else
  log "busybox already installed: /bin/busybox"
fi

command -v lxd >/dev/null 2>&1 || die "lxd still not in PATH after install"
version="$(timeout 30 lxd --version)" || die "lxd --version failed"
log "lxd version ${version}"
case "$version" in
  5.0.*) ;;
  *) log "warning: expected LXD 5.0.x (Debian 12), got ${version}" ;;
esac

# One-time host preparation.
# root needs subordinate uid/gid ranges for LXD's idmap (the package's preinst adds them,
# this keeps hosts where they were removed working). Without them LXD warns and runs
# containers unmapped.
for f in /etc/subuid /etc/subgid; do
  [ -e "$f" ] || install -m 0644 /dev/null "$f"
  if ! grep -q '^root:' "$f"; then
    # start after every range already handed out, like the package's preinst does
    start="$(awk -F: 'BEGIN{m=100000} NF>=3{e=$2+$3; if(e>m)m=e} END{print m}' "$f")"
    echo "root:${start}:10000001" >>"$f"
    log "added root range to $f"
  fi
done

# cgroups must be mounted (they are on Debian 12 and in the CI VM).
[ -d /sys/fs/cgroup ] || die "/sys/fs/cgroup missing: LXD cannot run here"

# Nothing else is needed: no systemd unit is used (the package's lxd.socket/lxd.service stay
# unused when there is no systemd), no kernel modules (no VMs), AppArmor is turned
# off per daemon by LXD_SECURITY_APPARMOR=false in scripts/lxd-daemon.mjs.
log "ok"

#!/usr/bin/env bash
# Install Debian's chromium (Debian 12 package `chromium`) for the browser runtime test
# (test/runtimes/browser.test.ts drives it with playwright-core; no browser download).
# Idempotent: does nothing but checks when /usr/bin/chromium is already there. Fails loudly.
set -euo pipefail

LOG_NAME=browser-install
# shellcheck source=scripts/apt-common.sh
source "$(dirname "$0")/apt-common.sh"
require_root "apt-get install" "$@"

if [ ! -x /usr/bin/chromium ]; then
  command -v apt-get >/dev/null 2>&1 || die "chromium missing and apt-get not found (need Debian 12)"
  log "installing chromium"
  # No package lists yet (a fresh machine): fetch them first rather than fail three times.
  if ! apt-cache show chromium >/dev/null 2>&1; then
    apt_retry apt-get update -q || die "apt-get update failed"
  fi
  # Recommends (fonts, chromium-sandbox, desktop integration) are not needed headless.
  apt_retry apt-get install "${APT_OPTS[@]}" --no-install-recommends chromium \
    || { apt_retry apt-get update -q && apt_retry apt-get install "${APT_OPTS[@]}" --no-install-recommends chromium; } \
    || die "apt-get install chromium failed"
else
  log "chromium already installed: /usr/bin/chromium"
fi

[ -x /usr/bin/chromium ] || die "/usr/bin/chromium still missing after install"
version="$(timeout 60 /usr/bin/chromium --headless --no-sandbox --version 2>/dev/null || timeout 60 /usr/bin/chromium --version)" \
  || die "chromium --version failed"
log "${version}"
log "ok"

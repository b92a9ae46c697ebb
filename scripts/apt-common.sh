# Shared by the install scripts (sourced, after setting LOG_NAME): logging, running as root (through
# sudo when there is one), and apt-get with bounded retries for transient mirror errors.

log() { echo "${LOG_NAME}: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# require_root WHY "$@": re-runs the calling script under sudo, or fails naming why root is needed.
require_root() {
  local why=$1
  shift
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      exec sudo -n -E bash "$0" "$@"
    fi
    die "must run as root (${why})"
  fi
}

export DEBIAN_FRONTEND=noninteractive
APT_OPTS=(-y -q -o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)

apt_retry() {
  local i
  for i in 1 2 3; do
    if "$@"; then return 0; fi
    log "attempt $i failed: $*"
    sleep $((i * 5))
  done
  return 1
}

#!/usr/bin/env bash
# Makes sure a Chromium is there for the end-to-end test and the benchmark, and prints its path: Debian's
# `chromium` package, installed with apt when missing (Playwright's own browser downloads are unreachable on
# these machines; playwright-core drives the Debian build). PARLEY_CHROMIUM points at another executable.
set -euo pipefail
log() { echo "ensure-e2e: $*" >&2; }

if [ -n "${PARLEY_CHROMIUM:-}" ]; then
  echo "$PARLEY_CHROMIUM"
  exit 0
fi
if ! command -v chromium >/dev/null 2>&1; then
  log "installing Debian's chromium"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2
  $sudo apt-get install -y -qq --no-install-recommends chromium >&2
fi
command -v chromium

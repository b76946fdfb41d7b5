#!/bin/sh
# Makes sure redis-server (Debian's package) is installed: the gateway's Redis tests start their own
# server on a free port. Idempotent and instant when it is already there; installs with apt-get otherwise
# (as root, or through sudo when available). Safe in CI, which runs as root.
set -eu

if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "ensure-redis: redis-server is not installed and this user cannot install it." >&2
  echo "ensure-redis: install it with: sudo apt-get update && sudo apt-get install -y redis-server" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-redis: redis-server is missing and there is no apt-get here; install Redis 6 or later by hand." >&2
  exit 1
fi

echo "ensure-redis: installing redis-server (Debian package)…" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# Only the binaries are needed; tests start servers themselves, so the packaged service is not started.
$SUDO apt-get install -y -qq --no-install-recommends redis-server >/dev/null
# Debian's package starts a system service on port 6379 where an init system runs; it is not needed.
if command -v service >/dev/null 2>&1; then $SUDO service redis-server stop >/dev/null 2>&1 || true; fi
command -v redis-server >/dev/null 2>&1 || { echo "ensure-redis: installation failed" >&2; exit 1; }
echo "ensure-redis: $(redis-server --version)" >&2

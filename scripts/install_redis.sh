#!/usr/bin/env bash
# The Redis server the AccountLimits store tests start and stop (tests/limits): Debian's
# redis-server package, installed once. Idempotent: does nothing when redis-server (or
# valkey-server) is already on the PATH. Needs root or sudo for apt-get.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1 || command -v valkey-server >/dev/null 2>&1; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends redis-server >/dev/null
# The package's own service is not needed: the test fixtures start their own servers.
if command -v systemctl >/dev/null 2>&1; then
    $SUDO systemctl disable --now redis-server >/dev/null 2>&1 || true
fi
command -v redis-server

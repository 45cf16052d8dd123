#!/usr/bin/env bash
# Installs Stoplight Prism (pinned) into .tools/prism for the contract suite; no-op when present.
set -euo pipefail
cd "$(dirname "$0")/.."

PRISM_VERSION="${PRISM_VERSION:-5.16.0}"
PREFIX=".tools/prism"
BIN="$PREFIX/node_modules/.bin/prism"

if [ -x "$BIN" ] && [ "$("$BIN" --version 2>/dev/null)" = "$PRISM_VERSION" ]; then
    exit 0
fi
command -v npm >/dev/null || { echo "install_prism: npm is required (node 18+)" >&2; exit 1; }
mkdir -p "$PREFIX"
npm install --prefix "$PREFIX" --no-audit --no-fund --save-exact \
    "@stoplight/prism-cli@$PRISM_VERSION"
"$BIN" --version

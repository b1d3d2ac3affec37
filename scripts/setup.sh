#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh Debian/Ubuntu machine: Chromium for the sidebar's
# browser tests (from Debian's packages; test tools cannot download their own browsers here) and the
# exact npm dependencies from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 && [ -z "${CHROMIUM_PATH:-}" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing Chromium for the browser tests..."
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
  else
    echo "Chromium is needed for the browser tests: install it, or set CHROMIUM_PATH to its executable." >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund

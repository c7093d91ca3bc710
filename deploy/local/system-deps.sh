#!/usr/bin/env bash
# Debian packages the tests need that a fresh machine may lack: Chromium (the dashboard's
# browser test, driven by playwright-core; never a downloaded browser build). Idempotent.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
  echo "[setup] missing Debian packages: ${missing[*]} (install them as root)" >&2
  exit 1
fi
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
echo "[setup] installing Debian packages: ${missing[*]}" >&2
$SUDO apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >&2

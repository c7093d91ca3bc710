# Installs the npm dependencies when they are missing or older than the lock file. Sourced.
# `npm ci` first; npm 11.19 refuses some valid lock files ("Missing: @swc/core-darwin-arm64 from
# lock file": optional packages of other platforms), and then `npm install`, still pinned by the
# lock, does the same job.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[setup] installing npm dependencies (npm ci)" >&2
  if ! npm ci --no-audit --no-fund >&2; then
    echo "[setup] npm ci refused the lock file; installing with npm install (versions from the lock)" >&2
    npm install --no-audit --no-fund >&2 || return 1
  fi
fi

# Installs the npm dependencies when they are missing or older than the lock file. Sourced.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[setup] installing npm dependencies (npm ci)" >&2
  npm ci --no-audit --no-fund >&2 || return 1
fi

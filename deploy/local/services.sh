#!/usr/bin/env bash
# `npm start` / `npm stop`: the local stack plus every service as a background process on
# 127.0.0.1, one log per service under $I94_STACK_LOGS/services. Idempotent like stack.sh.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/lib.sh"
cd "$REPO_ROOT"

SERVICES=(ingest-gateway enricher raw-sink parquet-rollup compactor query-api)
declare -A PORT=([ingest-gateway]=3001 [query-api]=3002 [enricher]=3003 [raw-sink]=3004 [parquet-rollup]=3005 [compactor]=3006)
SERVICE_LOGS="$I94_STACK_LOGS/services"
mkdir -p "$SERVICE_LOGS"

healthy() { curl -fsS -o /dev/null "http://127.0.0.1:$1/health" 2>/dev/null; }

start_service() {
  local name=$1 port=${PORT[$1]} log="$SERVICE_LOGS/$1.log"
  if healthy "$port"; then say "$name: already serving on :$port"; return 0; fi
  # shellcheck disable=SC2046 # deploy/node-flags is a list of flags
  PORT=$port start_daemon "svc-$name" "$log" node $(grep -v '^#' deploy/node-flags) "services/$name/dist/main.js"
  wait_until "svc-$name" "$log" healthy "$port" || return 1
  say "$name: up on http://127.0.0.1:$port (log $log)"
}

cmd_start() {
  source tools/scripts/ensure-install.sh
  bash "$HERE/stack.sh" up
  NX_DAEMON=false npx nx run-many -t build --output-style=static >/dev/null || { say "FAILED: build"; exit 1; }
  # schema and reference data first: the enricher warms its caches from the dimension topics
  node tools/cli/dist/main.js migrate >&2 || { say "FAILED: i94 migrate"; exit 1; }
  node tools/cli/dist/main.js dims load >&2 || { say "FAILED: i94 dims load"; exit 1; }
  # the gateway first: it creates the arrival topics the workers subscribe to
  for s in "${SERVICES[@]}"; do start_service "$s" || exit 1; done
}

cmd_stop() {
  for s in "${SERVICES[@]}"; do pid_alive "svc-$s" && { say "$s: stopping"; stop_daemon "svc-$s"; }; done
  [ "${1:-}" = "--services-only" ] || bash "$HERE/stack.sh" down
}

case "${1:-}" in
  start) cmd_start ;;
  stop) shift; cmd_stop "$@" ;;
  *) echo "usage: $0 start | stop [--services-only]" >&2; exit 2 ;;
esac

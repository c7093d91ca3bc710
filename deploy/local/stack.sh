#!/usr/bin/env bash
# The real local stack as processes on 127.0.0.1, for machines without Docker:
#   Kafka (KRaft) :9092, schema registry (Apicurio, Confluent API) :8081, Cassandra :9042, MinIO :9000.
# Usage: stack.sh up [names...] | down [names...] | status [--json] | logs NAME
# Idempotent: `up` leaves running servers alone and reports them; a server that does not come up
# is named, the end of its log is shown, and the script exits non-zero.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$HERE/lib.sh"
for c in kafka schema-registry cassandra s3; do source "$HERE/components/$c.sh"; done

ALL=(kafka schema-registry cassandra s3)   # start order: the registry stores its schemas in Kafka
fn() { echo "${1//-/_}_$2"; }

up_one() {
  local name=$1 log="$I94_STACK_LOGS/$1.log"
  if "$(fn "$name" probe)"; then say "$name: already up on its port, left as it is"; return 0; fi
  if pid_alive "$name"; then say "$name: starting (pid $(cat "$I94_STACK_RUN/$name.pid"))"
  else
    "$(fn "$name" install)" || { say "FAILED: could not install $name"; return 1; }
    say "$name: starting"
    "$(fn "$name" start)" || return 1
  fi
  local t0=$SECONDS
  wait_until "$name" "$log" "$(fn "$name" probe)" || return 1
  say "$name: up in $((SECONDS - t0))s"
}

cmd_up() {
  local names=("$@"); [ ${#names[@]} -gt 0 ] || names=("${ALL[@]}")
  local t0=$SECONDS
  # installs first, all of them, so a missing download fails before anything starts
  for n in "${names[@]}"; do "$(fn "$n" install)" || { say "FAILED: could not install $n"; exit 1; }; done
  for n in "${names[@]}"; do up_one "$n" || exit 1; done
  if printf '%s\n' "${names[@]}" | grep -qx s3; then s3_ensure_bucket || exit 1; fi
  if printf '%s\n' "${names[@]}" | grep -qx cassandra; then migrate_cassandra || exit 1; fi
  say "stack up in $((SECONDS - t0))s (logs: $I94_STACK_LOGS, data: $I94_STACK_DATA)"
}

# The project's Cassandra schema (i94 migrate), once npm dependencies are installed: idempotent.
migrate_cassandra() {
  [ -d "$REPO_ROOT/node_modules/@i94" ] || { say "cassandra: schema not migrated yet (run npm install, then npx i94 migrate)"; return 0; }
  [ -f "$REPO_ROOT/tools/cli/dist/main.js" ] || (cd "$REPO_ROOT" && NX_DAEMON=false npx nx build cli --output-style=static >/dev/null) || return 1
  node "$REPO_ROOT/tools/cli/dist/main.js" migrate >&2 || { say "FAILED: i94 migrate"; return 1; }
}

cmd_down() {
  local names=("$@"); [ ${#names[@]} -gt 0 ] || names=(s3 cassandra schema-registry kafka)
  for n in "${names[@]}"; do
    if pid_alive "$n"; then say "$n: stopping"; stop_daemon "$n"; else say "$n: not running (from this checkout)"; fi
  done
}

cmd_status() {
  S3_SERVER_VERSION="$(s3_version)" NODE_NO_WARNINGS=1 node "$HERE/stack-status.mjs" "$@"
}

case "${1:-}" in
  up) shift; cmd_up "$@" ;;
  down) shift; cmd_down "$@" ;;
  status) shift; cmd_status "$@" ;;
  logs) tail -n "${3:-100}" "$I94_STACK_LOGS/$2.log" ;;
  *) echo "usage: $0 up [names...] | down [names...] | status [--json] | logs NAME" >&2; exit 2 ;;
esac

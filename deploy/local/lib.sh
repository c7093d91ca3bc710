# Shared settings and helpers for the local stack scripts. Sourced, not run.
# Every path and port can be overridden from the environment; the defaults are what the
# services' own config defaults expect (see docs/local-stack.md).

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# STACK_PROFILE=<name>: a second instance of the stack with the ports and directory of
# deploy/local/profiles/<name>.env (e.g. `faults`, which the fault tests stop and start).
if [ -n "${STACK_PROFILE:-}" ]; then
  STACK_PROFILE_FILE="$REPO_ROOT/deploy/local/profiles/$STACK_PROFILE.env"
  [ -f "$STACK_PROFILE_FILE" ] || { printf '[stack] no profile %s (%s)\n' "$STACK_PROFILE" "$STACK_PROFILE_FILE" >&2; return 1; }
  set -a
  # shellcheck source=/dev/null
  source "$STACK_PROFILE_FILE"
  set +a
  case $I94_STACK_DIR in /*) ;; *) I94_STACK_DIR="$REPO_ROOT/$I94_STACK_DIR" ;; esac
fi
export I94_STACK_CACHE=${I94_STACK_CACHE:-$HOME/.cache/i94-stack}   # downloads and builds, shared by clones
export I94_STACK_DIR=${I94_STACK_DIR:-$REPO_ROOT/.stack}              # this checkout's servers
export I94_STACK_DATA=${I94_STACK_DATA:-$I94_STACK_DIR/data}
export I94_STACK_LOGS=${I94_STACK_LOGS:-$I94_STACK_DIR/logs}
export I94_STACK_RUN=${I94_STACK_RUN:-$I94_STACK_DIR/run}

export KAFKA_VERSION=${KAFKA_VERSION:-4.1.1}
export KAFKA_PORT=${KAFKA_PORT:-9092}
export KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
export KAFKA_HEAP=${KAFKA_HEAP:-768m}
export APICURIO_VERSION=${APICURIO_VERSION:-3.3.3}
export SCHEMA_REGISTRY_PORT=${SCHEMA_REGISTRY_PORT:-8081}
export SCHEMA_REGISTRY_MANAGEMENT_PORT=${SCHEMA_REGISTRY_MANAGEMENT_PORT:-8091}   # Quarkus health/metrics
export SCHEMA_REGISTRY_HEAP=${SCHEMA_REGISTRY_HEAP:-384m}
export CASSANDRA_VERSION=${CASSANDRA_VERSION:-5.0.6}
export CASSANDRA_PORT=${CASSANDRA_PORT:-9042}
export CASSANDRA_STORAGE_PORT=${CASSANDRA_STORAGE_PORT:-7000}
export CASSANDRA_JMX_PORT=${CASSANDRA_JMX_PORT:-7199}
export CASSANDRA_HEAP=${CASSANDRA_HEAP:-1G}
export MINIO_MODULE_VERSION=${MINIO_MODULE_VERSION:-v0.0.0-20260212201848-7aac2a2c5b7c}
export S3_PORT=${S3_PORT:-9000}
export S3_CONSOLE_PORT=${S3_CONSOLE_PORT:-9001}
export S3_BUCKET=${S3_BUCKET:-i94}
export S3_ACCESS_KEY_ID=${S3_ACCESS_KEY_ID:-i94admin}
export S3_SECRET_ACCESS_KEY=${S3_SECRET_ACCESS_KEY:-i94admin-secret}
export STACK_START_TIMEOUT=${STACK_START_TIMEOUT:-180}

mkdir -p "$I94_STACK_CACHE" "$I94_STACK_DATA" "$I94_STACK_LOGS" "$I94_STACK_RUN"

say() { printf '[stack] %s\n' "$*" >&2; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pid_alive() { local f="$I94_STACK_RUN/$1.pid"; [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; }

# start_daemon NAME LOGFILE CMD...: runs CMD detached in its own session, records its pid.
# Descriptors above 2 are closed first: a server must not inherit a lock the caller holds
# (flock /tmp/i94-heavy.lock npm run ..., the fault runs' lock), or it holds it as long as it runs.
start_daemon() {
  local name=$1 log=$2; shift 2
  (
    for fd in /proc/$BASHPID/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done
    exec setsid nohup "$@" >>"$log" 2>&1 </dev/null
  ) &
  echo $! >"$I94_STACK_RUN/$name.pid"
}

# wait_until NAME LOGFILE PROBE...: polls PROBE until it succeeds; on timeout or if the process
# died, names the server, shows the end of its log and fails.
wait_until() {
  local name=$1 log=$2; shift 2
  local deadline=$((SECONDS + STACK_START_TIMEOUT))
  until "$@"; do
    if ! pid_alive "$name"; then fail_start "$name" "$log" "the process exited"; return 1; fi
    if [ $SECONDS -ge $deadline ]; then fail_start "$name" "$log" "not ready after ${STACK_START_TIMEOUT}s"; return 1; fi
    sleep 1
  done
}

fail_start() {
  say "FAILED: $1 did not come up ($3). Last lines of $2:"
  tail -n 30 "$2" >&2 || true
}

stop_daemon() {
  local name=$1 f="$I94_STACK_RUN/$1.pid"
  [ -f "$f" ] || return 0
  local pid; pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && { say "$name did not stop in 30s; killing it"; kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"; }
    # Returns only once the whole group is gone: a server still dying holds its port, and an `up`
    # right after would take it for one already running (a fault run's Kafka never came back so).
    for _ in $(seq 1 100); do kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -f "$f"
}

# mvn_fetch POM OUTDIR: copies a pom's runtime dependency jars into OUTDIR once.
mvn_fetch() {
  local pom=$1 out=$2
  [ -f "$out/.complete" ] && return 0
  say "fetching $(basename "$(dirname "$pom")") jars from Maven Central into $out"
  mvn -q -B -f "$pom" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$out" -Dstyle.color=never >>"$I94_STACK_LOGS/install.log" 2>&1 || return 1
  touch "$out/.complete"
}

#!/usr/bin/env bash
# One worker alone on a backlog already in a namespace, under a fresh consumer group (and bucket),
# so runs before and after a change read the same records: rate from its own /metrics counter,
# peak RSS and heap sampled every second. NODE_FLAGS reach the process (e.g. --cpu-prof); DIST=dist-ab runs
# services/$SERVICE/dist-ab/main.js instead (an A/B copy of dist with one file swapped).
# Usage: NS=perfa. SERVICE=enricher bash tools/scripts/stage-rate.sh   (SERVICE: enricher | raw-sink | parquet-rollup)
set -uo pipefail
cd "$(dirname "$0")/../.."
NS=${NS:?set NS, e.g. perfa.}; SERVICE=${SERVICE:?set SERVICE}; WINDOW=${WINDOW:-30}; WARMUP=${WARMUP:-10}; PORT=${PORT:-3311}
RUN=${RUN:-r$(date +%s)}
KEYSPACE=${KEYSPACE:-$(echo "${NS%.}" | tr -c 'a-z0-9\n' '_')}
declare -A METRIC=([enricher]=i94_enricher_records_out_total [raw-sink]=i94_raw_sink_rows_written_total [parquet-rollup]=i94_rollup_rows_committed_total)
export TOPIC_NAMESPACE=$NS CASSANDRA_KEYSPACE=$KEYSPACE CONSUMER_GROUP=bench-$SERVICE-$RUN ENRICHER_INSTANCE=$RUN S3_BUCKET=$(echo "${NS%.}-$RUN" | tr -c 'a-z0-9\n' '-')
export KAFKAJS_NO_PARTITIONER_WARNING=1 NODE_NO_WARNINGS=1 LOG_LEVEL=warn PORT
[ "$SERVICE" = parquet-rollup ] && curl -s -o /dev/null -X PUT --aws-sigv4 "aws:amz:us-east-1:s3" --user "i94admin:i94admin-secret" "http://127.0.0.1:9000/$S3_BUCKET"
LOG=.reports/measure/$SERVICE-$RUN.log; mkdir -p .reports/measure

metric() { curl -fsS "http://127.0.0.1:$PORT/metrics" 2>/dev/null | awk -v m="$1" '$1 ~ "^"m"({|$)" {s+=$2} END {printf "%d\n", s+0}'; }
# shellcheck disable=SC2086 # NODE_FLAGS is a list of flags
node ${NODE_FLAGS:-} "services/$SERVICE/${DIST:-dist}/main.js" > "$LOG" 2>&1 & pid=$!
for _ in $(seq 1 120); do curl -fsS -o /dev/null "http://127.0.0.1:$PORT/health" 2>/dev/null && break; sleep 1; done
sleep "$WARMUP"
a=$(metric "${METRIC[$SERVICE]}"); t0=$(date +%s%N); rss=0; heap=0
for _ in $(seq 1 "$WINDOW"); do
  r=$(metric process_resident_memory_bytes); h=$(metric nodejs_heap_size_used_bytes)
  [ "$r" -gt "$rss" ] && rss=$r; [ "$h" -gt "$heap" ] && heap=$h; sleep 1
done
b=$(metric "${METRIC[$SERVICE]}"); ms=$((($(date +%s%N) - t0) / 1000000))
kill -TERM $pid; wait $pid 2>/dev/null
printf '%s %s: %d in %d ms = %d/s; peak RSS %d MB, peak heap used %d MB (log %s)\n' "$SERVICE" "$RUN" $((b - a)) $ms $(((b - a) * 1000 / ms)) $((rss / 1048576)) $((heap / 1048576)) "$LOG"

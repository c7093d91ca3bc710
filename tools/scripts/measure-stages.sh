#!/usr/bin/env bash
# Rough per-stage figures on a backlog already in a namespace (e.g. after `i94 feed push` of a
# generated month with TOPIC_NAMESPACE=bench3m.): enricher with 1 then 2 processes, raw-sink and
# parquet-rollup alone, then one compaction of the month. Rates come from each service's own
# /metrics counters, RSS from its process_resident_memory_bytes, sampled every second.
# This is a stopgap until `i94 bench` (issue 8); it reports, it asserts nothing.
# Usage: NS=bench3m. MONTH=2016-04 bash tools/scripts/measure-stages.sh
set -uo pipefail
cd "$(dirname "$0")/../.."
NS=${NS:?set NS, e.g. bench3m.}; MONTH=${MONTH:-2016-04}; SECONDS_PER_STEP=${SECONDS_PER_STEP:-45}
KEYSPACE=${KEYSPACE:-$(echo "${NS%.}" | tr -c 'a-z0-9\n' '_')}; BUCKET=${BUCKET:-$(echo "${NS%.}" | tr -c 'a-z0-9\n' '-')}
export TOPIC_NAMESPACE=$NS CASSANDRA_KEYSPACE=$KEYSPACE S3_BUCKET=$BUCKET KAFKAJS_NO_PARTITIONER_WARNING=1 NODE_NO_WARNINGS=1 LOG_LEVEL=warn
LOGS=.reports/measure; mkdir -p $LOGS
node tools/cli/dist/main.js migrate >/dev/null
curl -s -o /dev/null -X PUT --aws-sigv4 "aws:amz:us-east-1:s3" --user "i94admin:i94admin-secret" "http://127.0.0.1:9000/$BUCKET"

metric() { curl -fsS "http://127.0.0.1:$1/metrics" 2>/dev/null | awk -v m="$2" '$1 ~ "^"m"({|$)" {s+=$2} END {print s+0}'; }
start() { env PORT=$2 ${3:-} nohup node $(grep -v "^#" deploy/node-flags) services/$1/dist/main.js > $LOGS/$1-$2.log 2>&1 & echo $!; }
healthy() { for _ in $(seq 1 120); do curl -fsS -o /dev/null "http://127.0.0.1:$1/health" && return 0; sleep 1; done; return 1; }

# rate PORTS METRIC: counts METRIC summed over PORTS for SECONDS_PER_STEP after a 10 s warm-up; peak RSS per port
rate() {
  local ports=$1 name=$2; sleep 10
  local a=0; for p in $ports; do a=$((a + $(metric $p $name))); done
  declare -A peak; for p in $ports; do peak[$p]=0; done
  for _ in $(seq 1 $SECONDS_PER_STEP); do
    for p in $ports; do local rss; rss=$(metric $p process_resident_memory_bytes); [ "${rss%.*}" -gt "${peak[$p]}" ] && peak[$p]=${rss%.*}; done; sleep 1
  done
  local b=0; for p in $ports; do b=$((b + $(metric $p $name))); done
  printf '  %s: %d in %ds = %d/s; peak RSS' "$name" $((b - a)) $SECONDS_PER_STEP $(((b - a) / SECONDS_PER_STEP))
  for p in $ports; do printf ' %d MB' $((peak[$p] / 1048576)); done; echo
}

echo "== enricher, 1 process"; e1=$(start enricher 3203 "ENRICHER_INSTANCE=0"); healthy 3203; rate 3203 i94_enricher_records_out_total
echo "== enricher, 2 processes (same group, 6 partitions)"; e2=$(start enricher 3213 "ENRICHER_INSTANCE=1"); healthy 3213; rate "3203 3213" i94_enricher_records_out_total
echo "== (the enrichers finish the backlog)"; until [ "$(node tools/cli/dist/main.js wait --timeout 1 2>&1 | grep -c 'i94-enricher')" = 0 ]; do sleep 5; done; kill $e1 $e2; sleep 3
echo "== raw-sink alone"; r=$(start raw-sink 3204); healthy 3204; rate 3204 i94_raw_sink_rows_written_total; kill $r
echo "== parquet-rollup alone"; p=$(start parquet-rollup 3205 "ROLL_MAX_ROWS=100000"); healthy 3205; rate 3205 i94_rollup_rows_committed_total
echo "== (rollup finishes the backlog)"; until [ "$(metric 3205 i94_rollup_rows_committed_total)" -ge "${EXPECT_ROWS:-3000000}" ]; do sleep 5; done
c=$(start compactor 3206 "COMPACT_DEBOUNCE_MS=600000"); healthy 3206; sleep 2
echo "== compaction of $MONTH"; /usr/bin/time -f '  wall %e s' curl -fsS -X POST -H 'x-api-key: i94-local-admin-key' "http://127.0.0.1:3206/v1/compactions?month=$MONTH&force=true"; echo
echo "  compactor peak RSS: $(( $(metric 3206 process_resident_memory_bytes | cut -d. -f1) / 1048576 )) MB (after)"
kill $p $c

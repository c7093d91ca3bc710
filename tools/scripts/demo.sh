#!/usr/bin/env bash
# `npm run demo`: install, start the local stack and the services, push the sample as daily
# feeds, wait for the pipeline, compact the month, and show the result. Each step says what it does.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NX_DAEMON=false NODE_NO_WARNINGS=1 KAFKAJS_NO_PARTITIONER_WARNING=1
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
i94() { node tools/cli/dist/main.js "$@"; }

step "1/7 install npm dependencies (if missing)"
source tools/scripts/ensure-install.sh

step "2/7 start the local stack and the six services; migrate Cassandra, load the dimensions (npm start)"
bash deploy/local/services.sh start

step "3/7 the stack, as seen by its own protocols (npm run stack:status)"
bash deploy/local/stack.sh status

step "4/7 push the 1,000-record sample (April 2016) as daily feeds: i94 feed push --by-day"
i94 feed push data/sample/immigration_data_sample.csv --by-day

step "5/7 wait until every stage has caught up: i94 wait"
i94 wait --timeout 300

step "6/7 compact April 2016 and check every stage agrees: i94 compact, i94 reconcile"
i94 compact --month 2016-04 --force
i94 reconcile --month 2016-04

step "7/7 the month's top states, from the query API"
curl -fsS -H 'x-api-key: i94-local-reader-key' 'http://127.0.0.1:3002/v1/aggregates/state-month?month=2016-04' | node -e '
  let body = ""; process.stdin.on("data", (d) => (body += d)).on("end", () => {
    const rows = JSON.parse(body).sort((a, b) => b.arrivals - a.arrivals).slice(0, 10);
    console.log("state  name                  arrivals  male  female  pleasure  business  student  population");
    for (const r of rows) console.log(`${r.state.padEnd(6)} ${String(r.stateName).slice(0, 20).padEnd(21)} ${String(r.arrivals).padStart(8)} ${String(r.male).padStart(5)} ${String(r.female).padStart(7)} ${String(r.pleasure).padStart(9)} ${String(r.business).padStart(9)} ${String(r.student).padStart(8)}  ${r.population ?? "-"}`);
  });'

printf '\nDashboard: http://127.0.0.1:3002/  (reader key i94-local-reader-key)\nOpenAPI:   http://127.0.0.1:3002/docs\nStop everything with: npm stop\n'

#!/usr/bin/env bash
# `npm run demo`: install, start the local stack and the services, run the pipeline on the
# sample data and show the result. Each step says what it does.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NX_DAEMON=false NODE_NO_WARNINGS=1
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "1/4 install npm dependencies (if missing)"
source tools/scripts/ensure-install.sh

step "2/4 start the local stack and the six services (npm start)"
bash deploy/local/services.sh start

step "3/4 the stack, as seen by its own protocols (npm run stack:status)"
bash deploy/local/stack.sh status

step "4/4 smoke flow: an Avro record through the registry and Kafka, a Cassandra row, an S3 object"
npx jest tests/smoke --selectProjects integration --verbose 2>&1 | grep -E '✓|✕|Tests:'

for port in 3001 3002 3003 3004 3005 3006; do
  printf '  http://127.0.0.1:%s/health  %s\n' "$port" "$(curl -fsS "http://127.0.0.1:$port/health" || echo DOWN)"
done
printf '\nStop everything with: npm stop\n'

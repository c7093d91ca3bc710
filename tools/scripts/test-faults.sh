#!/usr/bin/env bash
# The fault scenarios (tests/faults) on their own stack instance (STACK_PROFILE=faults, ports and
# directory from deploy/local/profiles/faults.env): they stop and start its servers, so they never
# touch the shared stack. `npm run test:faults` runs them in full; `npm test` runs
# FAULT_SCALE=short after its main run. Jest's JSON result goes to .reports/jest-faults.json.
# Options: --no-build (the caller has just built), --keep-stack (leave the fault stack running);
# anything after them goes to Jest.
set -uo pipefail
cd "$(dirname "$0")/../.."
export NX_DAEMON=false NX_TUI=false NODE_NO_WARNINGS=1
build=1 keep=0
while [ $# -gt 0 ]; do
  case $1 in --no-build) build=0 ;; --keep-stack) keep=1 ;; *) break ;; esac
  shift
done
mkdir -p .reports
rm -f .reports/jest-faults.json

# One fault run at a time in a checkout: two would stop each other's servers.
exec 9>.reports/.faults.lock
flock -n 9 || { echo "[faults] another fault run holds .reports/.faults.lock; waiting for it" >&2; flock 9; }

t0=$SECONDS
STACK_PROFILE=faults bash deploy/local/stack.sh up || { echo "[faults] the fault stack did not come up" >&2; exit 1; }
echo "[faults] fault stack up in $((SECONDS - t0))s" >&2
if [ $build -eq 1 ]; then
  npx nx run-many -t build --output-style=static >.reports/faults-build.log 2>&1 || { echo "[faults] build FAILED: see .reports/faults-build.log" >&2; exit 1; }
fi
npx jest --ci --json --outputFile=.reports/jest-faults.json --selectProjects faults --runInBand --verbose "$@"
status=$?
[ $keep -eq 1 ] || STACK_PROFILE=faults bash deploy/local/stack.sh down
echo "[faults] ${FAULT_SCALE:-full} fault run took $((SECONDS - t0))s" >&2
exit $status

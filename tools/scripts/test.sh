#!/usr/bin/env bash
# `npm test`: install what is missing, bring the real local stack up, then lint, typecheck,
# build, and run the unit and integration tests in ONE Jest run whose JSON result is kept in
# .reports/jest.json. Then, after it (they stop servers), the fault scenarios at short scale on
# their own stack instance (tools/scripts/test-faults.sh: .reports/jest-faults.json), which is
# stopped at the end. The last line is the count over both: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
source tools/scripts/ensure-install.sh || exit 1
bash deploy/local/system-deps.sh || { echo "0 passed, 0 failed"; exit 1; }
export NX_DAEMON=false NX_TUI=false NODE_NO_WARNINGS=1
mkdir -p .reports
rm -f .reports/jest.json .reports/jest-faults.json

bash deploy/local/stack.sh up || { echo "0 passed, 0 failed"; exit 1; }

npx nx run-many -t lint typecheck build --output-style=stream-without-prefixes >.reports/checks.log 2>&1
checks=$?
tail -n 15 .reports/checks.log
[ $checks -eq 0 ] || echo "lint/typecheck/build FAILED: see .reports/checks.log" >&2

# The test files run one after another in a Jest worker (jest.config.js: workerIdleMemoryLimit);
# a file that pushes a 200,000-record backlog peaked past V8's default 4 GB heap in a full run, so
# the worker (it inherits node's flags) gets 8 GB of the machine's 24.
node --max-old-space-size=8192 node_modules/jest/bin/jest.js --ci --json --outputFile=.reports/jest.json --selectProjects unit integration "$@"
tests=$?

FAULT_SCALE=short bash tools/scripts/test-faults.sh --no-build
faults=$?

node tools/scripts/jest-count.js .reports/jest.json .reports/jest-faults.json || echo "0 passed, 0 failed"
[ $checks -eq 0 ] && [ $tests -eq 0 ] && [ $faults -eq 0 ]

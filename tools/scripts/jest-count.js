// Prints the one count line of `npm test` and CI, "N passed, N failed", summed over Jest JSON
// results (numPassedTests; numFailedTests + numRuntimeErrorTestSuites). A result file that is
// missing (that run could not start) counts as one failure, named on stderr.
// Usage: node tools/scripts/jest-count.js .reports/jest.json .reports/jest-faults.json
const { existsSync, readFileSync } = require('node:fs');

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    process.stderr.write(`${file} is missing: that test run did not complete\n`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
}
console.log(`${passed} passed, ${failed} failed`);

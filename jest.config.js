// One Jest run, two projects: `unit` needs no server; `integration` talks to the real local stack
// (deploy/local). `npm test` runs both in one invocation so .ci/run reads a single JSON result.
const swc = ['@swc/jest', { swcrc: false, jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' } }];
const moduleNameMapper = { '^@i94/(.*)$': '<rootDir>/libs/$1/src/index.ts' };
const common = { rootDir: __dirname, transform: { '^.+\\.ts$': swc }, moduleNameMapper, testEnvironment: 'node', modulePathIgnorePatterns: ['<rootDir>/.*/dist/'] };

module.exports = {
  // On 2 cores Jest's default is one worker, and with one worker it runs every test file in its
  // own process: memory left by each file (clients, caches, buffers) piles up there, and a full
  // run reached V8's 4 GB heap limit after 20 minutes. With a memory limit Jest uses a worker
  // process instead, and starts a fresh one when a file leaves it holding more than this.
  workerIdleMemoryLimit: '1GB',
  // Unit tests that read the sample or run DuckDB took over Jest's 5 s default on a loaded
  // machine (load average 30+ on 2 cores). This is a hang guard, never a speed check; the
  // integration project's setup file raises it to 120 s.
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{libs,services,tools}/*/src/**/*.spec.ts', '<rootDir>/tests/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{libs,services,tools}/*/test/**/*.int-spec.ts', '<rootDir>/tests/**/*.int-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/integration-setup.ts'],
    },
    {
      // crash and outage scenarios against the real stack: minutes each, run with npm run test:faults
      ...common,
      displayName: 'faults',
      testMatch: ['<rootDir>/tests/faults/**/*.fault-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/faults-setup.ts'],
    },
  ],
};

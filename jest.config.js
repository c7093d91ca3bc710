// One Jest run, two projects: `unit` needs no server; `integration` talks to the real local stack
// (deploy/local). `npm test` runs both in one invocation so .ci/run reads a single JSON result.
const swc = ['@swc/jest', { swcrc: false, jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' } }];
const moduleNameMapper = { '^@i94/(.*)$': '<rootDir>/libs/$1/src/index.ts' };
const common = { rootDir: __dirname, transform: { '^.+\\.ts$': swc }, moduleNameMapper, testEnvironment: 'node', modulePathIgnorePatterns: ['<rootDir>/.*/dist/'] };

module.exports = {
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

// Lint rules for every project. Module boundaries are real constraints:
//   type:app      services and the operator CLI: may use nest, cli, sample, infra, domain and util libs
//   type:nest     the Nest building blocks the services share (observability, auth): may use util and domain
//   type:infra    Kafka, Avro, Cassandra, S3/Parquet, dimensions, feed readers: may use domain and util
//   type:domain   pure I94 logic: may use only other domain code; no I/O client, no Node I/O module,
//                 no codec, logger or metrics library (its specs may read their fixtures)
//   type:util     config and readiness: may use only util, and no framework or client
//   type:cli      what command-line programs share (io, option parsers, env, repository files):
//                 may use nest (the local keys), domain and util; no I/O client
//   type:sample   test data shaped like real feeds (the generator, feed-file writers): may use
//                 infra, domain and util, and writes files only
//   type:testing  test helpers: imported only from specs and test/ folders
//   type:tooling  tools that are not the product (the bench): may use every lib, testing included
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';

const ioClients = ['kafkajs', '@kafkajs/*', 'cassandra-driver', '@aws-sdk/*', '@nestjs/*', 'express', 'hyparquet*', '@duckdb/*'];
// What domain code may not import: it computes, and the adapters around it do the I/O, encoding,
// logging and metrics. Node's own modules are not external packages to the boundaries rule, so
// no-restricted-imports bans those (the block for libs/domain below).
const notInDomain = [...ioClients, 'avsc', 'pino', 'pino-*', 'prom-client'];
const nodeIo = ['fs', 'fs/promises', 'net', 'http', 'https', 'http2', 'child_process', 'dgram', 'dns', 'dns/promises', 'tls', 'worker_threads', 'readline', 'cluster']
  .flatMap((m) => [m, `node:${m}`]);

function boundaries(extraForTests) {
  const allowTesting = extraForTests ? ['type:testing'] : [];
  const domainBans = extraForTests ? ioClients : notInDomain;
  return [
    'error',
    {
      enforceBuildableLibDependency: false,
      allow: [],
      depConstraints: [
        { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:nest', 'type:cli', 'type:sample', 'type:infra', 'type:domain', 'type:util', ...allowTesting] },
        { sourceTag: 'type:nest', onlyDependOnLibsWithTags: ['type:util', 'type:domain', ...allowTesting] },
        { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:infra', 'type:domain', 'type:util', ...allowTesting], bannedExternalImports: ['@nestjs/*', 'express'] },
        { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', ...allowTesting], bannedExternalImports: domainBans },
        { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', ...allowTesting], bannedExternalImports: ioClients },
        { sourceTag: 'type:cli', onlyDependOnLibsWithTags: ['type:nest', 'type:domain', 'type:util', ...allowTesting], bannedExternalImports: ioClients },
        { sourceTag: 'type:sample', onlyDependOnLibsWithTags: ['type:infra', 'type:domain', 'type:util', ...allowTesting], bannedExternalImports: ioClients.filter((name) => !name.startsWith('hyparquet')) },
        { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:cli', 'type:sample', 'type:nest', 'type:infra', 'type:domain', 'type:util', 'type:testing'] },
        { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:nest', 'type:infra', 'type:domain', 'type:util'] },
      ],
    },
  ];
}

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.stack/**', '.nx/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': boundaries(false),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Nest resolves constructor parameters by their runtime class: type-only imports break DI there.
    files: ['services/**/*.ts', 'libs/observability/**/*.ts', 'libs/auth/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['libs/domain/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: nodeIo.map((name) => ({ name, message: 'type:domain does no I/O: its callers read and write.' })) }] },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/test/**/*.ts', 'tests/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(true), 'no-console': 'off' },
  },
  {
    // command-line tools write to the terminal on purpose
    files: ['tools/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);

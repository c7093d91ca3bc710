// Lint rules for every project. Module boundaries are real constraints:
//   type:app      services and the CLI: may use infra, domain and util libs
//   type:infra    Kafka, Avro, Cassandra, S3/Parquet, dimensions, feed readers: may use domain and util
//   type:domain   pure I94 logic: may use only other domain code, and no I/O client
//   type:util     config and observability: may use only util
//   type:testing  test helpers: imported only from specs and test/ folders
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';

const ioClients = ['kafkajs', '@kafkajs/*', 'cassandra-driver', '@aws-sdk/*', '@nestjs/*', 'express', 'hyparquet*'];

function boundaries(extraForTests) {
  const allowTesting = extraForTests ? ['type:testing'] : [];
  return [
    'error',
    {
      enforceBuildableLibDependency: false,
      allow: [],
      depConstraints: [
        { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:infra', 'type:domain', 'type:util', ...allowTesting] },
        { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:infra', 'type:domain', 'type:util', ...allowTesting] },
        { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', ...allowTesting], bannedExternalImports: ioClients },
        { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', ...allowTesting] },
        { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:infra', 'type:domain', 'type:util'] },
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
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/test/**/*.ts', 'tests/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(true), 'no-console': 'off' },
  },
  {
    // command-line tools write to the terminal on purpose
    files: ['tools/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);

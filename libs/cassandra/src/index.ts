export { createCassandraClient, type CassandraOptions } from './cassandra-client';
export { readMigrations, renderMigration, splitStatements, type Migration } from './migrations/migration-files';
export { applyMigrations, type MigrationReport } from './migrations/apply-migrations';
export { arrivalInserts, byIdParams, byStateDateParams, type KafkaPosition } from './arrival-rows';
export { RawArrivalWriter, type PositionedArrival } from './raw-arrival-writer';
export { asSinkError, SinkUnavailableError } from './sink-errors';
export { DEFAULT_MIGRATIONS_DIR, migrate, SINGLE_NODE_REPLICATION, type MigrateOptions } from './migrations/migrate';
export { cassandraReadiness } from './readiness';

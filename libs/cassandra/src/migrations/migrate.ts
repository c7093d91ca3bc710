import { join } from 'node:path';
import { createCassandraClient } from '../cassandra-client';
import { applyMigrations, type MigrationReport } from './apply-migrations';
import { readMigrations } from './migration-files';

export interface MigrateOptions {
  contactPoints: string[];
  localDataCenter: string;
  keyspace: string;
  /** CQL replication map; a single local node by default. */
  replication?: string;
  /** Directory of NNN_name.cql files; the project's deploy/cassandra by default. */
  dir?: string;
}

export const DEFAULT_MIGRATIONS_DIR = join(__dirname, '../../../../deploy/cassandra');
export const SINGLE_NODE_REPLICATION = "{'class': 'SimpleStrategy', 'replication_factor': 1}";

/** Connects, applies the pending migrations to `keyspace`, disconnects. What `i94 migrate` runs. */
export async function migrate(options: MigrateOptions): Promise<MigrationReport> {
  const client = createCassandraClient({ contactPoints: options.contactPoints, localDataCenter: options.localDataCenter });
  try {
    await client.connect();
    const migrations = readMigrations(options.dir ?? DEFAULT_MIGRATIONS_DIR, options.keyspace, options.replication ?? SINGLE_NODE_REPLICATION);
    return await applyMigrations(client, options.keyspace, migrations);
  } finally {
    await client.shutdown();
  }
}

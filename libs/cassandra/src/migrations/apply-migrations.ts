import { type Client } from 'cassandra-driver';
import { runDataStep } from './data-steps';
import { type Migration } from './migration-files';

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
  /** What each data step did, one line each ("007_…: copied 1000 rows …"). */
  notes: string[];
}

/**
 * Applies the migrations not yet recorded in `<keyspace>.schema_migrations`, in order.
 * Idempotent: a second run applies nothing. A recorded migration whose file changed since is an
 * error (migrations are append-only; change the schema with a new file).
 */
export async function applyMigrations(client: Client, keyspace: string, migrations: readonly Migration[]): Promise<MigrationReport> {
  const report: MigrationReport = { applied: [], alreadyApplied: [], notes: [] };
  const [keyspaceMigration, ...rest] = migrations;
  // the keyspace must exist before the ledger can
  if (keyspaceMigration) for (const statement of keyspaceMigration.statements) await client.execute(statement);
  await client.execute(
    `CREATE TABLE IF NOT EXISTS ${keyspace}.schema_migrations (version int PRIMARY KEY, name text, checksum text, applied_at timestamp)`,
  );
  const ledger = await client.execute(`SELECT version, name, checksum FROM ${keyspace}.schema_migrations`);
  const recorded = new Map(ledger.rows.map((r) => [r.version as number, r.checksum as string]));
  for (const migration of [keyspaceMigration, ...rest].filter(Boolean)) {
    const checksum = recorded.get(migration.version);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) throw new Error(`migration ${migration.name} changed after it was applied (checksum ${checksum} → ${migration.checksum})`);
      report.alreadyApplied.push(migration.name);
      continue;
    }
    for (const statement of migration.statements) await client.execute(statement);
    // A step is recorded only once it has finished; its writes are idempotent, so a step cut short runs again whole.
    for (const step of migration.steps) report.notes.push(`${migration.name}: ${await runDataStep(step, client, keyspace)}`);
    await client.execute(`INSERT INTO ${keyspace}.schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, toTimestamp(now()))`, [
      migration.version,
      migration.name,
      migration.checksum,
    ], { prepare: true });
    report.applied.push(migration.name);
  }
  return report;
}

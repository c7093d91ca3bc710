import { type Command } from 'commander';
import { migrate } from '@i94/cassandra';
import { type CliIo, platformEnv } from '@i94/command-line';

/** `i94 migrate`: applies the CQL migrations of deploy/cassandra that the keyspace lacks. */
export function registerMigrate(program: Command, io: CliIo): void {
  program
    .command('migrate')
    .description('apply the Cassandra migrations (deploy/cassandra) the keyspace does not have yet; idempotent')
    .option('--keyspace <name>', 'keyspace (default CASSANDRA_KEYSPACE or i94)')
    .option('--json', 'print the report as JSON')
    .action(async (flags: { keyspace?: string; json?: boolean }) => {
      const env = platformEnv();
      const keyspace = flags.keyspace ?? env.CASSANDRA_KEYSPACE;
      const report = await migrate({ contactPoints: env.CASSANDRA_CONTACT_POINTS, localDataCenter: env.CASSANDRA_LOCAL_DC, keyspace });
      if (flags.json) io.out(`${JSON.stringify({ keyspace, ...report })}\n`);
      else {
        io.out(`keyspace ${keyspace}: applied ${report.applied.length} (${report.applied.join(', ') || 'none'}), already applied ${report.alreadyApplied.length}\n`);
        for (const note of report.notes) io.out(`  ${note}\n`);
      }
    });
}

import { type Command } from 'commander';
import { AvroSerde } from '@i94/avro';
import { createCassandraClient } from '@i94/cassandra';
import { createKafka, topicNames } from '@i94/kafka';
import { objectStoreFromEnv } from '@i94/s3-parquet';
import { type CliIo, platformEnv } from '@i94/command-line';
import { reconcileMonth } from './reconciliation';

/** `i94 reconcile --month`: the month counted at each stage; exit code 1 when they disagree. */
export function registerReconcile(program: Command, io: CliIo): void {
  program
    .command('reconcile')
    .description('count one arrival month at every stage (gateway, raw topic, Cassandra, Parquet, aggregates)')
    .requiredOption('--month <YYYY-MM>', 'the arrival month')
    .option('--json', 'print one JSON object')
    .action(async (flags: { month: string; json?: boolean }) => {
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(flags.month)) throw new Error('--month must be written YYYY-MM');
      const env = platformEnv();
      const cassandra = createCassandraClient({ contactPoints: env.CASSANDRA_CONTACT_POINTS, localDataCenter: env.CASSANDRA_LOCAL_DC });
      const store = objectStoreFromEnv(env);
      try {
        const result = await reconcileMonth(flags.month, {
          kafka: createKafka({ brokers: env.KAFKA_BROKERS, clientId: 'i94-cli' }), serde: AvroSerde.forUrl(env.SCHEMA_REGISTRY_URL), topics: topicNames(env.TOPIC_NAMESPACE),
          cassandra, keyspace: env.CASSANDRA_KEYSPACE, store,
        });
        io.out(flags.json ? `${JSON.stringify(result)}\n` : `${Object.entries(result).map(([k, v]) => `${k.padEnd(11)} ${v}`).join('\n')}\n`);
        if (!result.ok) process.exitCode = 1;
      } finally {
        await cassandra.shutdown();
        store.client.destroy();
      }
    });
}

import { type Command } from 'commander';
import { AvroSerde } from '@i94/avro';
import { createCassandraClient } from '@i94/cassandra';
import { createKafka, topicNames } from '@i94/kafka';
import { objectStoreFromEnv } from '@i94/s3-parquet';
import { type CliIo, integerAtLeast, platformEnv } from '@i94/command-line';
import { gatherStatus } from './gather-status';
import { renderStatus } from './render-status';

/** `i94 status [--json]`: services, lag, dead letters, dimensions, months and recent feeds in one view. */
export function registerStatus(program: Command, io: CliIo): void {
  program
    .command('status')
    .description('health and readiness of each service, consumer lag, dead letters by reason, dimension versions, last rollup and compaction per month, recent feeds reconciled')
    .option('--json', 'print one JSON object')
    .option('--feeds <n>', 'how many recent feed dates to reconcile', integerAtLeast(1), 10)
    .option('--reconcile', 'also count every month at every stage, as i94 reconcile does (reads the raw topic and Cassandra: slower)')
    .option('--timeout <seconds>', 'longest wait for one part (a part past it shows as unavailable)', integerAtLeast(1), 30)
    .action(async (flags: { json?: boolean; feeds: number; timeout: number; reconcile?: boolean }) => {
      const env = platformEnv();
      // kafkajs would log every failed connection attempt; a down broker is reported in the output instead.
      const kafka = createKafka({ brokers: env.KAFKA_BROKERS, clientId: 'i94-cli-status', log: () => undefined });
      const store = objectStoreFromEnv(env);
      const cassandra = flags.reconcile ? createCassandraClient({ contactPoints: env.CASSANDRA_CONTACT_POINTS, localDataCenter: env.CASSANDRA_LOCAL_DC }) : null;
      try {
        const status = await gatherStatus({
          env, kafka, serde: AvroSerde.forUrl(env.SCHEMA_REGISTRY_URL), topics: topicNames(env.TOPIC_NAMESPACE), store, feedLimit: flags.feeds, timeoutMs: flags.timeout * 1000,
          reconcile: cassandra && { cassandra, keyspace: env.CASSANDRA_KEYSPACE },
        });
        io.out(flags.json ? `${JSON.stringify(status)}\n` : renderStatus(status));
        const parts = [status.lag, status.deadLetters, status.dimensions, status.months, status.feeds, status.reconciliation ?? { ok: true }];
        const healthy = status.services.every((s) => s.health === 'up' && s.ready === true) && parts.every((p) => p.ok);
        if (!healthy) io.setExitCode(1);
      } finally {
        store.client.destroy();
        await cassandra?.shutdown();
      }
    });
}

import { parseStates } from '@i94/dimensions';
import { arrivalInserts, byKeyParams, byStateDateParams, createCassandraClient, migrate } from '@i94/cassandra';
import { concurrent } from 'cassandra-driver';
import { findUp, readReferenceFiles } from '@i94/command-line';
import { ratePerSecond } from '../stats';
import { type StageContext } from '../stages/stage-run';
import { type RawBacklog } from './raw-backlog';

/** raw-sink's default CASSANDRA_WRITE_CONCURRENCY: the loop writes as many at once. */
const CONCURRENCY = 64;

/**
 * P3 reference: a plain cassandra-driver loop writing the same rows raw-sink writes (both tables,
 * the same prepared upserts and values) into a keyspace of its own, with the same concurrency.
 * The records are decoded beforehand; only the writes are timed, after a short warm-up. Records/s.
 */
export async function runDriverLoop(ctx: StageContext, backlog: RawBacklog): Promise<number> {
  const { env } = ctx.ns;
  const keyspace = `${ctx.ns.keyspace}_ref`;
  await migrate({ contactPoints: env.CASSANDRA_CONTACT_POINTS, localDataCenter: env.CASSANDRA_LOCAL_DC, keyspace });
  const validStates = new Set(parseStates(readReferenceFiles(findUp('data/reference')!).sasLabels).records.map((s) => s.code));
  const inserts = arrivalInserts(keyspace);
  const topic = ctx.ns.topics.raw;
  const writtenAt = new Date();
  const statements = backlog.arrivals.flatMap(({ value, partition, offset }) => {
    const byStateDate = byStateDateParams(value, validStates);
    const byKey = { query: inserts.byKey, params: byKeyParams(value, { topic, partition, offset }, writtenAt) };
    return byStateDate ? [byKey, { query: inserts.byStateDate, params: byStateDate }] : [byKey];
  });
  const client = createCassandraClient({ contactPoints: env.CASSANDRA_CONTACT_POINTS, localDataCenter: env.CASSANDRA_LOCAL_DC });
  try {
    await client.connect();
    // the first upserts prepare the statements and open the new tables: left out, as the stage's start-up is
    const warmUp = Math.min(1000, Math.floor(statements.length / 10));
    await concurrent.executeConcurrent(client, statements.slice(0, warmUp), { concurrencyLevel: CONCURRENCY, raiseOnFirstError: true });
    const started = Date.now();
    await concurrent.executeConcurrent(client, statements.slice(warmUp), { concurrencyLevel: CONCURRENCY, raiseOnFirstError: true });
    const rate = ratePerSecond((backlog.arrivals.length * (statements.length - warmUp)) / statements.length, Date.now() - started);
    ctx.log(`driver-loop: ${backlog.arrivals.length} records (${statements.length} upserts) at ${Math.round(rate)} rec/s`);
    return rate;
  } finally {
    await client.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`).catch(() => undefined);
    await client.shutdown();
  }
}

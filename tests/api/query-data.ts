import { Client } from 'cassandra-driver';
import { type RawArrival } from '@i94/avro';
import { AggregateWriter, migrate, RawArrivalWriter } from '@i94/cassandra';
import { enrichArrival, stateMonthAggregates } from '@i94/domain';
import { randomKeyspace, referenceCache, sampleRawArrivals, stackEndpoints } from '@i94/testing';

/** A keyspace of its own for a contract run, dropped by `drop`. */
export interface QueryData {
  keyspace: string;
  drop(): Promise<void>;
}

/**
 * A fresh keyspace holding what query-api serves, so its 200 bodies are checked too: the 1,000
 * sample arrivals (April 2016), the first of them again in May (its cicid in two months: the
 * alias answers 409), and the April aggregates computed from them.
 */
export async function seedQueryData(prefix: string): Promise<QueryData> {
  const endpoints = stackEndpoints();
  const keyspace = randomKeyspace(prefix);
  const cassandra = new Client({ contactPoints: endpoints.cassandraContactPoints, localDataCenter: endpoints.cassandraLocalDc });
  await migrate({ contactPoints: endpoints.cassandraContactPoints, localDataCenter: endpoints.cassandraLocalDc, keyspace });
  const arrivals = await sampleRawArrivals(`${prefix}-test`);
  const mayTwin: RawArrival = { ...arrivals[0], i94mon: 5, arrdate: (arrivals[0].arrdate as number) + 30 };
  const rows = [...arrivals, mayTwin].map((value, i) => ({ value, at: { topic: 't', partition: 0, offset: i } }));
  await new RawArrivalWriter(cassandra, keyspace, new Set(['HI', 'NY', 'FL', 'CA'])).write(rows);
  const cache = referenceCache();
  const enriched = arrivals.map((raw, i) => ({ ...enrichArrival(raw, cache, 1_700_000_000_000), kafkaPartition: 0, kafkaOffset: i }));
  await new AggregateWriter(cassandra, keyspace).write(stateMonthAggregates(enriched, cache, { computedAt: 1_700_000_000_000, lineage: [] }));
  const drop = async () => {
    await cassandra.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`).catch(() => undefined);
    await cassandra.shutdown();
  };
  return { keyspace, drop };
}

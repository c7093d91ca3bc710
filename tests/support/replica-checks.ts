import { AvroSerde, type EnrichedArrival, type RawArrival } from '@i94/avro';
import { createCassandraClient } from '@i94/cassandra';
import { arrivalKeyString } from '@i94/domain';
import { createKafka, readTopicToEnd } from '@i94/kafka';
import { loadHyparquet, ObjectStore } from '@i94/s3-parquet';
import { stackEndpoints } from '@i94/testing';

/** How many times each value was seen. */
export type Tally = Map<string, number>;

const count = (tally: Tally, key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

/** Values seen more than once, and the total. */
export const summary = (tally: Tally) => ({ distinct: tally.size, total: [...tally.values()].reduce((n, c) => n + c, 0), repeated: [...tally.values()].filter((c) => c > 1).length });

/** Every (partition, offset) in every Parquet object under `enriched/` of the bucket, read from the files themselves. */
export async function rolledPositions(bucket: string): Promise<{ positions: Tally; objects: number }> {
  const store = new ObjectStore({ ...stackEndpoints().s3, bucket, forcePathStyle: true });
  const { parquetReadObjects } = await loadHyparquet();
  const positions: Tally = new Map();
  try {
    const keys = await store.list('enriched/');
    for (const key of keys) {
      const bytes = (await store.get(key))!;
      const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
      for (const row of (await parquetReadObjects({ file, columns: ['kafkaPartition', 'kafkaOffset'] })) as Record<string, unknown>[]) {
        count(positions, `${row.kafkaPartition}:${row.kafkaOffset}`);
      }
    }
    return { positions, objects: keys.length };
  } finally {
    store.client.destroy();
  }
}

/** A topic read with isolation read_committed (kafkajs's default) in a throwaway group: positions and copies per arrival key. */
export async function committedRecords(topic: string): Promise<{ positions: Set<string>; copies: Tally }> {
  const endpoints = stackEndpoints();
  const kafka = createKafka({ brokers: endpoints.kafkaBrokers, clientId: 'fault-checks' });
  const serde = AvroSerde.forUrl(endpoints.schemaRegistryUrl);
  const positions = new Set<string>();
  const copies: Tally = new Map();
  await readTopicToEnd(kafka, topic, async (message, partition) => {
    positions.add(`${partition}:${message.offset}`);
    const value = await serde.decode<RawArrival | EnrichedArrival>(message.value as Buffer);
    count(copies, arrivalKeyString(value));
  });
  return { positions, copies };
}

/** Distinct arrival keys in Cassandra, counted by reading every row of arrivals_by_key (a data scan, not a counter). */
export async function cassandraArrivals(keyspace: string): Promise<Tally> {
  const endpoints = stackEndpoints();
  const client = createCassandraClient({ contactPoints: endpoints.cassandraContactPoints, localDataCenter: endpoints.cassandraLocalDc });
  const keys: Tally = new Map();
  try {
    let pageState: string | undefined;
    do {
      const page = await client.execute(`SELECT cicid, i94yr, i94mon FROM ${keyspace}.arrivals_by_key`, [], { prepare: true, fetchSize: 5000, pageState });
      for (const row of page.rows) count(keys, arrivalKeyString({ cicid: Number(row.cicid.toString()), i94yr: row.i94yr, i94mon: row.i94mon }));
      pageState = page.pageState ?? undefined;
    } while (pageState);
    return keys;
  } finally {
    await client.shutdown();
  }
}

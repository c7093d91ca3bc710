import { type Client } from 'cassandra-driver';
import { type Kafka } from 'kafkajs';
import { type AvroSerde, type DeadLetter, epochDaysToIsoDate, type RawArrival } from '@i94/avro';
import { ARRIVALS_TABLE, StateMonthRepository } from '@i94/cassandra';
import { arrivalKeyString, arrivalMonth, reconciled, type Reconciliation } from '@i94/domain';
import { readTopicToEnd, type TopicNames } from '@i94/kafka';
import { type ObjectStore, readParquet, RollCatalog } from '@i94/s3-parquet';

const KEY_COLUMNS = [
  { name: 'cicid', kind: 'int64', optional: false },
  { name: 'i94yr', kind: 'int32', optional: true },
  { name: 'i94mon', kind: 'int32', optional: true },
] as const;

const monthOf = (r: { arrdate: number | null; i94yr: number | null; i94mon: number | null }) => arrivalMonth(r) ?? 'unknown';

export interface ReconcileDeps {
  kafka: Kafka;
  serde: AvroSerde;
  topics: TopicNames;
  cassandra: Client;
  keyspace: string;
  store: ObjectStore;
}

async function fromTopics(month: string, d: ReconcileDeps) {
  const distinct = new Set<string>();
  let accepted = 0;
  let rejected = 0;
  await readTopicToEnd(d.kafka, d.topics.raw, async (m) => {
    const value = await d.serde.decode<RawArrival>(m.value as Buffer);
    if (monthOf(value) !== month) return;
    accepted += 1;
    distinct.add(arrivalKeyString(value));
  });
  await readTopicToEnd(d.kafka, d.topics.dlq, async (m) => {
    if (m.headers?.service?.toString() !== 'ingest-gateway') return;
    const letter = await d.serde.decode<DeadLetter>(m.value as Buffer);
    if (letter.feedDate !== null && epochDaysToIsoDate(letter.feedDate).slice(0, 7) === month) rejected += 1;
  });
  return { accepted, rejected, raw: distinct.size };
}

async function fromCassandra(month: string, d: ReconcileDeps) {
  const distinct = new Set<string>();
  await new Promise<void>((resolve, reject) =>
    d.cassandra.eachRow(
      `SELECT cicid, arrdate, i94yr, i94mon FROM ${d.keyspace}.${ARRIVALS_TABLE}`,
      [],
      { prepare: true, fetchSize: 5000, autoPage: true },
      (_n, row) => {
        if (monthOf(row as never) === month) distinct.add(arrivalKeyString({ i94yr: row.i94yr, i94mon: row.i94mon, cicid: Number(row.cicid) }));
      },
      (error) => (error ? reject(error) : resolve()),
    ),
  );
  const aggregates = await new StateMonthRepository(d.cassandra, d.keyspace).byMonth(month);
  return { cassandra: distinct.size, aggregated: aggregates.reduce((n, a) => n + Number(a.arrivals), 0) };
}

async function fromParquet(month: string, d: ReconcileDeps): Promise<number> {
  const distinct = new Set<string>();
  for (const input of await new RollCatalog(d.store).filesOf(month)) {
    const bytes = await d.store.get(input.key);
    if (!bytes) throw new Error(`rolled-up file ${input.key} is listed in a manifest but missing`);
    const rows = await readParquet(bytes, KEY_COLUMNS, ['cicid', 'i94yr', 'i94mon']);
    for (const row of rows) distinct.add(arrivalKeyString(row as { i94yr: number; i94mon: number; cicid: number }));
  }
  return distinct.size;
}

/** Counts one arrival month at the gateway, on the topics, in Cassandra, in Parquet and in the aggregates. */
export async function reconcileMonth(month: string, deps: ReconcileDeps): Promise<Reconciliation> {
  const [topics, cassandra, parquet] = await Promise.all([fromTopics(month, deps), fromCassandra(month, deps), fromParquet(month, deps)]);
  const counts = { month, ...topics, ...cassandra, parquet };
  return { ...counts, ok: reconciled(counts) };
}

import { AvroSerde } from '@i94/avro';
import { type AggregateWriter } from '@i94/cassandra';
import { stateMonthAggregates } from '@i94/domain';
import { createKafka } from '@i94/kafka';
import { aggregatesObjectKey, type ObjectStore } from '@i94/s3-parquet';
import { randomTopic, readTopicFrom, referenceCache, stackEndpoints } from '@i94/testing';
import { AggregatePublisher } from '../src/adapters/aggregate-publisher';
import { enrichedSample } from './memory-lake';

// A month of many rolls: every aggregate carries the month's whole lineage, so one send of all of
// them was a batch the broker refused (a 31M-row month of 1,260 rolls failed so, 3 Dec).
describe('AggregatePublisher on the real broker', () => {
  const endpoints = stackEndpoints();
  const kafka = createKafka({ brokers: endpoints.kafkaBrokers, clientId: 'aggregate-publisher-spec' });

  it('publishes every aggregate of a month whose lineage lists 3,000 files, in sends the broker takes', async () => {
    const topic = randomTopic('i94.agg.state-month.v1');
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
    await admin.disconnect();
    const lineage = Array.from({ length: 3000 }, (_, i) => ({ objectKey: `rollups/topic=i94.arrivals.enriched.v1/partition=${i % 6}/hour=2016-04-01T00/start=${i}/month=2016-04.parquet`, partition: i % 6, startOffset: i * 25_000, endOffset: i * 25_000 + 24_999, rows: 25_000 }));
    const aggregates = stateMonthAggregates(await enrichedSample(), referenceCache(), { computedAt: 1_700_000_000_000, lineage });
    const uploads: string[] = [];
    const store = { put: async (key: string) => void uploads.push(key) } as unknown as ObjectStore;
    const cassandra = { write: async () => undefined } as unknown as AggregateWriter;
    const publisher = new AggregatePublisher(kafka, AvroSerde.forUrl(endpoints.schemaRegistryUrl), cassandra, store, topic);
    await publisher.connect();
    try {
      await publisher.publish('2016-04', aggregates);
    } finally {
      await publisher.disconnect();
    }
    const messages = await readTopicFrom(kafka, topic, new Map(), (read) => read.length >= aggregates.length);
    expect(aggregates.length).toBeGreaterThan(40);
    expect(new Set(messages.map((m) => m.key))).toEqual(new Set(aggregates.map((a) => `${a.state}|${a.month}`)));
    expect(Math.min(...messages.map((m) => m.value.length))).toBeGreaterThan(3000 * 100);
    expect(uploads).toEqual([aggregatesObjectKey('2016-04')]);
  });
});

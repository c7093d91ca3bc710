import { type INestApplication } from '@nestjs/common';
import { Client } from 'cassandra-driver';
import { AvroSerde, type DeadLetter, type RawArrival } from '@i94/avro';
import { ARRIVALS_TABLE, migrate } from '@i94/cassandra';
import { createKafka, TOPICS } from '@i94/kafka';
import {
  createNamespaceTopics, groupCaughtUp, produceAll, randomGroup, randomKeyspace, randomNamespace, readTopicFrom, sampleRawArrivals, stackEndpoints, topicEndOffsets, waitFor,
} from '@i94/testing';
import { startRawSink } from './raw-sink-app';

// The sample's 1,000 raw arrivals and one poison message through the real Kafka, registry and
// Cassandra: 1,000 rows, the poison in the DLQ, and a full replay that adds nothing.
describe('raw-sink against the real stack', () => {
  const endpoints = stackEndpoints();
  const kafka = createKafka({ brokers: endpoints.kafkaBrokers, clientId: 'raw-sink-int-test' });
  const serde = AvroSerde.forUrl(endpoints.schemaRegistryUrl);
  const cassandra = new Client({ contactPoints: endpoints.cassandraContactPoints, localDataCenter: endpoints.cassandraLocalDc });
  const keyspace = randomKeyspace('rawsink');
  const namespace = randomNamespace('rawsink');
  let topic: string;
  let sample: RawArrival[];
  let dlqFrom: Map<number, string>;
  let app: INestApplication | undefined;

  const env = (group: string) => ({ TOPIC_NAMESPACE: namespace, CONSUMER_GROUP: group, CASSANDRA_KEYSPACE: keyspace });
  const count = async (table: string) => Number((await cassandra.execute(`SELECT count(*) FROM ${keyspace}.${table}`)).first().count);

  beforeAll(async () => {
    await migrate({ contactPoints: endpoints.cassandraContactPoints, localDataCenter: endpoints.cassandraLocalDc, keyspace });
    topic = (await createNamespaceTopics(kafka, namespace)).raw;
    sample = await sampleRawArrivals('raw-sink-test');
    const messages = await Promise.all(sample.map(async (a) => ({ key: String(a.cicid), value: await serde.encode('i94.arrivals.raw.v1', a, topic) })));
    dlqFrom = await topicEndOffsets(kafka, `${namespace}${TOPICS.dlq}`);
    await produceAll(kafka, topic, [...messages.slice(0, 500), { key: 'poison', value: Buffer.from('not avro at all') }, ...messages.slice(500)]);
  });

  afterAll(async () => {
    await app?.close();
    await cassandra.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`).catch(() => undefined);
    await cassandra.shutdown();
  });

  it('writes the 1,000 sample records once each, with their values', async () => {
    const group = randomGroup('raw-sink');
    app = await startRawSink(env(group));
    await waitFor(() => groupCaughtUp(kafka, `${namespace}${group}`, topic), { timeoutMs: 90_000, description: 'raw-sink to commit the whole topic' });
    expect(await count(ARRIVALS_TABLE)).toBe(1000);
    expect(await count('arrivals_by_state_date')).toBe(1000);

    const first = sample[0];
    const key = [first.cicid, first.i94yr, first.i94mon];
    const row = (await cassandra.execute(`SELECT * FROM ${keyspace}.${ARRIVALS_TABLE} WHERE cicid = ? AND i94yr = ? AND i94mon = ?`, key, { prepare: true })).first();
    expect({ i94port: row.i94port, i94addr: row.i94addr, arrdate: row.arrdate, admnum: Number(row.admnum), gender: row.gender, batch: row.batch_id, topic: row.kafka_topic }).toEqual({
      i94port: first.i94port, i94addr: first.i94addr, arrdate: first.arrdate, admnum: first.admnum, gender: first.gender, batch: 'raw-sink-test', topic,
    });
  });

  it('is ready with Kafka, the registry and Cassandra reachable, and exposes its counts, lag and batch times', async () => {
    const url = await app!.getUrl();
    const ready = (await (await fetch(`${url}/ready`)).json()) as { ready: boolean; checks: Record<string, { ok: boolean }> };
    expect(ready).toMatchObject({ ready: true, checks: { kafka: { ok: true }, schemaRegistry: { ok: true }, cassandra: { ok: true } } });
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/^i94_raw_sink_records_in_total\{service="raw-sink"\} 1001$/m);
    expect(metrics).toMatch(/^i94_raw_sink_rows_written_total\{service="raw-sink"\} 1000$/m);
    expect(metrics).toMatch(/^i94_raw_sink_batch_seconds_count\{service="raw-sink"\} [1-9]/m);
    expect(metrics.match(/^i94_raw_sink_lag_records\{.*\} (\d+)$/gm)?.every((line) => line.endsWith(' 0'))).toBe(true);
  });

  it('dead-letters the poison message with its position, and moves past it', async () => {
    const dlq = await readTopicFrom(kafka, `${namespace}${TOPICS.dlq}`, dlqFrom, (ms) => ms.some((m) => m.headers.sourceTopic === topic));
    const letter = await serde.decode<DeadLetter>(dlq.find((m) => m.headers.sourceTopic === topic)!.value);
    expect(letter).toMatchObject({ reasonCode: 'DECODE_FAILED', errorClass: 'DecodeError', service: 'raw-sink', sourceTopic: topic, payloadFormat: 'AVRO' });
    expect(letter.payload.toString()).toBe('not avro at all');
  });

  it('replays the whole topic with a fresh consumer group without adding rows', async () => {
    await app?.close();
    const replay = randomGroup('raw-sink-replay');
    app = await startRawSink(env(replay));
    await waitFor(() => groupCaughtUp(kafka, `${namespace}${replay}`, topic), { timeoutMs: 90_000, description: 'the replay to commit the whole topic' });
    expect(await count(ARRIVALS_TABLE)).toBe(1000);
    expect(await count('arrivals_by_state_date')).toBe(1000);
  });
});

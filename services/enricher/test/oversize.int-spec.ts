import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AvroSerde, type DeadLetter, type EnrichedArrival, type RawArrival } from '@i94/avro';
import { arrivalKeyString, enrichArrival } from '@i94/domain';
import { createKafka, namespacedDimensionTopic, publishDimensions, readTopicToEnd } from '@i94/kafka';
import {
  createNamespaceTopics, groupCaughtUp, produceAll, randomGroup, randomNamespace, referenceCache, referenceEntries, sampleRawArrivals, setTopicMaxMessageBytes, stackEndpoints, waitFor,
} from '@i94/testing';
import { AppModule } from '../src/app.module';
import { loadServiceConfig } from '../src/config';

// A record batch of one record: its value, the key and batchId header, and framing.
const FRAMING_BYTES = 170;

// The enriched topic's max.message.bytes set to the size of a median enriched sample record: the
// broker refuses about half of the enricher's output as too large. Each of those raw records must
// reach the DLQ with the reason RECORD_TOO_LARGE and its source position, the others the enriched
// topic, and the group's offsets must reach the end of the raw topic (the partitions move on).
describe('enricher: enriched records larger than the broker takes', () => {
  const endpoints = stackEndpoints();
  const kafka = createKafka({ brokers: endpoints.kafkaBrokers, clientId: 'enricher-oversize-test' });
  const serde = AvroSerde.forUrl(endpoints.schemaRegistryUrl);
  const namespace = randomNamespace('bigenrich');
  const group = randomGroup('bigenrich');
  let topics: Awaited<ReturnType<typeof createNamespaceTopics>>;
  let app: INestApplication;

  beforeAll(async () => {
    await publishDimensions(kafka, serde, referenceEntries(), { topicFor: namespacedDimensionTopic(namespace) });
    topics = await createNamespaceTopics(kafka, namespace);
    const raw = await sampleRawArrivals('oversize');
    const cache = referenceCache();
    const sizes = await Promise.all(raw.map(async (a) => (await serde.encode('i94.arrivals.enriched.v1', enrichArrival(a, cache, 0) as EnrichedArrival, topics.enriched)).length));
    sizes.sort((a, b) => a - b);
    await setTopicMaxMessageBytes(kafka, topics.enriched, sizes[sizes.length >> 1] + FRAMING_BYTES);
    await produceAll(kafka, topics.raw, await Promise.all(raw.map(async (a) => ({ key: arrivalKeyString(a), value: await serde.encode('i94.arrivals.raw.v1', a, topics.raw), headers: { batchId: a.batchId } }))));
    const config = loadServiceConfig({ ...process.env, TOPIC_NAMESPACE: namespace, CONSUMER_GROUP: group });
    app = await NestFactory.create(AppModule.forConfig(config), { logger: ['error'] });
    await app.listen(0, '127.0.0.1');
  }, 120_000);
  afterAll(() => app?.close());

  it('dead-letters each raw record whose enriched record the broker refuses, and moves on', async () => {
    await waitFor(() => groupCaughtUp(kafka, `${namespace}${group}`, topics.raw), { timeoutMs: 120_000, intervalMs: 500, description: 'the enricher to commit the whole raw topic' });
    const enriched = new Set<string>();
    await readTopicToEnd(kafka, topics.enriched, async (m) => void enriched.add(arrivalKeyString(await serde.decode<EnrichedArrival>(m.value as Buffer))));
    const refused = new Set<string>();
    await readTopicToEnd(kafka, topics.dlq, async (m) => {
      const letter = await serde.decode<DeadLetter>(m.value as Buffer);
      expect(letter).toMatchObject({ reasonCode: 'RECORD_TOO_LARGE', service: 'enricher', sourceTopic: topics.raw, sourceOffset: expect.any(Number), payloadFormat: 'AVRO' });
      refused.add(arrivalKeyString(await serde.decode<RawArrival>(letter.payload)));
    });
    process.stdout.write(`oversize at the enricher: ${enriched.size} enriched, ${refused.size} dead-lettered as too large\n`);
    expect(enriched.size).toBeGreaterThan(0);
    expect(refused.size).toBeGreaterThan(0);
    expect(enriched.size + refused.size).toBe(1000);
    expect(new Set([...enriched, ...refused]).size).toBe(1000);
  }, 180_000);
});

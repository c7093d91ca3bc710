import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AvroSerde, type EnrichedArrival } from '@i94/avro';
import { type DimensionEntry } from '@i94/dimensions';
import { createKafka, namespacedDimensionTopic, publishDimensions } from '@i94/kafka';
import {
  type ConsumedMessage, createNamespaceTopics, groupCaughtUp, produceAll, randomGroup, randomNamespace, readTopicFrom, referenceEntries, sampleRawArrivals, stackEndpoints, waitFor,
} from '@i94/testing';
import { AppModule } from '../src/app.module';
import { loadServiceConfig } from '../src/config';

// The sample through the real enricher: dimensions from their (test) topics, raw records in,
// 1,000 enriched records out that decode through the registry, nothing dead-lettered; then a
// port renamed while the enricher runs shows in records processed after the change.
describe('enricher against the real stack', () => {
  const endpoints = stackEndpoints();
  const kafka = createKafka({ brokers: endpoints.kafkaBrokers, clientId: 'enricher-int-test' });
  const serde = AvroSerde.forUrl(endpoints.schemaRegistryUrl);
  const namespace = randomNamespace('enricher');
  const topicFor = namespacedDimensionTopic(namespace);
  let rawTopic: string;
  let enrichedTopic: string;
  const group = randomGroup('enricher');
  let entries: DimensionEntry[];
  let app: INestApplication;

  const raw = async (batchId: string) =>
    Promise.all((await sampleRawArrivals(batchId)).map(async (a) => ({ key: String(a.cicid), value: await serde.encode('i94.arrivals.raw.v1', a, rawTopic), headers: { batchId } })));
  const enrichedOf = async (batchId: string, count: number) => {
    const ours = (ms: ConsumedMessage[]) => ms.filter((m) => m.headers.batchId === batchId);
    const messages = ours(await readTopicFrom(kafka, enrichedTopic, new Map(), (ms) => ours(ms).length >= count));
    return Promise.all(messages.map((m) => serde.decode<EnrichedArrival>(m.value)));
  };

  beforeAll(async () => {
    entries = referenceEntries();
    await publishDimensions(kafka, serde, entries, { topicFor });
    ({ raw: rawTopic, enriched: enrichedTopic } = await createNamespaceTopics(kafka, namespace));
    const config = loadServiceConfig({
      ...process.env, TOPIC_NAMESPACE: namespace, CONSUMER_GROUP: group, ENRICHER_INSTANCE: `test-${group.slice(-8)}`,
    });
    app = await NestFactory.create(AppModule.forConfig(config), { logger: ['error'] });
    await app.listen(0, '127.0.0.1');
  });
  afterAll(() => app?.close());

  it('enriches the 1,000 sample records, decodable through the registry, none dead-lettered', async () => {
    await produceAll(kafka, rawTopic, await raw('first'));
    await waitFor(() => groupCaughtUp(kafka, `${namespace}${group}`, rawTopic), { timeoutMs: 90_000, description: 'the enricher to commit the raw topic' });
    const enriched = await enrichedOf('first', 1000);
    expect(enriched).toHaveLength(1000);
    expect(new Set(enriched.map((e) => e.cicid)).size).toBe(1000);
    const first = enriched.find((e) => e.cicid === 4084316)!;
    expect(first).toMatchObject({ citizenshipCountry: 'JAPAN', portName: 'HONOLULU, HI', destinationState: 'HI', destinationStateName: 'HAWAII', visaCategory: 'Pleasure', arrivalMonth: '2016-04' });
    expect(first.dimensionVersions.ports).toMatch(/^[0-9a-f]{12}$/);

    const metrics = await (await fetch(`${await app.getUrl()}/metrics`)).text();
    const sample = (name: string) => metrics.split('\n').filter((l) => l.startsWith(name));
    expect(sample('i94_enricher_records_in_total')).toEqual([expect.stringMatching(/ 1000$/)]);
    expect(sample('i94_enricher_records_out_total')).toEqual([expect.stringMatching(/ 1000$/)]);
    expect(sample('i94_enricher_dead_letters_total{')).toEqual([]);
    process.stdout.write(`per-dimension misses on the sample:\n${sample('i94_enricher_dimension_misses{').join('\n')}\n`);
  });

  it('applies a port renamed while it runs to the records processed after the change', async () => {
    const renamed = entries.map((e) => (e.dimension === 'ports' && e.code === 'HHW' ? { ...e, record: { ...e.record, name: 'HONOLULU INTL, HI' } as DimensionEntry['record'] } : e));
    const result = await publishDimensions(kafka, serde, renamed, { topicFor });
    expect(result.published).toBe(1);
    // the cache follows the topic; records produced from now on must see the new name
    await waitFor(async () => {
      const probe = `probe-${Date.now()}`;
      await produceAll(kafka, rawTopic, (await raw(probe)).filter((m) => m.key === '4084316'));
      const [value] = await enrichedOf(probe, 1);
      return value.portName === 'HONOLULU INTL, HI';
    }, { timeoutMs: 60_000, intervalMs: 500, description: 'the renamed port in newly enriched records' });
  });
});

import { Kafka, logLevel } from 'kafkajs';
import { AvroSerde } from '@i94/avro';
import { DIMENSION_NAMES, DimensionCache, type DimensionName, type PortRecord } from '@i94/dimensions';
import { type PlatformError } from '@i94/domain';
import { produceAll, randomTopic, stackEndpoints, waitFor } from '@i94/testing';
import { BrokerUnavailableError, createKafka, DecodeError, DimensionTopicsReader, type DimensionTopicFor, type DimensionTopicsReaderOptions, publishDimensions, RegistryUnavailableError } from '@i94/kafka';
import { asPublished, referenceEntries, withChangedRecord } from './reference-entries';

// The real reference dimensions through the real Kafka and registry, each test on its own topics.
describe('dimension topics against the real stack', () => {
  const endpoints = stackEndpoints();
  const kafka = createKafka({ brokers: endpoints.kafkaBrokers, clientId: 'dimensions-int-test' });
  const serde = AvroSerde.forUrl(endpoints.schemaRegistryUrl);
  const entries = referenceEntries();
  const countOf = (dimension: DimensionName) => new Set(entries.filter((e) => e.dimension === dimension).map((e) => e.code)).size;
  const total = DIMENSION_NAMES.reduce((sum, d) => sum + countOf(d), 0);
  const readers: DimensionTopicsReader[] = [];

  const randomTopics = (): DimensionTopicFor => {
    const prefix = randomTopic('dims');
    return (name) => `${prefix}.${name}`;
  };
  const reader = (topicFor: DimensionTopicFor, options: DimensionTopicsReaderOptions = {}) => {
    const made = new DimensionTopicsReader(kafka, serde, { topicFor, ...options });
    readers.push(made);
    return made;
  };

  afterAll(async () => {
    await Promise.all(readers.map((r) => r.stop()));
  });

  it('publishes every reference record once; the same source again publishes nothing', async () => {
    const topicFor = randomTopics();
    const first = await publishDimensions(kafka, serde, entries, { topicFor });
    expect(first).toMatchObject({ published: total, unchanged: 0, deleted: 0 });
    for (const d of DIMENSION_NAMES) expect([d, first.byDimension[d]]).toEqual([d, { published: countOf(d), unchanged: 0, deleted: 0 }]);
    console.log(`published per dimension: ${JSON.stringify(Object.fromEntries(DIMENSION_NAMES.map((d) => [d, first.byDimension[d].published])))}`);

    const again = await publishDimensions(kafka, serde, referenceEntries(), { topicFor });
    expect(again).toMatchObject({ published: 0, unchanged: total, deleted: 0 });
  });

  it('publishes exactly the changed port, and a tombstone for a port gone from the source', async () => {
    const topicFor = randomTopics();
    await publishDimensions(kafka, serde, entries, { topicFor });
    const renamed = withChangedRecord(entries, 'ports', 'HHW', { name: 'HONOLULU INTL, HI' });
    const changed = await publishDimensions(kafka, serde, renamed, { topicFor });
    expect(changed).toMatchObject({ published: 1, unchanged: total - 1, deleted: 0 });
    expect(changed.byDimension.ports).toEqual({ published: 1, unchanged: countOf('ports') - 1, deleted: 0 });

    const withoutOgg = renamed.filter((e) => !(e.dimension === 'ports' && e.code === 'OGG'));
    const dropped = await publishDimensions(kafka, serde, withoutOgg, { topicFor });
    expect(dropped).toMatchObject({ published: 0, unchanged: total - 1, deleted: 1 });
    expect(dropped.byDimension.ports.deleted).toBe(1);
  });

  it('warms a cache up with every record, then applies changes made while it runs', async () => {
    const topicFor = randomTopics();
    await publishDimensions(kafka, serde, entries, { topicFor });
    const cache = new DimensionCache();
    const warm = await reader(topicFor).warmUp(cache);
    console.log(`warm-up: ${warm.records} records in ${warm.ms} ms`);

    expect(warm.records).toBe(total);
    for (const d of DIMENSION_NAMES) expect([d, cache.size(d)]).toEqual([d, countOf(d)]);
    for (const d of DIMENSION_NAMES) expect(cache.version(d)).toBe(entries.find((e) => e.dimension === d)?.version);
    const expected = (d: DimensionName) => entries.filter((e) => e.dimension === d).map((e) => asPublished(e.record));
    for (const d of DIMENSION_NAMES) expect(cache.records(d)).toEqual(expected(d));

    const renamed = withChangedRecord(entries, 'ports', 'HHW', { name: 'HONOLULU INTL, HI' });
    await publishDimensions(kafka, serde, renamed, { topicFor });
    await waitFor(() => cache.port('HHW')?.name === 'HONOLULU INTL, HI', { description: 'the renamed port in the cache' });
    expect(cache.port('HHW')).toEqual<PortRecord>({ code: 'HHW', name: 'HONOLULU INTL, HI', city: 'HONOLULU', stateOrCountry: 'HI', state: 'HI', valid: true });

    await publishDimensions(kafka, serde, renamed.filter((e) => !(e.dimension === 'ports' && e.code === 'OGG')), { topicFor });
    await waitFor(() => cache.port('OGG') === null, { description: 'the dropped port to leave the cache' });
    expect(cache.size('ports')).toBe(countOf('ports') - 1);
  });

  it('skips a record that is not Avro, reporting it, and still reaches the end', async () => {
    const topicFor = randomTopics();
    const modes = entries.filter((e) => e.dimension === 'modes');
    await publishDimensions(kafka, serde, modes, { topicFor, dimensions: ['modes'] });
    await produceAll(kafka, topicFor('modes'), [{ key: '7', value: Buffer.from('not avro at all') }]);
    const errors: PlatformError[] = [];
    const cache = new DimensionCache();
    const warm = await reader(topicFor, { dimensions: ['modes'], onError: (e) => errors.push(e) }).warmUp(cache);
    expect(warm.records).toBe(modes.length);
    expect(cache.size('modes')).toBe(modes.length);
    expect(errors).toEqual([expect.any(DecodeError)]);
    expect(errors[0].context).toMatchObject({ topic: topicFor('modes'), offset: String(modes.length) });
  });

  it('fails with retriable platform errors when the registry or the broker cannot be reached', async () => {
    const topicFor = randomTopics();
    const noRegistry = AvroSerde.forUrl('http://127.0.0.1:1/apis/ccompat/v7');
    await expect(publishDimensions(kafka, noRegistry, entries, { topicFor, dimensions: ['modes'] })).rejects.toMatchObject({
      constructor: RegistryUnavailableError,
      retriable: true,
    });
    const noBroker = new Kafka({ brokers: ['127.0.0.1:1'], clientId: 'dimensions-int-test', logLevel: logLevel.NOTHING, retry: { retries: 0 } });
    await expect(publishDimensions(noBroker, serde, entries, { topicFor })).rejects.toMatchObject({ constructor: BrokerUnavailableError, retriable: true });
  });
});

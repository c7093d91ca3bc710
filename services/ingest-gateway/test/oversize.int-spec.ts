import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type INestApplication } from '@nestjs/common';
import { AvroSerde, type DeadLetter, type RawArrival } from '@i94/avro';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { arrivalKeyString } from '@i94/domain';
import { createKafka, readTopicToEnd } from '@i94/kafka';
import { createNamespaceTopics, randomNamespace, sampleRawArrivals, setTopicMaxMessageBytes, stackEndpoints } from '@i94/testing';
import { startGateway } from './gateway-app';

const SAMPLE = join(__dirname, '../../../data/sample/immigration_data_sample.csv');
// A record batch of one record: its value, the key and batchId header, and about 140 bytes of framing.
const FRAMING_BYTES = 140;

// The raw topic's max.message.bytes set to the size of a median sample record: the broker refuses
// about half of them as too large. Each refused one must be in the DLQ with the reason
// RECORD_TOO_LARGE and its source line, every other one in the raw topic: none lost, none retried forever.
describe('ingest-gateway: records larger than the broker takes', () => {
  const { kafkaBrokers, schemaRegistryUrl } = stackEndpoints();
  const kafka = createKafka({ brokers: kafkaBrokers, clientId: 'gateway-oversize-test' });
  const serde = AvroSerde.forUrl(schemaRegistryUrl);
  const namespace = randomNamespace('oversize');
  let gateway: { app: INestApplication; url: string };
  let topics: Awaited<ReturnType<typeof createNamespaceTopics>>;

  beforeAll(async () => {
    topics = await createNamespaceTopics(kafka, namespace);
    const sizes = await Promise.all((await sampleRawArrivals('size-probe')).map(async (a) => (await serde.encode('i94.arrivals.raw.v1', a, topics.raw)).length));
    sizes.sort((a, b) => a - b);
    await setTopicMaxMessageBytes(kafka, topics.raw, sizes[sizes.length >> 1] + FRAMING_BYTES);
    gateway = await startGateway({ TOPIC_NAMESPACE: namespace });
  });
  afterAll(() => gateway?.app.close());

  it('dead-letters each record the broker refuses, with its reason and line, and delivers the rest', async () => {
    const res = await fetch(`${gateway.url}/v1/feeds/2016-04-30/records`, {
      method: 'POST',
      headers: { 'x-api-key': LOCAL_DEV_KEYS.producer, 'content-type': 'text/csv', 'x-source-file': 'immigration_data_sample.csv' },
      body: readFileSync(SAMPLE),
    });
    expect(res.status).toBe(200);
    const delivered = new Set<string>();
    await readTopicToEnd(kafka, topics.raw, async (m) => void delivered.add(arrivalKeyString(await serde.decode<RawArrival>(m.value as Buffer))));
    const refused = new Set<string>();
    await readTopicToEnd(kafka, topics.dlq, async (m) => {
      const letter = await serde.decode<DeadLetter>(m.value as Buffer);
      expect(letter).toMatchObject({ reasonCode: 'RECORD_TOO_LARGE', errorClass: 'RecordTooLargeError', service: 'ingest-gateway', payloadFormat: 'AVRO', sourceLine: expect.any(Number) });
      refused.add(arrivalKeyString(await serde.decode<RawArrival>(letter.payload)));
    });
    process.stdout.write(`oversize at the gateway: ${delivered.size} delivered, ${refused.size} dead-lettered as too large\n`);
    expect(delivered.size).toBeGreaterThan(0);
    expect(refused.size).toBeGreaterThan(0);
    expect(new Set([...delivered, ...refused]).size).toBe(1000);
    expect(delivered.size + refused.size).toBe(1000);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type INestApplication } from '@nestjs/common';
import { AvroSerde, type RawArrival } from '@i94/avro';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { createKafka, TOPICS } from '@i94/kafka';
import { type ConsumedMessage, readTopicFrom, stackEndpoints, topicEndOffsets } from '@i94/testing';
import { startGateway } from './gateway-app';

const SAMPLE = join(__dirname, '../../../data/sample/immigration_data_sample.csv');
const STRING_FIELDS = new Set(['i94port', 'i94addr', 'dtadfile', 'visapost', 'occup', 'entdepa', 'entdepd', 'entdepu', 'matflag', 'dtaddto', 'gender', 'insnum', 'airline', 'fltno', 'visatype']);

// An independent reading of the sample: split on commas (the sample has no quoted fields),
// numbers through Number(), empty cells as null. Deliberately not the domain's reader.
function expectedFromCsv(): Map<number, Record<string, unknown>> {
  const [header, ...rows] = readFileSync(SAMPLE, 'utf8').trim().split(/\r?\n/);
  const names = header.split(',');
  return new Map(
    rows.map((row) => {
      const cells = row.split(',');
      const record = Object.fromEntries(
        names.slice(1).map((name, i) => {
          const cell = cells[i + 1].trim();
          return [name, cell === '' ? null : STRING_FIELDS.has(name) ? cell : Number(cell)];
        }),
      );
      return [record.cicid as number, record];
    }),
  );
}

describe('ingest-gateway: the sample through the real Kafka and registry', () => {
  const { kafkaBrokers, schemaRegistryUrl } = stackEndpoints();
  const kafka = createKafka({ brokers: kafkaBrokers, clientId: 'gateway-int-test' });
  const serde = AvroSerde.forUrl(schemaRegistryUrl);
  let gateway: { app: INestApplication; url: string };

  beforeAll(async () => {
    gateway = await startGateway();
  });
  afterAll(() => gateway.app.close());

  it('accepts all 1000 records and they decode to the values of the CSV', async () => {
    const from = await topicEndOffsets(kafka, TOPICS.raw);
    const res = await fetch(`${gateway.url}/v1/feeds/2016-04-30/records`, {
      method: 'POST',
      headers: { 'x-api-key': LOCAL_DEV_KEYS.producer, 'content-type': 'text/csv', 'x-source-file': 'immigration_data_sample.csv' },
      body: readFileSync(SAMPLE),
    });
    const summary = (await res.json()) as { batchId: string };
    expect(res.status).toBe(200);
    expect(summary).toMatchObject({ feedDate: '2016-04-30', accepted: 1000, rejected: 0, rejections: [] });

    const ours = (ms: ConsumedMessage[]) => ms.filter((m) => m.headers.batchId === summary.batchId);
    const messages = ours(await readTopicFrom(kafka, TOPICS.raw, from, (ms) => ours(ms).length >= 1000));
    expect(messages).toHaveLength(1000);

    const expected = expectedFromCsv();
    for (const message of messages) {
      const value = await serde.decode<RawArrival>(message.value);
      expect(message.key).toBe(`${value.i94yr}-${String(value.i94mon).padStart(2, '0')}/${value.cicid}`); // the arrival key, YYYY-MM/cicid
      const { batchId, feedDate, sourceFile, sourceLine, ingestedAt, qualityFlags, ...fields } = value;
      expect(fields).toEqual(expected.get(value.cicid));
      expect({ batchId, sourceFile }).toEqual({ batchId: summary.batchId, sourceFile: 'immigration_data_sample.csv' });
      expect(feedDate).toBe(Date.UTC(2016, 3, 30) / 86_400_000);
      expect(sourceLine).toBeGreaterThanOrEqual(2);
      expect(ingestedAt).toBeGreaterThan(0);
      expect(Array.isArray(qualityFlags)).toBe(true);
    }
  });

  it('totals the feed and publishes the end-of-feed marker', async () => {
    const from = await topicEndOffsets(kafka, TOPICS.feedsCompleted);
    const res = await fetch(`${gateway.url}/v1/feeds/2016-04-29/complete`, {
      method: 'POST',
      headers: { 'x-api-key': LOCAL_DEV_KEYS.producer, 'content-type': 'application/json' },
      body: JSON.stringify({ expectedCount: 0 }),
    });
    expect(res.status).toBe(200);
    const markers = await readTopicFrom(kafka, TOPICS.feedsCompleted, from, (ms) => ms.some((m) => m.key === '2016-04-29'));
    const marker = await serde.decode<{ expectedCount: number; rawEndOffsets: unknown[] }>(markers.find((m) => m.key === '2016-04-29')!.value);
    expect(marker.expectedCount).toBe(0);
    expect(marker.rawEndOffsets).toHaveLength(6);
  });

  it('counts the push and the completed feed on /metrics, and reports Kafka and the registry ready', async () => {
    const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(metrics).toMatch(/^i94_gateway_records_accepted_total\{service="ingest-gateway"\} 1000$/m);
    expect(metrics).toMatch(/^i94_gateway_push_seconds_count\{service="ingest-gateway",outcome="durable"\} 1$/m);
    // the shared default topics may hold other tests' batches of that day, so agreement is not asserted
    expect(metrics).toMatch(/^i94_gateway_feeds_completed_total\{counts_agree="(true|false)",service="ingest-gateway"\} 1$/m);
    expect(metrics).toMatch(/^i94_ready\{check="kafka",service="ingest-gateway"\} 1$/m);
    expect(metrics).toMatch(/^i94_ready\{check="schemaRegistry",service="ingest-gateway"\} 1$/m);
  });
});

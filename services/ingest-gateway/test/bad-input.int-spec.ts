import { type INestApplication } from '@nestjs/common';
import { AvroSerde, type DeadLetter, type RawArrival } from '@i94/avro';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { createKafka, TOPICS } from '@i94/kafka';
import { readTopicFrom, stackEndpoints, topicEndOffsets } from '@i94/testing';
import { GATEWAY_CORPUS } from './bad-input-corpus';
import { startGateway } from './gateway-app';

// Every case of the corpus gets its documented status; for accepted requests the bad line is
// dead-lettered with its reason while the valid lines of the same request land on the raw topic.
describe('ingest-gateway: bad-input corpus', () => {
  const { kafkaBrokers, schemaRegistryUrl } = stackEndpoints();
  const kafka = createKafka({ brokers: kafkaBrokers, clientId: 'gateway-corpus-test' });
  const serde = AvroSerde.forUrl(schemaRegistryUrl);
  let gateway: { app: INestApplication; url: string };
  const batches: { name: string; batchId: string; reason: string | null | undefined; flag?: string; line: number }[] = [];
  let rawFrom: Map<number, string>;
  let dlqFrom: Map<number, string>;

  beforeAll(async () => {
    // small limits so the limit cases stay small: 64 KiB lines, 1 MiB bodies
    gateway = await startGateway({ MAX_LINE_BYTES: String(64 * 1024), MAX_BODY_BYTES: String(1024 * 1024) });
    [rawFrom, dlqFrom] = await Promise.all([topicEndOffsets(kafka, TOPICS.raw), topicEndOffsets(kafka, TOPICS.dlq)]);
  });
  afterAll(() => gateway.app.close());

  it('holds at least 20 kinds of bad input', () => {
    expect(GATEWAY_CORPUS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(GATEWAY_CORPUS.map((c) => [c.name, c] as const))('%s → documented status and verdict', async (_name, c) => {
    const headers: Record<string, string> = { 'x-api-key': LOCAL_DEV_KEYS.producer, ...c.headers };
    if (c.contentType) headers['content-type'] = c.contentType;
    const res = await fetch(`${gateway.url}/v1/feeds/${c.feedDate ?? '2016-04-30'}/records`, { method: 'POST', headers, body: c.body });
    const body = (await res.json()) as { message: string; batchId: string; rejections: { reason: string; line: number }[] };
    expect({ status: res.status, body }).toMatchObject({ status: c.status });
    if (c.status !== 200) {
      expect(body.message).toEqual(expect.any(String));
      return;
    }
    const rejectedLine = c.reason ? 1 : 0;
    expect(body).toMatchObject({ accepted: 3 - rejectedLine, rejected: rejectedLine });
    // the bad line is the second record: line 3 under a CSV header, line 2 of NDJSON
    const line = c.contentType === 'text/csv' ? 3 : 2;
    if (c.reason) expect(body.rejections[0]).toMatchObject({ reason: c.reason, line });
    batches.push({ name: c.name, batchId: body.batchId, reason: c.reason, flag: c.flag, line });
  });

  it('dead-letters each bad line with its reason and the original bytes, and lands the valid lines', async () => {
    const rejecting = batches.filter((b) => b.reason);
    const dlq = await readTopicFrom(kafka, TOPICS.dlq, dlqFrom, (ms) => rejecting.every((b) => ms.some((m) => m.headers.batchId === b.batchId)));
    for (const b of rejecting) {
      const letter = await serde.decode<DeadLetter>(dlq.find((m) => m.headers.batchId === b.batchId)!.value);
      expect({ case: b.name, reason: letter.reasonCode }).toEqual({ case: b.name, reason: b.reason });
      expect(letter.payload.length).toBeGreaterThan(0);
      expect(letter.sourceLine).toBe(b.line);
    }
    const raw = await readTopicFrom(kafka, TOPICS.raw, rawFrom, (ms) => batches.every((b) => ms.filter((m) => m.headers.batchId === b.batchId).length === (b.reason ? 2 : 3)));
    for (const b of batches.filter((x) => x.flag)) {
      const values = await Promise.all(raw.filter((m) => m.headers.batchId === b.batchId).map((m) => serde.decode<RawArrival>(m.value)));
      expect({ case: b.name, flagged: values.some((v) => v.qualityFlags.includes(b.flag!)) }).toEqual({ case: b.name, flagged: true });
    }
  });

  it.each([
    ['no key', {}, 401],
    ['an unknown key', { 'x-api-key': 'guess' }, 401],
    ['a reader key', { 'x-api-key': LOCAL_DEV_KEYS.reader }, 403],
  ])('refuses %s', async (_name, headers, status) => {
    const res = await fetch(`${gateway.url}/v1/feeds/2016-04-30/records`, { method: 'POST', headers: { 'content-type': 'text/csv', ...headers }, body: 'x' });
    expect(res.status).toBe(status);
  });

  it('refuses a completion without a whole expected count', async () => {
    const res = await fetch(`${gateway.url}/v1/feeds/2016-04-30/complete`, {
      method: 'POST',
      headers: { 'x-api-key': LOCAL_DEV_KEYS.producer, 'content-type': 'application/json' },
      body: JSON.stringify({ expectedCount: 'lots' }),
    });
    expect(res.status).toBe(400);
  });
});

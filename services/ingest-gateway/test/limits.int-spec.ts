import { type INestApplication } from '@nestjs/common';
import { hashApiKey } from '@i94/auth';
import { createKafka, topicNames } from '@i94/kafka';
import { randomNamespace, readTopicFrom, SAMPLE_CSV, stackEndpoints } from '@i94/testing';
import { readFileSync } from 'node:fs';
import { startGateway } from './gateway-app';

const [HEADER, ...ROWS] = readFileSync(SAMPLE_CSV, 'utf8').trim().split(/\r?\n/);
const KEYS = { a: 'limits-key-a', b: 'limits-key-b' };
const API_KEYS = `feed-a:producer:${hashApiKey(KEYS.a)},feed-b:producer:${hashApiKey(KEYS.b)}`;

const push = (url: string, key: string, body: string, contentType = 'text/csv') =>
  fetch(`${url}/v1/feeds/2016-04-30/records`, { method: 'POST', headers: { 'x-api-key': key, 'content-type': contentType }, body });

// The gateway's limits, each small enough to hit: requests per key, line, body and completion
// sizes, rejections reported per answer, and records per publish batch (none of them loses a record).
describe('ingest-gateway limits', () => {
  describe('rate limit per key (1 request/s, burst 2)', () => {
    let gateway: { app: INestApplication; url: string };
    beforeAll(async () => {
      gateway = await startGateway({ TOPIC_NAMESPACE: randomNamespace('ratelimit'), API_KEYS, RATE_LIMIT_PER_SECOND: '1' });
    });
    afterAll(() => gateway.app.close());

    it('throttles a key past its burst with 429 and Retry-After, and not another key', async () => {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await push(gateway.url, KEYS.a, 'x')).status);
      const throttled = await push(gateway.url, KEYS.a, 'x');
      expect(statuses.slice(0, 2)).toEqual([400, 400]);
      expect(throttled.status).toBe(429);
      expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await push(gateway.url, KEYS.b, 'x')).status).toBe(400);
      expect((await push(gateway.url, 'no-such-key', 'x')).status).toBe(401);
    });
  });

  describe('sizes', () => {
    const namespace = randomNamespace('limits');
    const kafka = createKafka({ brokers: stackEndpoints().kafkaBrokers, clientId: 'gateway-limits' });
    let gateway: { app: INestApplication; url: string };
    beforeAll(async () => {
      const env = { TOPIC_NAMESPACE: namespace, API_KEYS, MAX_LINE_BYTES: '1024', MAX_BODY_BYTES: String(64 * 1024), PUBLISH_BATCH_SIZE: '5', MAX_REPORTED_REJECTIONS: '3' };
      gateway = await startGateway(env);
    });
    afterAll(() => gateway.app.close());

    it('refuses a body over MAX_BODY_BYTES with 413, and a completion body over 16 KiB with 413', async () => {
      expect((await push(gateway.url, KEYS.a, [HEADER, ...ROWS.slice(0, 600)].join('\n'))).status).toBe(413);
      const complete = await fetch(`${gateway.url}/v1/feeds/2016-04-30/complete`, {
        method: 'POST', headers: { 'x-api-key': KEYS.a, 'content-type': 'application/json' }, body: JSON.stringify({ expectedCount: 1, pad: 'x'.repeat(17 * 1024) }),
      });
      expect(complete.status).toBe(413);
    });

    it('refuses a completion body that is not JSON with 400, not 500', async () => {
      const res = await fetch(`${gateway.url}/v1/feeds/2016-04-30/complete`, { method: 'POST', headers: { 'x-api-key': KEYS.a, 'content-type': 'application/json' }, body: '{"expectedCount": 1' });
      expect(res.status).toBe(400);
    });

    it('dead-letters a line over MAX_LINE_BYTES and reads on; publishes in batches of PUBLISH_BATCH_SIZE without losing one; reports at most MAX_REPORTED_REJECTIONS', async () => {
      const bad = Array.from({ length: 10 }, () => 'not,a,row');
      const body = [HEADER, ROWS[0].replace(/,,,G,/, `,,${'X'.repeat(1100)},G,`), ...ROWS.slice(1, 24), ...bad].join('\n');
      const res = await push(gateway.url, KEYS.a, body);
      const answer = (await res.json()) as { batchId: string; accepted: number; rejected: number; rejections: { line: number; reason: string }[] };
      expect(answer).toMatchObject({ accepted: 23, rejected: 11 });
      expect(answer.rejections).toEqual([expect.objectContaining({ line: 2, reason: 'LINE_TOO_LONG' }), expect.objectContaining({ reason: 'RAGGED_ROW' }), expect.objectContaining({ reason: 'RAGGED_ROW' })]);
      const topics = topicNames(namespace);
      const mine = (ms: { headers: Record<string, string> }[]) => ms.filter((m) => m.headers.batchId === answer.batchId);
      expect(mine(await readTopicFrom(kafka, topics.raw, new Map(), (ms) => mine(ms).length >= 23))).toHaveLength(23);
      expect(mine(await readTopicFrom(kafka, topics.dlq, new Map(), (ms) => mine(ms).length >= 11))).toHaveLength(11);
    });
  });
});

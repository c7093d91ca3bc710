import { batchOf } from '../../test/batches';
import { type Answer, type FakeGateway, startFakeGateway } from '../../test/fake-gateway';
import { type Batch } from './batch';
import { GatewayClient } from './gateway-client';

const HEADER = ',cicid,i94yr,arrdate';
const batch = (sourceLines: number[] = [10, 11]): Batch =>
  batchOf({
    file: '/data/april feed.csv',
    feedDate: '2016-04-22',
    contentType: 'text/csv',
    header: HEADER,
    lines: sourceLines.map((line) => `${line},${line}.0,2016.0,20566.0`),
    sourceLines,
  });
const ack = (accepted: number): Answer => ({ status: 200, body: { batchId: 'b-1', feedDate: '2016-04-22', accepted, rejected: 0, rejections: [] } });
const error = (status: number, message: string, headers?: Record<string, string>): Answer => ({ status, headers, body: { statusCode: status, error: 'Error', message } });
const sleeps: number[] = [];
const fastPolicy = { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 50 };

let gateway: FakeGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
  sleeps.length = 0;
});

async function clientFor(answers: Answer[]): Promise<GatewayClient> {
  gateway = await startFakeGateway((_request, index) => answers[Math.min(index, answers.length - 1)]);
  const sleep = async (ms: number) => {
    sleeps.push(ms);
  };
  return new GatewayClient({ baseUrl: gateway.url, apiKey: 'test-key', policy: fastPolicy, sleep, random: () => 0 });
}

describe('GatewayClient against a real HTTP server', () => {
  it('retries a 503 and succeeds on the next 200, honouring Retry-After', async () => {
    const client = await clientFor([error(503, 'Kafka is unavailable', { 'retry-after': '0' }), ack(2)]);
    const result = await client.postRecords(batch());
    expect(result).toMatchObject({ ok: true, attempts: 2, value: { batchId: 'b-1', accepted: 2 } });
    expect(gateway?.requests).toHaveLength(2);
    expect(sleeps).toEqual([0]);
  });

  it('does not retry a 400 and reports the gateway message', async () => {
    const client = await clientFor([error(400, 'feedDate must be YYYY-MM-DD'), ack(2)]);
    const result = await client.postRecords(batch());
    expect(result).toEqual({ ok: false, status: 400, attempts: 1, error: 'HTTP 400: Error: feedDate must be YYYY-MM-DD', offsetSent: true });
    expect(gateway?.requests).toHaveLength(1);
  });

  it('retries 429 and 502/504, and gives up after maxAttempts', async () => {
    const client = await clientFor([error(429, 'slow down', { 'retry-after': '1' }), error(502, 'bad gateway'), error(504, 'timeout')]);
    const result = await client.postRecords(batch());
    expect(result).toMatchObject({ ok: false, status: 504, attempts: 4 });
    expect(gateway?.requests).toHaveLength(4);
    // Retry-After 1 s is cut to maxRetryAfterMs (50), then backoff 5*2^(n-1)/2 with random()=0.
    expect(sleeps).toEqual([50, 5, 10]);
  });

  it('retries a dropped connection (no HTTP answer at all)', async () => {
    const client = await clientFor(['drop', ack(2)]);
    expect(await client.postRecords(batch())).toMatchObject({ ok: true, attempts: 2 });
  });

  it('sends the API key, content type, source file and line offset with the CSV body', async () => {
    const client = await clientFor([ack(2)]);
    await client.postRecords(batch([10, 11]));
    const [request] = gateway?.requests ?? [];
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/feeds/2016-04-22/records');
    expect(request.headers).toMatchObject({ 'x-api-key': 'test-key', 'content-type': 'text/csv', 'x-source-file': 'april feed.csv', 'x-source-line-offset': '8' });
    expect(request.body).toBe(`${HEADER}\n10,10.0,2016.0,20566.0\n11,11.0,2016.0,20566.0\n`);
  });

  it('sends one Idempotency-Key on every attempt of a batch, and another for the next batch', async () => {
    const client = await clientFor([error(503, 'Kafka is unavailable', { 'retry-after': '0' }), ack(2)]);
    await client.postRecords(batch());
    await client.postRecords(batch());
    const keys = (gateway?.requests ?? []).map((r) => r.headers['idempotency-key']);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect([keys[1] === keys[0], keys[2] === keys[0]]).toEqual([true, false]);
  });

  it('leaves the offset out when the records are not consecutive lines', async () => {
    const client = await clientFor([ack(2)]);
    const result = await client.postRecords(batch([10, 14]));
    expect(result.offsetSent).toBe(false);
    expect(gateway?.requests[0].headers['x-source-line-offset']).toBeUndefined();
  });

  it('treats a 200 with a body it cannot read as a failure, without retrying', async () => {
    const client = await clientFor([{ status: 200, body: { hello: 'world' } }]);
    expect(await client.postRecords(batch())).toMatchObject({ ok: false, status: 200, attempts: 1 });
  });

  it('reports a refused connection after the attempts run out', async () => {
    const client = await clientFor([ack(1)]);
    await gateway?.close();
    const result = await client.postRecords(batch());
    expect(result).toMatchObject({ ok: false, status: null, attempts: 4 });
    expect(result.ok ? '' : result.error).toMatch(/fetch failed|ECONNREFUSED/);
  });

  it('completes a feed with the expected count', async () => {
    const client = await clientFor([{ status: 200, body: { feedDate: '2016-04-22', expectedCount: 2, accepted: 2, rejected: 0, countsAgree: true } }]);
    const result = await client.completeFeed('2016-04-22', 2);
    expect(result).toMatchObject({ ok: true, value: { countsAgree: true } });
    expect(gateway?.requests[0]).toMatchObject({ path: '/v1/feeds/2016-04-22/complete', body: '{"expectedCount":2}' });
    expect(gateway?.requests[0].headers['content-type']).toBe('application/json');
  });
});

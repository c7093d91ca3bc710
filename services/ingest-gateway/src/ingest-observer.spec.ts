import { Writable } from 'node:stream';
import pino from 'pino';
import { Registry } from 'prom-client';
import { BrokerUnavailableError } from '@i94/kafka';
import { MalformedFeedError } from './feed-ingest.service';
import { gatewayMetrics, IngestObserver } from './ingest-observer';

/** An observer whose JSON log lines are kept, over a fresh registry. */
function observed() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => done(void lines.push(JSON.parse(chunk.toString()))) });
  const registry = new Registry();
  return { lines, registry, observer: new IngestObserver(gatewayMetrics(registry), pino(sink)) };
}

const summary = { batchId: '2016-04-22-abc-1234', feedDate: '2016-04-22', accepted: 998, rejected: 2, rejections: [], replayed: false };

describe('IngestObserver', () => {
  it('counts a durable push and logs it with its batch id', async () => {
    const { lines, registry, observer } = observed();
    await expect(observer.push(async () => summary)).resolves.toBe(summary);
    const text = await registry.metrics();
    expect(text).toContain('i94_gateway_records_accepted_total 998');
    expect(text).toContain('i94_gateway_records_rejected_total 2');
    expect(text).toContain('i94_gateway_push_seconds_count{outcome="durable"} 1');
    expect(lines).toEqual([expect.objectContaining({ msg: 'batch durable', batchId: '2016-04-22-abc-1234', accepted: 998, rejected: 2 })]);
  });

  it.each([
    ['unavailable', new BrokerUnavailableError('broker down')],
    ['refused', new MalformedFeedError('no header')],
    ['failed', new Error('a bug')],
  ])('times a failed push as %s and counts no records', async (outcome, error) => {
    const { registry, observer } = observed();
    await expect(observer.push(async () => Promise.reject(error))).rejects.toBe(error);
    const text = await registry.metrics();
    expect(text).toContain(`i94_gateway_push_seconds_count{outcome="${outcome}"} 1`);
    expect(text).toContain('i94_gateway_records_accepted_total 0');
  });

  it('counts completed feeds by whether their counts agree', async () => {
    const { lines, registry, observer } = observed();
    observer.completed({ feedDate: '2016-04-22', expectedCount: 1000, accepted: 998, rejected: 2, countsAgree: true });
    observer.completed({ feedDate: '2016-04-23', expectedCount: 10, accepted: 9, rejected: 0, countsAgree: false });
    const text = await registry.metrics();
    expect(text).toContain('i94_gateway_feeds_completed_total{counts_agree="true"} 1');
    expect(text).toContain('i94_gateway_feeds_completed_total{counts_agree="false"} 1');
    expect(lines.map((l) => l.msg)).toEqual(['feed completed', 'feed completed; counts disagree']);
  });
});

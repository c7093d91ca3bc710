import { textTable } from '../cli/text-table';
import { type PipelineStatus } from './gather-status';
import { renderStatus } from './render-status';

const status: PipelineStatus = {
  at: '2026-11-21T01:30:00.000Z',
  namespace: 'staging.',
  services: [
    { service: 'ingest-gateway', url: 'http://127.0.0.1:3001', health: 'up', ready: true, detail: null },
    { service: 'enricher', url: 'http://127.0.0.1:3003', health: 'down', ready: null, detail: '/health: ECONNREFUSED' },
    { service: 'parquet-rollup', url: 'http://127.0.0.1:3005', health: 'unresponsive', ready: null, detail: '/health: no answer within 10000 ms' },
  ],
  lag: { ok: true, value: [{ group: 'staging.i94-enricher', service: 'enricher', topic: 'staging.i94.arrivals.raw.v1', lag: 7, partitions: [{ partition: 0, committed: 3, high: 10, lag: 7 }, { partition: 1, committed: -1, high: 0, lag: 0 }] }] },
  deadLetters: { ok: true, value: { total: 3, byReason: [{ reason: 'NOT_A_NUMBER', count: 3 }], groups: [{ reason: 'NOT_A_NUMBER', service: 'ingest-gateway', field: 'cicid', count: 3 }] } },
  dimensions: { ok: false, error: 'no answer within 30000 ms' },
  months: { ok: true, value: [] },
  reconciliation: null,
  feeds: { ok: true, value: [{ feedDate: '2016-04-01', batches: 2, accepted: 98, rejected: 2, expected: 100, completedAt: Date.parse('2026-11-21T01:00:00Z'), batchesAfterCompletion: 0, state: 'ok' }] },
};

describe('renderStatus', () => {
  const text = renderStatus(status);

  it('shows a service that is down as down, with why', () => {
    expect(text).toMatch(/enricher\s+down\s+-\s+http:\/\/127\.0\.0\.1:3003\s+\/health: ECONNREFUSED/);
    expect(text).toMatch(/ingest-gateway\s+up\s+ready/);
    expect(text).toMatch(/parquet-rollup\s+unresponsive\s+-/);
  });

  it('shows lag per partition, an unreadable part as unavailable, and the feeds', () => {
    expect(text).toContain('0:3/10 1:-/0');
    expect(text).toContain('dimensions\n  unavailable: no answer within 30000 ms');
    expect(text).toContain('no rolled-up files yet');
    expect(text).toMatch(/2016-04-01\s+2\s+98\s+2\s+100\s+2026-11-21 01:00:00\s+ok/);
    expect(text).toContain('namespace staging.');
  });
});

describe('textTable', () => {
  it('pads columns and right-aligns numeric ones', () => {
    expect(textTable(['name', 'n'], [['a', 1], ['bbb', 100]])).toBe('name    n\na       1\nbbb   100');
    expect(textTable(['name', 'detail'], [['a', null]])).toBe('name  detail\na     -');
  });
});

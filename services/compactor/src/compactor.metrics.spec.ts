import { Registry } from 'prom-client';
import { compactorMetrics, countCompaction } from './compactor.metrics';

describe('compactor metrics', () => {
  it('counts a compacted month with its duration, rows and the time it succeeded', async () => {
    const registry = new Registry();
    const metrics = compactorMetrics(registry);
    countCompaction(metrics, { month: '2016-04', skipped: false, version: 3, newInputs: 2, sources: 3, rowsRead: 1200, rows: 1000, states: 55, ms: 2500 }, 1_700_000_000_000);
    const text = await registry.metrics();
    expect(text).toContain('i94_compactor_compactions_total{outcome="compacted"} 1');
    expect(text).toContain('i94_compactor_compaction_seconds_sum 2.5');
    expect(text).toContain('i94_compactor_rows_compacted_total 1000');
    expect(text).toContain('i94_compactor_last_success_timestamp_seconds 1700000000');
  });

  it('counts an unchanged month as a success without a duration', async () => {
    const registry = new Registry();
    countCompaction(compactorMetrics(registry), { month: '2016-04', skipped: true, reason: 'no new files since the last compaction' }, 1_700_000_060_000);
    const text = await registry.metrics();
    expect(text).toContain('i94_compactor_compactions_total{outcome="skipped"} 1');
    expect(text).toContain('i94_compactor_compaction_seconds_count 0');
    expect(text).toContain('i94_compactor_last_success_timestamp_seconds 1700000060');
  });
});

import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { type CompactionResult } from './month-compaction';

/** What the compactor counts, for /metrics. */
export function compactorMetrics(registry: Registry) {
  const metrics = {
    compactions: new Counter({ name: 'i94_compactor_compactions_total', help: 'month compactions by outcome', labelNames: ['outcome'], registers: [registry] }),
    compactionSeconds: new Histogram({ name: 'i94_compactor_compaction_seconds', help: 'time to compact one month that had new files', buckets: [1, 5, 15, 30, 60, 120, 300, 600, 1200], registers: [registry] }),
    rowsCompacted: new Counter({ name: 'i94_compactor_rows_compacted_total', help: 'rows written to compacted month versions', registers: [registry] }),
    lastSuccess: new Gauge({ name: 'i94_compactor_last_success_timestamp_seconds', help: 'when a compaction last succeeded or found its month unchanged, or the service started (unix seconds)', registers: [registry] }),
  };
  metrics.lastSuccess.set(Date.now() / 1000); // a fresh restart is not "no compaction for N hours"
  return metrics;
}

export type CompactorMetrics = ReturnType<typeof compactorMetrics>;

/** Counts one finished compaction (a month compacted, or found unchanged). */
export function countCompaction(metrics: CompactorMetrics, result: CompactionResult, now = Date.now()): void {
  metrics.compactions.inc({ outcome: result.skipped ? 'skipped' : 'compacted' });
  if (!result.skipped) {
    metrics.compactionSeconds.observe(result.ms / 1000);
    metrics.rowsCompacted.inc(result.rows);
  }
  metrics.lastSuccess.set(now / 1000);
}

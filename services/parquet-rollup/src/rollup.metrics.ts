import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** What parquet-rollup counts, for /metrics. */
export function rollupMetrics(registry: Registry) {
  const metrics = {
    recordsIn: new Counter({ name: 'i94_rollup_records_in_total', help: 'enriched messages consumed', registers: [registry] }),
    lag: new Gauge({ name: 'i94_rollup_lag_records', help: 'records behind the enriched topic end, per partition', labelNames: ['partition'], registers: [registry] }),
    batchSeconds: new Histogram({ name: 'i94_rollup_batch_seconds', help: 'time to handle one consumed batch, uploads of the rolls it closes included', buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30], registers: [registry] }),
    rowsBuffered: new Gauge({ name: 'i94_rollup_rows_buffered', help: 'rows waiting in open files', labelNames: ['partition'], registers: [registry] }),
    rowsCommitted: new Counter({ name: 'i94_rollup_rows_committed_total', help: 'rows in committed Parquet files', registers: [registry] }),
    files: new Counter({ name: 'i94_rollup_files_total', help: 'Parquet objects uploaded in committed rolls', registers: [registry] }),
    // starts at the service's start, so "no roll for N hours" is not raised by a fresh restart
    lastCommit: new Gauge({ name: 'i94_rollup_last_commit_timestamp_seconds', help: 'when the last roll was committed, or the service started (unix seconds)', registers: [registry] }),
    rolls: new Counter({ name: 'i94_rollup_rolls_total', help: 'files closed, by reason', labelNames: ['reason'], registers: [registry] }),
    retries: new Counter({ name: 'i94_rollup_retries_total', help: 'retries after a retriable failure', labelNames: ['error'], registers: [registry] }),
    deadLetters: new Counter({ name: 'i94_rollup_dead_letters_total', help: 'enriched messages sent to the DLQ', registers: [registry] }),
  };
  metrics.lastCommit.set(Date.now() / 1000);
  return metrics;
}

export type RollupMetrics = ReturnType<typeof rollupMetrics>;

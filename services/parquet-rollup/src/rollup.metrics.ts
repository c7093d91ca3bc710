import { Counter, Gauge, type Registry } from 'prom-client';

/** What parquet-rollup counts, for /metrics. */
export function rollupMetrics(registry: Registry) {
  return {
    rowsBuffered: new Gauge({ name: 'i94_rollup_rows_buffered', help: 'rows waiting in open files', labelNames: ['partition'], registers: [registry] }),
    rowsCommitted: new Counter({ name: 'i94_rollup_rows_committed_total', help: 'rows in committed Parquet files', registers: [registry] }),
    rolls: new Counter({ name: 'i94_rollup_rolls_total', help: 'files closed, by reason', labelNames: ['reason'], registers: [registry] }),
    retries: new Counter({ name: 'i94_rollup_retries_total', help: 'retries after a retriable failure', labelNames: ['error'], registers: [registry] }),
    deadLetters: new Counter({ name: 'i94_rollup_dead_letters_total', help: 'enriched messages sent to the DLQ', registers: [registry] }),
  };
}

export type RollupMetrics = ReturnType<typeof rollupMetrics>;

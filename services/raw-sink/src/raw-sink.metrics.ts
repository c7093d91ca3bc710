import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** What raw-sink counts, for /metrics. */
export function rawSinkMetrics(registry: Registry) {
  return {
    recordsIn: new Counter({ name: 'i94_raw_sink_records_in_total', help: 'raw messages consumed', registers: [registry] }),
    rowsWritten: new Counter({ name: 'i94_raw_sink_rows_written_total', help: 'raw arrivals upserted into Cassandra', registers: [registry] }),
    deadLetters: new Counter({ name: 'i94_raw_sink_dead_letters_total', help: 'messages that could not be decoded, sent to the DLQ', labelNames: ['reason'], registers: [registry] }),
    retries: new Counter({ name: 'i94_raw_sink_retries_total', help: 'batch retries after a retriable failure', labelNames: ['error'], registers: [registry] }),
    lag: new Gauge({ name: 'i94_raw_sink_lag_records', help: 'records behind the raw topic end, per partition', labelNames: ['partition'], registers: [registry] }),
    batchSeconds: new Histogram({ name: 'i94_raw_sink_batch_seconds', help: 'time to make one batch durable', buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry] }),
  };
}

export type RawSinkMetrics = ReturnType<typeof rawSinkMetrics>;

import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { type DimensionCache } from '@i94/dimensions';

/** What the enricher counts, for /metrics. */
export function enricherMetrics(registry: Registry) {
  return {
    recordsIn: new Counter({ name: 'i94_enricher_records_in_total', help: 'raw arrivals consumed', registers: [registry] }),
    recordsOut: new Counter({ name: 'i94_enricher_records_out_total', help: 'enriched arrivals produced', registers: [registry] }),
    deadLetters: new Counter({ name: 'i94_enricher_dead_letters_total', help: 'raw messages sent to the DLQ', labelNames: ['reason'], registers: [registry] }),
    retries: new Counter({ name: 'i94_enricher_retries_total', help: 'batch retries after a retriable failure', labelNames: ['error'], registers: [registry] }),
    lag: new Gauge({ name: 'i94_enricher_lag_records', help: 'records behind the raw topic end, per partition', labelNames: ['partition'], registers: [registry] }),
    batchSeconds: new Histogram({ name: 'i94_enricher_batch_seconds', help: 'time to enrich and commit one batch', buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [registry] }),
  };
}

export type EnricherMetrics = ReturnType<typeof enricherMetrics>;

/** Lookups and misses per dimension, read from the cache whenever /metrics is scraped. */
export function dimensionMetrics(registry: Registry, cache: Pick<DimensionCache, 'stats'>) {
  const stat = (name: string, help: string, field: 'lookups' | 'misses') =>
    new Gauge({
      name, help, labelNames: ['dimension'], registers: [registry],
      collect() {
        for (const [dimension, stats] of Object.entries(cache.stats())) this.set({ dimension }, stats[field]);
      },
    });
  stat('i94_enricher_dimension_lookups', 'dimension lookups since start', 'lookups');
  stat('i94_enricher_dimension_misses', 'lookups of codes the dimension does not have', 'misses');
}

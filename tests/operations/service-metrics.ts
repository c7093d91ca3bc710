import { Histogram, type Registry, Summary } from 'prom-client';
import { createMetricsRegistry, httpRequestMetric, registerReadinessMetric } from '@i94/observability';
/* eslint-disable @nx/enforce-module-boundaries -- the alert rules and the operations page must name
   the metrics the services really register, so this reads the services' metric definitions. */
import { compactorMetrics } from '../../services/compactor/src/compactor.metrics';
import { dimensionMetrics, enricherMetrics } from '../../services/enricher/src/enricher.metrics';
import { gatewayMetrics } from '../../services/ingest-gateway/src/ingest-observer';
import { rollupMetrics } from '../../services/parquet-rollup/src/rollup.metrics';
import { rawSinkMetrics } from '../../services/raw-sink/src/raw-sink.metrics';

/** What each service registers on top of what ObservabilityModule adds to every one (readiness, HTTP timings). */
const REGISTRATIONS: Record<string, (registry: Registry) => void> = {
  'ingest-gateway': (r) => void gatewayMetrics(r),
  'query-api': () => undefined,
  enricher: (r) => {
    enricherMetrics(r);
    dimensionMetrics(r, { stats: () => ({}) as never });
  },
  'raw-sink': (r) => void rawSinkMetrics(r),
  'parquet-rollup': (r) => void rollupMetrics(r),
  compactor: (r) => void compactorMetrics(r),
};

export interface MetricFamily {
  name: string;
  help: string;
  /** The series names it exposes: a histogram adds _bucket, _sum and _count. */
  series: string[];
}

/** The metric families each service's /metrics exposes, built as the services build them. */
export function serviceMetrics(): Record<string, MetricFamily[]> {
  return Object.fromEntries(
    Object.entries(REGISTRATIONS).map(([service, register]) => {
      const registry = createMetricsRegistry(service);
      register(registry);
      registerReadinessMetric(registry, [{ name: 'server', check: async () => undefined }]);
      httpRequestMetric(registry);
      const families = registry.getMetricsAsArray().map((m) => {
        const { name, help } = m as unknown as { name: string; help: string };
        const series = m instanceof Histogram || m instanceof Summary ? [`${name}_bucket`, `${name}_sum`, `${name}_count`] : [name];
        return { name, help, series };
      });
      return [service, families];
    }),
  );
}

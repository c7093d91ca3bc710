import { collectDefaultMetrics, Registry } from 'prom-client';

/** A prom-client registry per service with the process metrics (RSS, event loop lag, GC). */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

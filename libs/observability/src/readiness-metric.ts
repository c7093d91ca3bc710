import { Gauge, type Registry } from 'prom-client';
import { type ReadinessCheck, runReadinessChecks } from './readiness';

export const READY_METRIC = 'i94_ready';

/**
 * `i94_ready{check}`: 1 when the server the check names answers, 0 when not, measured at each
 * scrape with the checks /ready runs, so an alert sees what the readiness probe sees.
 */
export function registerReadinessMetric(registry: Registry, checks: readonly ReadinessCheck[]): void {
  if (checks.length === 0 || registry.getSingleMetric(READY_METRIC)) return;
  new Gauge({
    name: READY_METRIC,
    help: 'whether a server the service depends on answers (1) or not (0), checked at scrape time',
    labelNames: ['check'],
    registers: [registry],
    async collect() {
      const report = await runReadinessChecks(checks);
      for (const [check, result] of Object.entries(report.checks)) this.set({ check }, result.ok ? 1 : 0);
    },
  });
}

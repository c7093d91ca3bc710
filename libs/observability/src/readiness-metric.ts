import { Gauge, type Registry } from 'prom-client';
import { type ReadinessCheck, type ReadinessReport, runReadinessChecks } from '@i94/config';

export const READY_METRIC = 'i94_ready';

/**
 * `i94_ready{check}`: 1 when the server the check names answers, 0 when not, measured with the
 * checks /ready runs, so an alert sees what the readiness probe sees. A result is reused for
 * `maxAgeMs`: tools that poll /metrics every second (`i94 wait`, benchmarks) do not open a
 * Kafka admin connection each time.
 */
export function registerReadinessMetric(registry: Registry, checks: readonly ReadinessCheck[], maxAgeMs = 5000, clock: () => number = Date.now): void {
  if (checks.length === 0 || registry.getSingleMetric(READY_METRIC)) return;
  let last: { at: number; report: Promise<ReadinessReport> } | undefined;
  const report = () => {
    if (!last || clock() - last.at >= maxAgeMs) last = { at: clock(), report: runReadinessChecks(checks) };
    return last.report;
  };
  new Gauge({
    name: READY_METRIC,
    help: 'whether a server the service depends on answers (1) or not (0), checked at scrape time (at most every 5 s)',
    labelNames: ['check'],
    registers: [registry],
    async collect() {
      for (const [check, result] of Object.entries((await report()).checks)) this.set({ check }, result.ok ? 1 : 0);
    },
  });
}

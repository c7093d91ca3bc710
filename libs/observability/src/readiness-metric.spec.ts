import { Registry } from 'prom-client';
import { registerReadinessMetric } from './readiness-metric';

describe('registerReadinessMetric', () => {
  it('reports each check at scrape time, 1 when it answers and 0 when not', async () => {
    const registry = new Registry();
    let cassandraUp = true;
    let now = 0;
    registerReadinessMetric(registry, [
      { name: 'kafka', check: async () => undefined },
      { name: 'cassandra', check: async () => (cassandraUp ? undefined : Promise.reject(new Error('refused'))) },
    ], 5000, () => now);
    expect(await registry.metrics()).toContain('i94_ready{check="cassandra"} 1');
    cassandraUp = false;
    now = 5000;
    const text = await registry.metrics();
    expect(text).toContain('i94_ready{check="cassandra"} 0');
    expect(text).toContain('i94_ready{check="kafka"} 1');
  });

  it('reuses a result for the given age, so frequent scrapes check the servers once', async () => {
    const registry = new Registry();
    let checks = 0;
    let now = 0;
    registerReadinessMetric(registry, [{ name: 'kafka', check: async () => void (checks += 1) }], 5000, () => now);
    await Promise.all([registry.metrics(), registry.metrics()]);
    now = 4999;
    await registry.metrics();
    expect(checks).toBe(1);
    now = 5000;
    await registry.metrics();
    expect(checks).toBe(2);
  });

  it('registers nothing for a service without servers, and only once per registry', () => {
    const registry = new Registry();
    registerReadinessMetric(registry, []);
    expect(registry.getSingleMetric('i94_ready')).toBeUndefined();
    const checks = [{ name: 'kafka', check: async () => undefined }];
    registerReadinessMetric(registry, checks);
    expect(() => registerReadinessMetric(registry, checks)).not.toThrow();
  });
});

import { runReadinessChecks } from './readiness';

describe('runReadinessChecks', () => {
  it('is ready when every check passes', async () => {
    const report = await runReadinessChecks([{ name: 'kafka', check: async () => undefined }]);
    expect(report.ready).toBe(true);
    expect(report.checks.kafka.ok).toBe(true);
  });

  it('names the server that failed and keeps the others', async () => {
    const report = await runReadinessChecks([
      { name: 'kafka', check: async () => undefined },
      { name: 'cassandra', check: async () => Promise.reject(new Error('connection refused')) },
    ]);
    expect(report.ready).toBe(false);
    expect(report.checks.cassandra).toMatchObject({ ok: false, error: 'connection refused' });
    expect(report.checks.kafka.ok).toBe(true);
  });

  it('fails a check that hangs, after the timeout', async () => {
    const report = await runReadinessChecks([{ name: 's3', check: () => new Promise(() => undefined) }], 50);
    expect(report.checks.s3).toMatchObject({ ok: false, error: 's3 did not answer in 50 ms' });
  });
});

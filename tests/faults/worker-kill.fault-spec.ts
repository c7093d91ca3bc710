import { join } from 'node:path';
import { ObjectStore, parseRollManifest, ROLL_MANIFEST_PREFIX } from '@i94/s3-parquet';
import { stackEndpoints } from '@i94/testing';
import { Pipeline, type ServiceName } from '../support/pipeline';

const RECORDS = Number(process.env.FAULT_RECORDS ?? 200_000);
const KILLS_PER_SINK = 3;

// kill -9 of each sink three times during a generated push, restarted each time: afterwards
// Cassandra, the Parquet files and the aggregates hold every record exactly once.
describe(`faults: sinks killed with SIGKILL during a ${RECORDS.toLocaleString('en-US')}-record push`, () => {
  const pipeline = new Pipeline({ ROLL_MAX_ROWS: '20000' });
  const log: string[] = [];
  const note = (line: string) => {
    log.push(line);
    process.stderr.write(`[faults] ${line}\n`);
  };

  beforeAll(() => pipeline.start(), 180_000);
  afterAll(async () => {
    await pipeline.stop();
    process.stdout.write(`${log.join('\n')}\n`);
  });

  it('loses nothing and doubles nothing', async () => {
    const file = join(pipeline.logDir, 'feed.csv');
    expect((await pipeline.cli(['generate', '--records', String(RECORDS), '--month', '2016-04', '--out', file, '--seed', '11'])).code).toBe(0);

    const started = Date.now();
    const push = pipeline.cliJson<{ accepted: number; rejected: number }>(['feed', 'push', file, '--by-day', '--json']);
    push.catch((error: Error) => note(`push failed: ${error.message.slice(0, 600)}`));
    const victims: ServiceName[] = [];
    for (let i = 0; i < KILLS_PER_SINK; i++) victims.push('raw-sink', 'parquet-rollup');
    // crashes at random moments, also while a restarted sink is still joining its group
    for (const victim of victims) {
      await new Promise((r) => setTimeout(r, 1500 + Math.random() * 2500));
      await pipeline.kill(victim, 'SIGKILL');
      note(`${((Date.now() - started) / 1000).toFixed(1)}s  kill -9 ${victim}; restarting`);
      await pipeline.startService(victim, false);
    }
    await Promise.all([pipeline.healthy('raw-sink'), pipeline.healthy('parquet-rollup')]);
    const pushed = await push;
    note(`${((Date.now() - started) / 1000).toFixed(1)}s  push done: ${JSON.stringify({ accepted: pushed.accepted, rejected: pushed.rejected })}`);
    expect(pushed).toMatchObject({ accepted: RECORDS, rejected: 0 });

    const wait = await pipeline.cli(['wait', '--timeout', '900']);
    expect({ code: wait.code, stderr: wait.stderr.slice(-400) }).toMatchObject({ code: 0 });
    const counts = await pipeline.cliJson<Record<string, number | boolean>>(['reconcile', '--month', '2016-04', '--json']);
    note(`${((Date.now() - started) / 1000).toFixed(1)}s  reconcile ${JSON.stringify(counts)}`);
    expect(counts).toMatchObject({ raw: RECORDS, cassandra: RECORDS, parquet: RECORDS, aggregated: RECORDS, ok: true });

    // every Parquet row once: the roll manifests' rows add up to the records, with no overlapping rolls
    const store = new ObjectStore({ ...stackEndpoints().s3, bucket: pipeline.bucket, forcePathStyle: true });
    const rolls = await Promise.all((await store.list(ROLL_MANIFEST_PREFIX)).map(async (k) => parseRollManifest((await store.get(k))!)));
    store.client.destroy();
    const parquetRows = rolls.reduce((n, r) => n + r.rows, 0);
    note(`parquet rows in ${rolls.length} committed rolls: ${parquetRows}`);
    expect(parquetRows).toBe(RECORDS);
  });
});

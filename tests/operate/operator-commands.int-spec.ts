import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { monthPointerKey, type MonthVersion, ObjectStore, readMonthVersion } from '@i94/s3-parquet';
import { stackEndpoints, waitFor } from '@i94/testing';
import { Pipeline } from '../support/pipeline';

const SAMPLE = join(__dirname, '../../data/sample/immigration_data_sample.csv');
const GOOD_ROWS = 40;

interface Status {
  services: { service: string; health: string; ready: boolean | null }[];
  lag: { ok: true; value: { group: string; lag: number; partitions: { partition: number; committed: number; high: number; lag: number }[] }[] };
  deadLetters: { ok: true; value: { total: number; byReason: { reason: string; count: number }[] } };
  dimensions: { ok: true; value: { dimension: string; records: number; latest: string | null }[] };
  months: { ok: true; value: { month: string; compactedVersion: number | null; pendingFiles: number }[] };
  feeds: { ok: true; value: { feedDate: string; accepted: number; rejected: number }[] };
  reconciliation: { ok: true; value: { month: string; raw: number; aggregated: number; ok: boolean }[] } | null;
}
interface ReplayReport {
  replayed: number;
  batchIds: string[];
  alreadyReplayed: number;
  invalid: { source: string; position: string | null; reason: string; field: string | null }[];
}

// A feed of 40 good sample rows and 3 whose age is "forty": the gateway dead-letters the 3.
function feedWithBadAges(path: string): void {
  const [header, ...rows] = readFileSync(SAMPLE, 'utf8').trim().split('\n');
  const ageColumn = header.split(',').indexOf('i94bir');
  const bad = rows.slice(0, 3).map((row, i) => {
    const cells = row.split(',');
    cells[1] = `${99_000_001 + i}.0`; // new cicids, so the fixed records add arrivals
    cells[ageColumn] = 'forty';
    return cells.join(',');
  });
  writeFileSync(path, `${[header, ...rows.slice(0, GOOD_ROWS), ...bad].join('\n')}\n`);
}

// The operator commands against the six services as processes in their own namespace: status sees
// every service and group; rejected records, corrected in a file, reach the aggregates through
// `i94 dlq replay`, and the same dead letters are never replayed twice.
describe('operator commands on a running pipeline', () => {
  const pipeline = new Pipeline();
  const settle = async () => {
    const wait = await pipeline.cli(['wait', '--timeout', '240']);
    expect({ code: wait.code, stderr: wait.stderr.slice(-500) }).toMatchObject({ code: 0 });
  };

  beforeAll(async () => {
    await pipeline.start();
    const feed = join(pipeline.logDir, 'bad-ages.csv');
    feedWithBadAges(feed);
    const push = await pipeline.cli(['feed', 'push', feed, '--feed-date', '2016-04-30', '--json']);
    expect(JSON.parse(push.stdout)).toMatchObject({ records: GOOD_ROWS + 3, accepted: GOOD_ROWS, rejected: 3 });
    await settle();
  }, 420_000);
  afterAll(() => pipeline.stop());

  it('status --json: every service up and ready, lag per group and partition, dead letters, dimensions, months, feeds', async () => {
    // A service's /ready runs its own checks with a 3 s bound; on a loaded machine one can miss it once, so poll.
    const status = await waitFor(() => pipeline.cliJson<Status>(['status', '--json', '--reconcile']), { timeoutMs: 90_000, intervalMs: 1000, description: 'i94 status to exit 0' });
    expect(status.services.map((s) => [s.service, s.health, s.ready])).toEqual(
      ['ingest-gateway', 'query-api', 'enricher', 'raw-sink', 'parquet-rollup', 'compactor'].map((s) => [s, 'up', true]),
    );
    expect(status.lag.value.map((g) => g.group)).toEqual(['i94-enricher', 'i94-raw-sink', 'i94-parquet-rollup', 'i94-compactor'].map((g) => `${pipeline.namespace}${g}`));
    for (const g of status.lag.value) {
      expect(g.lag).toBe(0);
      expect(g.partitions.length).toBeGreaterThan(0);
      expect(g.partitions.every((p) => Number.isInteger(p.high) && Number.isInteger(p.committed) && p.lag >= 0)).toBe(true);
    }
    // offsets, not records: each push request is a transaction, and its commit marker takes an
    // offset in every partition it wrote to (the records themselves are counted by reconcile below)
    const rawOffsets = status.lag.value[0].partitions.reduce((n, p) => n + p.high, 0);
    expect(rawOffsets).toBeGreaterThan(GOOD_ROWS);
    expect(rawOffsets).toBeLessThanOrEqual(GOOD_ROWS * 2);
    expect(status.deadLetters.value).toMatchObject({ total: 3, byReason: [{ reason: 'NOT_A_NUMBER', count: 3 }] });
    expect(status.dimensions.value.find((d) => d.dimension === 'countries')).toMatchObject({ records: expect.any(Number), latest: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect(status.months.value).toEqual([expect.objectContaining({ month: '2016-04', compactedVersion: expect.any(Number), pendingFiles: 0 })]);
    expect(status.feeds.value).toEqual([expect.objectContaining({ feedDate: '2016-04-30', accepted: GOOD_ROWS, rejected: 3 })]);
    expect(status.reconciliation?.value).toEqual([expect.objectContaining({ month: '2016-04', raw: GOOD_ROWS, aggregated: GOOD_ROWS, ok: true })]);
  });

  it('status shows a stopped service as down and still answers', async () => {
    await pipeline.kill('query-api', 'SIGTERM');
    const result = await pipeline.cli(['status', '--json']);
    expect(result.code).toBe(1);
    const status = JSON.parse(result.stdout) as Status;
    expect(status.services.find((s) => s.service === 'query-api')).toMatchObject({ health: 'down', ready: null });
    expect(status.lag.ok).toBe(true);
    expect(status.reconciliation).toBeNull();
    await pipeline.startService('query-api');
  });

  it('dlq replay brings corrected records through to the aggregates, once', async () => {
    const listed = await pipeline.cliJson<{ reasons: { reason: string; deadLetters: number; pending: number }[] }>(['dlq', 'list', '--json']);
    expect(listed.reasons).toEqual([{ reason: 'NOT_A_NUMBER', deadLetters: 3, replayed: 0, pending: 3 }]);

    // The operator exports the dead letters, corrects two ages and leaves the third wrong.
    const exported = await pipeline.cli(['dlq', 'show', '--reason', 'NOT_A_NUMBER', '--ndjson']);
    expect(exported.code).toBe(0);
    const records = exported.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    expect(records.map((r) => r.i94bir)).toEqual(['forty', 'forty', 'forty']);
    const fixed = join(pipeline.logDir, 'fixed.ndjson');
    writeFileSync(fixed, records.map((r, i) => JSON.stringify(i < 2 ? { ...r, i94bir: '40.0' } : r)).join('\n'));
    const first = await pipeline.cliJson<ReplayReport>(['dlq', 'replay', '--reason', 'NOT_A_NUMBER', '--fixed', fixed, '--json']);
    expect(first).toMatchObject({ replayed: 2, alreadyReplayed: 0 });
    expect(first.batchIds).toHaveLength(1);
    expect(first.invalid).toEqual([expect.objectContaining({ position: records[2]._dlq, reason: 'NOT_A_NUMBER', field: 'i94bir' })]);

    // The same file again is refused; every dead letter as it was: the two replayed are skipped, the third still invalid.
    const again = await pipeline.cli(['dlq', 'replay', '--reason', 'NOT_A_NUMBER', '--fixed', fixed]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already replayed');
    const all = await pipeline.cliJson<ReplayReport>(['dlq', 'replay', '--reason', 'NOT_A_NUMBER', '--all', '--json']);
    expect(all).toMatchObject({ replayed: 0, alreadyReplayed: 2, batchIds: [] });
    expect(all.invalid.map((i) => i.position)).toEqual([records[2]._dlq]);

    // The third, corrected later.
    const third = join(pipeline.logDir, 'fixed-third.ndjson');
    writeFileSync(third, `${JSON.stringify({ ...records[2], i94bir: '41.0' })}\n`);
    expect(await pipeline.cliJson<ReplayReport>(['dlq', 'replay', '--reason', 'NOT_A_NUMBER', '--fixed', third, '--json'])).toMatchObject({ replayed: 1, invalid: [] });
    expect((await pipeline.cliJson<typeof listed>(['dlq', 'list', '--json'])).reasons).toEqual([{ reason: 'NOT_A_NUMBER', deadLetters: 3, replayed: 3, pending: 0 }]);

    await settle();
    const reconciliation = await pipeline.reconcile('2016-04');
    expect(reconciliation).toEqual({ month: '2016-04', accepted: GOOD_ROWS + 3, rejected: 3, raw: GOOD_ROWS + 3, cassandra: GOOD_ROWS + 3, parquet: GOOD_ROWS + 3, aggregated: GOOD_ROWS + 3, ok: true });
  });

  it('replay --month rebuilds the month from its rolled-up files: the same files and aggregates every time', async () => {
    const store = new ObjectStore({ ...stackEndpoints().s3, bucket: pipeline.bucket, forcePathStyle: true });
    const served = async () => {
      const res = await fetch(`${pipeline.url('query-api')}/v1/aggregates/state-month?month=2016-04`, { headers: { 'x-api-key': LOCAL_DEV_KEYS.reader } });
      return ((await res.json()) as { state: string; arrivals: number; male: number; female: number; version: string }[]).map(({ state, arrivals, male, female }) => ({ state, arrivals, male, female }));
    };
    const files = async (v: MonthVersion) => Promise.all(v.files.map(async (f) => (await store.get(f.key))!.toString('base64')));
    try {
      const before = (await readMonthVersion(store, '2016-04'))!;
      const aggregatesBefore = await served();
      const versions: MonthVersion[] = [];
      for (let run = 0; run < 2; run++) {
        const result = await pipeline.cli(['replay', '--month', '2016-04']);
        expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
        expect(result.stdout).toMatch(new RegExp(`^2016-04: rebuilt as version \\d+ from \\d+ rolled-up file\\(s\\): \\d+ rows read, ${before.rows} arrivals kept`));
        versions.push((await readMonthVersion(store, '2016-04'))!);
      }
      expect(versions.map((v) => v.version)).toEqual([before.version + 1, before.version + 2]);
      expect(await files(versions[1])).toEqual(await files(versions[0]));
      expect(versions[1].inputs).toEqual(versions[0].inputs);
      expect(await served()).toEqual(aggregatesBefore);
      expect(JSON.parse((await store.get(monthPointerKey('2016-04')))!.toString())).toMatchObject({ version: before.version + 2 });
    } finally {
      store.client.destroy();
    }
  });

  it('replay --from raw is refused with the reason', async () => {
    const result = await pipeline.cli(['replay', '--month', '2016-04', '--from', 'raw']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('use --from parquet');
  });
});

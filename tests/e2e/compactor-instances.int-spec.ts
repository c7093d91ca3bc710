import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monthClaimKey, ObjectStore, RollCatalog } from '@i94/s3-parquet';
import { ServiceProcess, stackEndpoints, waitFor } from '@i94/testing';
import { Partitioners } from 'kafkajs';
import { Pipeline } from '../support/pipeline';

/** Every (month, version) a compactor's log says it compacted. */
function compactedIn(log: string): { month: string; version: number }[] {
  return log
    .split('\n')
    .filter((line) => line.includes('"msg":"month compacted"'))
    .map((line) => JSON.parse(line) as { month: string; version: number })
    .map(({ month, version }) => ({ month, version }));
}

const partitioner = Partitioners.DefaultPartitioner();
const partitionMetadata = [0, 1, 2].map((partitionId) => ({ partitionId, leader: 0, partitionErrorCode: 0, replicas: [0], isr: [0] }));
/** The rollups partition of a month's announcements (keyed by month, kafkajs' default partitioner). */
const monthPartition = (month: string, _partitions: number) => partitioner({ topic: 'rollups', partitionMetadata, message: { key: month, value: null } });

/** Months, one or more on each of the rollups topic's 3 partitions, so both instances get some. */
function monthsOnEveryPartition(): string[] {
  const months: string[] = [];
  const seen = new Set<number>();
  for (let m = 1; m <= 12 && (seen.size < 3 || months.length < 4); m++) {
    const month = `2016-${String(m).padStart(2, '0')}`;
    months.push(month);
    seen.add(monthPartition(month, 3));
  }
  return months;
}

// Two compactor instances in one consumer group, on the whole pipeline: the months spread over
// both, every month is compacted by one of them once per trigger (no version taken twice, none
// lost to a pointer that moved), every month reconciles, and a kill -9 of the instance compacting
// a month leaves its pointer on a whole version while the other instance finishes the month.
describe('two compactor instances', () => {
  const pipeline = new Pipeline();
  const months = monthsOnEveryPartition();
  let second: ServiceProcess;
  let store: ObjectStore;
  const firstLog = () => readFileSync(join(pipeline.logDir, 'compactor.log'), 'utf8');
  const settle = async () => expect((await pipeline.cli(['wait', '--timeout', '300'])).code).toBe(0);
  const push = async (month: string, records: number, seed: number) => {
    const file = join(pipeline.logDir, `${month}-${seed}.csv`);
    expect((await pipeline.cli(['generate', '--records', String(records), '--month', month, '--out', file, '--seed', String(seed)])).code).toBe(0);
    await pipeline.cliJson(['feed', 'push', file, '--by-day', '--json']);
  };

  beforeAll(async () => {
    await pipeline.start();
    second = await ServiceProcess.start('compactor', pipeline.env);
    store = new ObjectStore({ ...stackEndpoints().s3, bucket: pipeline.bucket, forcePathStyle: true });
  }, 240_000);
  afterAll(async () => {
    await second?.stop();
    await pipeline.stop();
  });

  it('spreads the months over both instances, compacts each version once, and every month reconciles', async () => {
    for (const [i, month] of months.entries()) await push(month, 150, 20 + i);
    await settle();
    const first = compactedIn(firstLog());
    const other = compactedIn(second.output);
    expect(first.length).toBeGreaterThan(0);
    expect(other.length).toBeGreaterThan(0);
    const catalog = new RollCatalog(store);
    for (const month of months) {
      const live = (await catalog.currentVersion(month))!;
      const byEither = [...first, ...other].filter((c) => c.month === month).map((c) => c.version).sort((a, b) => a - b);
      // each version compacted by exactly one instance, none claimed and dropped
      expect({ month, versions: byEither }).toEqual({ month, versions: Array.from({ length: live.version }, (_, i) => i + 1) });
      expect(first.some((c) => c.month === month) && other.some((c) => c.month === month)).toBe(false);
      expect(await pipeline.reconcile(month)).toMatchObject({ month, accepted: 150, aggregated: 150, ok: true });
    }
  }, 600_000);

  it('leaves the pointer on a whole version when the compacting instance is killed, and the other finishes the month', async () => {
    const month = months[0];
    const ownerIsFirst = compactedIn(firstLog()).some((c) => c.month === month);
    const catalog = new RollCatalog(store);
    const before = (await catalog.currentVersion(month))!.version;
    await push(month, 20_000, 99);
    // the owner claims the next version as it starts compacting: kill it then
    await waitFor(async () => (await store.get(monthClaimKey(month, before + 1))) !== null, { timeoutMs: 300_000, intervalMs: 50, description: `a claim of ${month} v${before + 1}` });
    if (ownerIsFirst) await pipeline.kill('compactor');
    else second.signal('SIGKILL');

    const live = (await catalog.liveVersion(month))!.version;
    for (const f of live.files) expect(await store.get(f.key)).not.toBeNull();
    expect(live.rows).toBe(live.files.reduce((n, f) => n + f.rows, 0));

    await settle(); // the survivor gets the partition after the session timeout and sweeps the month
    // the 20,000 records number their cicids from 1 as the first 150 did: 150 of them are new copies of those arrivals
    expect(await pipeline.reconcile(month)).toMatchObject({ month, accepted: 20_150, aggregated: 20_000, ok: true });
    const survivor = ownerIsFirst ? compactedIn(second.output) : compactedIn(firstLog());
    expect(survivor.some((c) => c.month === month && c.version > before)).toBe(true);
  }, 900_000);
});

import { stateMonthAggregates } from '@i94/domain';
import { referenceCache } from '@i94/testing';
import { enrichedSample, MemoryLake, memoryCompaction, type RolledRow } from '../test/memory-lake';

// The DuckDB compaction against the pure reference in @i94/domain (stateMonthAggregates), on the
// sample's April with duplicate and late copies: every aggregate field equal, the version hash too.
const MONTH = '2016-04';
// Each test compacts in an embedded DuckDB several times: seconds on a loaded 2-core machine, more than jest's default 5.
jest.setTimeout(60_000);
const lookups = referenceCache();

/** The month's rows in four rolls: a redone roll (exact duplicates), late re-enriched copies, an equal offset on a higher partition. */
function rollsOf(sample: readonly RolledRow[]): RolledRow[][] {
  const april = sample.filter((r) => r.arrivalMonth === MONTH);
  const half = Math.floor(april.length / 2);
  const first = april.slice(0, half);
  const second = april.slice(half).map((r) => ({ ...r, kafkaPartition: 1 }));
  const redone = first.slice(0, 50); // the same messages again: equal partition and offset
  const late = second.slice(0, 80).map((r, i) => ({
    ...r, kafkaOffset: r.kafkaOffset + 10_000, destinationState: i % 2 ? 'CA' : r.destinationState, gender: i % 3 ? (i % 2 ? ' m ' : '\u3000f\t') : 'X', stayDays: i % 4 ? (r.stayDays ?? 0) + i : null, age: i % 5 ? r.age : null,
  }));
  // the same offsets as rows of the first roll, on partition 2: the higher partition wins the tie
  const tie = first.slice(100, 140).map((r) => ({ ...r, kafkaPartition: 2, residenceCountry: 'MEXICO', i94port: r.cicid % 2 ? ' nyc ' : '\u00a0nyc\n' }));
  return [first, [...second, ...redone], late, tie];
}

describe('DuckDB month compaction against the reference aggregation', () => {
  let rolls: RolledRow[][];
  beforeAll(async () => {
    rolls = rollsOf(await enrichedSample(lookups));
  });

  async function compacted(steps: number[][], rebuild = false) {
    const lake = new MemoryLake();
    const { compaction, cleanup } = memoryCompaction(lake, lookups, 300, () => 1_700_000_000_000);
    try {
      for (const step of steps) {
        for (const i of step) await lake.roll(`roll-${i}`, rolls[i]);
        await compaction.compact(MONTH, false, rebuild);
      }
      const live = (await lake.currentVersion())!.version;
      const rows = (await Promise.all(live.files.map((f) => lake.rowsOf(f.key)))).flat();
      return { lake, live, rows, files: live.files.map((f) => Buffer.from(lake.objects.get(f.key)!).toString('base64')) };
    } finally {
      cleanup();
    }
  }

  it('gives every aggregate field the reference gives, the version hash included', async () => {
    const { lake } = await compacted([[0, 1, 2, 3]]);
    const lineage = lake.rolls.map((r) => ({ objectKey: r.key, partition: r.partition, startOffset: r.startOffset, endOffset: r.endOffset, rows: r.rows }));
    const expected = stateMonthAggregates(rolls.flat(), lookups, { computedAt: 1_700_000_000_000, lineage }).filter((a) => a.month === MONTH);
    expect(lake.published.length).toBeGreaterThan(10);
    expect(lake.published).toEqual(expected);
  });

  it('writes each arrival once, as its latest copy, sorted by state and arrival date, with every column read back as written', async () => {
    const { rows, live } = await compacted([[0, 1, 2, 3]]);
    const latest = new Map<number, RolledRow>();
    for (const r of rolls.flat()) {
      const kept = latest.get(r.cicid);
      if (!kept || r.kafkaOffset > kept.kafkaOffset || (r.kafkaOffset === kept.kafkaOffset && r.kafkaPartition > kept.kafkaPartition)) latest.set(r.cicid, r);
    }
    expect(live.files.length).toBeGreaterThan(1);
    expect(rows.length).toBe(latest.size);
    expect([...rows].sort((a, b) => (a.cicid as number) - (b.cicid as number))).toEqual([...latest.values()].sort((a, b) => a.cicid - b.cicid));
    const order = rows.map((r) => `${r.destinationState}|${String(r.arrivalDate).padStart(8, '0')}`);
    expect(order).toEqual([...order].sort());
  });

  it('gives the same figures incrementally as a rebuild, and a rebuild twice gives the same files', async () => {
    const stepwise = await compacted([[0], [1, 2], [3]]);
    const rebuilt = await compacted([[0, 1, 2, 3], []], true);
    const again = await compacted([[0, 1, 2, 3], []], true);
    const byKey = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => (a.cicid as number) - (b.cicid as number));
    expect(stepwise.lake.published).toEqual(rebuilt.lake.published);
    expect(byKey(stepwise.rows)).toEqual(byKey(rebuilt.rows));
    expect(again.files).toEqual(rebuilt.files);
    expect(rebuilt.live.version).toBe(2);
  });

  it('keeps the previous files that no new copy touches, and rewrites only those that hold a replaced arrival', async () => {
    const lake = new MemoryLake();
    const { compaction, cleanup } = memoryCompaction(lake, lookups, 100, () => 0);
    try {
      await lake.roll('roll-0', rolls[0]);
      await compaction.compact(MONTH);
      const first = (await lake.currentVersion())!.version.files.map((f) => f.key);
      const kept = (await lake.rowsOf(first[0]))[0] as unknown as RolledRow;
      await lake.roll('roll-late', [{ ...kept, kafkaOffset: 50_000, gender: 'F' }]); // a later copy of one arrival of the first file
      await compaction.compact(MONTH);
      const second = (await lake.currentVersion())!.version.files.map((f) => f.key);
      expect(second.filter((k) => first.includes(k))).toEqual(first.slice(1));
      expect(second.filter((k) => !first.includes(k))).toHaveLength(2); // the first file rewritten, and the new copy's file
    } finally {
      cleanup();
    }
  });
});

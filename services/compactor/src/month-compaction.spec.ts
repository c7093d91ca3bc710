import { type StateMonthAggregate } from '@i94/domain';
import { PointerMovedError } from './month-compaction';
import { enrichedSample, MemoryLake, memoryCompaction, type RolledRow } from '../test/memory-lake';

// Each test compacts in an embedded DuckDB several times: seconds on a loaded 2-core machine, more than jest's default 5.
jest.setTimeout(60_000);

const lookups = { state: () => null, stateDemographics: () => null, stateTemperature: () => null };
const figures = (a: readonly StateMonthAggregate[]) => a.map(({ state, month, arrivals }) => ({ state, month, arrivals }));

let template: RolledRow;
beforeAll(async () => {
  template = (await enrichedSample())[0];
});
const row = (cicid: number, offset: number, state = 'NY'): RolledRow => ({ ...template, cicid, i94yr: 2016, i94mon: 4, kafkaPartition: 0, kafkaOffset: offset, destinationState: state, arrivalMonth: '2016-04' });

describe('MonthCompaction rebuild', () => {
  it('recomputes from the rolled-up files alone, giving the same rows and aggregates every time', async () => {
    const lake = new MemoryLake();
    await lake.roll('r1', [row(1, 0), row(2, 1)]);
    await lake.roll('r2', [row(2, 2, 'CA'), row(3, 3)]); // cicid 2 again, later: its CA copy wins
    const { compaction, cleanup } = memoryCompaction(lake, lookups, 1000);
    try {
      await compaction.compact('2016-04');
      const firstKey = lake.versions[0].files[0].key;
      const first = { rows: lake.objects.get(firstKey), aggregates: figures(lake.published) };
      // A damaged compacted version must not leak into a rebuild, which reads only the rolled-up files.
      lake.objects.set(firstKey, lake.objects.get('r1')!);

      for (const expectedVersion of [2, 3]) {
        const result = await compaction.compact('2016-04', false, true);
        expect(result).toMatchObject({ skipped: false, version: expectedVersion, newInputs: 2, sources: 2, rows: 3 });
        const live = lake.versions[lake.versions.length - 1];
        expect(live.inputs.map((i) => i.key)).toEqual(['r1', 'r2']);
        expect({ rows: lake.objects.get(live.files[0].key), aggregates: figures(lake.published) }).toEqual(first);
      }
      expect(first.aggregates).toEqual([
        { state: 'CA', month: '2016-04', arrivals: 1 },
        { state: 'NY', month: '2016-04', arrivals: 2 },
      ]);
    } finally {
      cleanup();
    }
  });

  it('recomputes a month forced with no new file from its rolled-up files (i94 compact --force after the month was compacted)', async () => {
    const lake = new MemoryLake();
    await lake.roll('r1', [row(1, 0), row(2, 1)]);
    const { compaction, cleanup } = memoryCompaction(lake, lookups);
    try {
      await compaction.compact('2016-04');
      expect(await compaction.compact('2016-04')).toMatchObject({ skipped: true, reason: 'no new files since the last compaction' });
      expect(await compaction.compact('2016-04', true)).toMatchObject({ skipped: false, version: 2, sources: 1, rows: 2 });
      expect(figures(lake.published)).toEqual([{ state: 'NY', month: '2016-04', arrivals: 2 }]);
    } finally {
      cleanup();
    }
  });

  it('skips a month without rolled-up files', async () => {
    const { compaction, cleanup } = memoryCompaction(new MemoryLake(), lookups);
    expect(await compaction.compact('2016-04', true, true)).toMatchObject({ skipped: true, reason: 'no files for this month' });
    cleanup();
  });
});

describe('MonthCompaction beside another compactor', () => {
  it('skips a version number another compactor claimed, and never swaps a pointer that moved under it', async () => {
    const lake = new MemoryLake();
    await lake.roll('r1', [row(1, 0), row(2, 1)]);
    lake.claims.add('2016-04/1'); // a compactor killed after taking version 1
    const { compaction, cleanup } = memoryCompaction(lake, lookups);
    try {
      expect(await compaction.compact('2016-04')).toMatchObject({ skipped: false, version: 2 });
      const moved = Object.assign(Object.create(lake) as MemoryLake, { currentVersion: async () => ({ ...(await lake.currentVersion())!, pointerTag: 'stale' }) });
      await lake.roll('r2', [row(3, 2)]);
      await expect(memoryCompaction(moved, lookups).compaction.compact('2016-04')).rejects.toBeInstanceOf(PointerMovedError);
      expect((await lake.currentVersion())!.version.version).toBe(2);
    } finally {
      cleanup();
    }
  });
});

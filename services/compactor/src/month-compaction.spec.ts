import { type StateMonthAggregate } from '@i94/domain';
import { type MonthInput, type MonthVersion } from '@i94/s3-parquet';
import { type CompactionPorts, MonthCompaction } from './month-compaction';

const lookups = { state: () => null, stateDemographics: () => null, stateTemperature: () => null };
const row = (cicid: number, offset: number, state = 'NY') => ({
  cicid, kafkaPartition: 0, kafkaOffset: offset, destinationState: state, arrivalMonth: '2016-04', gender: 'F', i94visa: 2, i94mode: 1, age: 40, stayDays: 5, residenceCountry: '209', i94port: 'NYC', portName: 'NEW YORK',
});

/** S3 and the aggregate sinks in memory: rolled-up files, versions behind a pointer, published aggregates. */
class MemoryPorts implements CompactionPorts {
  readonly objects = new Map<string, Record<string, unknown>[]>();
  readonly rolls: MonthInput[] = [];
  readonly versions: MonthVersion[] = [];
  published: StateMonthAggregate[] = [];

  roll(key: string, rows: Record<string, unknown>[]) {
    this.objects.set(key, rows);
    this.rolls.push({ key, partition: 0, startOffset: rows[0].kafkaOffset as number, endOffset: rows[rows.length - 1].kafkaOffset as number, rows: rows.length });
  }
  rollFilesOf = async () => [...this.rolls];
  currentVersion = async () => this.versions[this.versions.length - 1] ?? null;
  readRows = async (key: string) => this.objects.get(key) ?? [];
  writeCompacted = async (key: string, rows: readonly Record<string, unknown>[]) => void this.objects.set(key, [...rows]);
  publishAggregates = async (_month: string, aggregates: readonly StateMonthAggregate[]) => void (this.published = [...aggregates]);
  writeVersion = async (version: MonthVersion) => void this.versions.push(version);
}

const figures = (a: readonly StateMonthAggregate[]) => a.map(({ state, month, arrivals }) => ({ state, month, arrivals }));

describe('MonthCompaction rebuild', () => {
  it('recomputes from the rolled-up files alone, giving the same rows and aggregates every time', async () => {
    const ports = new MemoryPorts();
    ports.roll('r1', [row(1, 0), row(2, 1)]);
    ports.roll('r2', [row(2, 2, 'CA'), row(3, 3)]); // cicid 2 again, later: its CA copy wins
    const compaction = new MonthCompaction(ports, lookups, 1000, () => 0);
    await compaction.compact('2016-04');
    const first = { rows: ports.objects.get(ports.versions[0].files[0].key), aggregates: figures(ports.published) };
    // A damaged compacted version must not leak into a rebuild, which reads only the rolled-up files.
    ports.objects.set(ports.versions[0].files[0].key, [row(9, 9)]);

    for (const expectedVersion of [2, 3]) {
      const result = await compaction.compact('2016-04', false, true);
      expect(result).toMatchObject({ skipped: false, version: expectedVersion, newInputs: 2, sources: 2, rows: 3 });
      const live = ports.versions[ports.versions.length - 1];
      expect(live.inputs.map((i) => i.key)).toEqual(['r1', 'r2']);
      expect({ rows: ports.objects.get(live.files[0].key), aggregates: figures(ports.published) }).toEqual(first);
    }
    expect(first.aggregates).toEqual([
      { state: 'CA', month: '2016-04', arrivals: 1 },
      { state: 'NY', month: '2016-04', arrivals: 2 },
    ]);
  });

  it('skips a month without rolled-up files', async () => {
    expect(await new MonthCompaction(new MemoryPorts(), lookups).compact('2016-04', true, true)).toMatchObject({ skipped: true, reason: 'no files for this month' });
  });
});

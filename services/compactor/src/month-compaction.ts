import { aggregateLatest, type AggregationLookups, type AggregationRow, LatestByCicid, type StateMonthAggregate } from '@i94/domain';
import { aggregatesObjectKey, compactedObjectKey, type MonthInput, type MonthVersion } from '@i94/s3-parquet';

/** The columns the first pass reads: what deduplication and aggregation need. */
export const AGGREGATION_COLUMNS = [
  'cicid', 'kafkaPartition', 'kafkaOffset', 'destinationState', 'arrivalMonth', 'gender', 'i94visa', 'i94mode', 'age', 'stayDays', 'residenceCountry', 'i94port', 'portName',
];

/** What compaction reads and writes. */
export interface CompactionPorts {
  /** Every rolled-up file of the month, as the roll manifests list them. */
  rollFilesOf(month: string): Promise<MonthInput[]>;
  currentVersion(month: string): Promise<MonthVersion | null>;
  readRows(key: string, columns?: readonly string[]): Promise<Record<string, unknown>[]>;
  writeCompacted(key: string, rows: readonly Record<string, unknown>[]): Promise<void>;
  /** Cassandra, S3 and the aggregate topic; idempotent (keyed by state and month). */
  publishAggregates(month: string, aggregates: readonly StateMonthAggregate[]): Promise<void>;
  /** Writes the version object, then swaps the month's pointer to it. */
  writeVersion(version: MonthVersion): Promise<void>;
}

export type CompactionResult =
  | { month: string; skipped: true; reason: string }
  | { month: string; skipped: false; version: number; newInputs: number; sources: number; rowsRead: number; rows: number; states: number; ms: number };

/**
 * Compacts one month: merges the previous compacted version with the rolled-up files that came
 * since, keeps the latest copy of every cicid, builds the state/month aggregates, publishes them,
 * and swaps the month to the new version. Nothing new for the month: nothing is recomputed.
 */
export class MonthCompaction {
  constructor(
    private readonly ports: CompactionPorts,
    private readonly lookups: AggregationLookups,
    private readonly rowsPerFile = 250_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * `force`: recompute even when no file is new. `rebuild`: start from every rolled-up file of the
   * month alone, not from the previous version (`i94 replay --month`): the same files give the
   * same rows and aggregates however often it runs; only the version number moves on.
   */
  async compact(month: string, force = false, rebuild = false): Promise<CompactionResult> {
    const started = this.clock();
    const [inputs, live] = await Promise.all([this.ports.rollFilesOf(month), this.ports.currentVersion(month)]);
    const current = rebuild ? null : live;
    const known = new Set(current?.inputs.map((i) => i.key));
    const fresh = inputs.filter((i) => !known.has(i.key));
    if (fresh.length === 0 && !force && !rebuild) return { month, skipped: true, reason: current ? 'no new files since the last compaction' : 'no files for this month' };
    if (fresh.length === 0 && !current) return { month, skipped: true, reason: 'no files for this month' };

    const sources = [...(current?.files.map((f) => f.key) ?? []), ...fresh.map((f) => f.key)];
    const latest = new LatestByCicid();
    for (const key of sources) for (const row of await this.ports.readRows(key, AGGREGATION_COLUMNS)) latest.add(row as unknown as AggregationRow);

    const allInputs = [...(current?.inputs ?? []), ...fresh];
    const lineage = allInputs.map((i) => ({ objectKey: i.key, partition: i.partition, startOffset: i.startOffset, endOffset: i.endOffset, rows: i.rows }));
    const aggregates = aggregateLatest(latest, this.lookups, { computedAt: this.clock(), lineage }).filter((a) => a.month === month);

    const version = (live?.version ?? 0) + 1;
    const files = await this.writeWinners(month, version, sources, latest);
    await this.ports.publishAggregates(month, aggregates);
    const rows = files.reduce((n, f) => n + f.rows, 0);
    await this.ports.writeVersion({ month, version, createdAt: new Date(this.clock()).toISOString(), inputs: allInputs, files, rows, aggregatesKey: aggregatesObjectKey(month) });
    return { month, skipped: false, version, newInputs: fresh.length, sources: sources.length, rowsRead: latest.rowsRead, rows, states: aggregates.length, ms: this.clock() - started };
  }

  // Second pass: full rows, only each cicid's kept copy, into files of at most rowsPerFile.
  private async writeWinners(month: string, version: number, sources: readonly string[], latest: LatestByCicid) {
    const files: { key: string; rows: number }[] = [];
    let buffer: Record<string, unknown>[] = [];
    const flush = async () => {
      const key = compactedObjectKey(month, version, files.length);
      await this.ports.writeCompacted(key, buffer);
      files.push({ key, rows: buffer.length });
      buffer = [];
    };
    for (const source of sources) {
      for (const row of await this.ports.readRows(source)) {
        if (latest.claim(row.cicid as number, row.kafkaPartition as number, row.kafkaOffset as number)) buffer.push(row);
        if (buffer.length >= this.rowsPerFile) await flush();
      }
    }
    if (buffer.length > 0 || files.length === 0) await flush();
    return files;
  }
}

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EnrichedArrival } from '@i94/avro';
import { type AggregationLookups, enrichArrival, type StateMonthAggregate } from '@i94/domain';
import { encodeParquet, type MonthInput, type MonthVersion, readParquet, ROLLED_FILE_COLUMNS } from '@i94/s3-parquet';
import { referenceCache, sampleRawArrivals } from '@i94/testing';
import { transformMonth } from '../src/engine/duckdb-month';
import { type CompactionPorts, type LiveVersion, MonthCompaction } from '../src/month-compaction';

/** A rolled-up row: an enriched arrival and its Kafka position. */
export type RolledRow = EnrichedArrival & { kafkaPartition: number; kafkaOffset: number };

/** The sample, enriched with the reference dimensions, as rows of partition 0 from offset 0. */
export async function enrichedSample(lookups = referenceCache()): Promise<RolledRow[]> {
  const raws = await sampleRawArrivals();
  return raws.map((raw, i) => ({ ...(enrichArrival(raw as never, lookups, 1_461_974_400_000) as EnrichedArrival), kafkaPartition: 0, kafkaOffset: i }));
}

/**
 * S3 and the aggregate sinks in memory, with the same contract as S3CompactionPorts: rolled-up
 * files, versions behind a pointer whose tag changes on every swap, claims, published aggregates.
 */
export class MemoryLake implements CompactionPorts {
  readonly objects = new Map<string, Uint8Array>();
  readonly rolls: MonthInput[] = [];
  readonly versions: MonthVersion[] = [];
  readonly claims = new Set<string>();
  published: StateMonthAggregate[] = [];
  private pointer: LiveVersion | null = null;

  async roll(key: string, rows: readonly RolledRow[]): Promise<void> {
    this.objects.set(key, await encodeParquet(ROLLED_FILE_COLUMNS, rows as never));
    const offsets = rows.map((r) => r.kafkaOffset);
    this.rolls.push({ key, partition: rows[0].kafkaPartition, startOffset: Math.min(...offsets), endOffset: Math.max(...offsets), rows: rows.length });
  }

  /** The rows of a stored Parquet object, read as any reader of the lake reads them. */
  rowsOf = (key: string) => readParquet(this.objects.get(key)!, ROLLED_FILE_COLUMNS);

  rollFilesOf = async () => [...this.rolls];
  currentVersion = async () => this.pointer;
  download = async (key: string, path: string) => writeFileSync(path, this.objects.get(key)!);
  upload = async (key: string, path: string) => void this.objects.set(key, readFileSync(path));
  claimVersion = async (month: string, version: number) => !this.claims.has(`${month}/${version}`) && Boolean(this.claims.add(`${month}/${version}`));
  publishAggregates = async (_month: string, aggregates: readonly StateMonthAggregate[]) => void (this.published = [...aggregates]);
  swapVersion = async (version: MonthVersion, expected: string | null) => {
    this.versions.push(version);
    if ((this.pointer?.pointerTag ?? null) !== expected) return false;
    this.pointer = { version, pointerTag: `tag-${version.version}` };
    return true;
  };
}

/** A MonthCompaction over a MemoryLake with the real DuckDB transform, in a temporary work directory. */
export function memoryCompaction(lake: CompactionPorts, lookups: AggregationLookups, rowsPerFile = 250_000, clock: () => number = () => 0, memoryLimit = '256MB') {
  const workDir = mkdtempSync(join(tmpdir(), 'i94-compaction-test-'));
  const compaction = new MonthCompaction(lake, lookups, {
    workDir, rowsPerFile, rowGroupRows: 1000, columns: ROLLED_FILE_COLUMNS.map((c) => c.name), clock,
    transform: (request) => transformMonth(request, { memoryLimit, threads: 2 }),
  });
  return { compaction, cleanup: () => rmSync(workDir, { recursive: true, force: true }) };
}

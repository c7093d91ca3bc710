import { I94_ARRIVALS_ENRICHED_V1_SCHEMA } from '@i94/avro';
import {
  encodeParquet, type MonthInput, monthPointerKey, type MonthPointer, type MonthVersion, monthVersionKey, type ObjectStore, type ParquetColumn, parquetColumns,
  readMonthVersion, readParquet, rollFilesByMonth,
} from '@i94/s3-parquet';

/** The rolled-up and compacted files' columns: every enriched field and the Kafka position. */
export const ROW_COLUMNS: ParquetColumn[] = [
  ...parquetColumns(I94_ARRIVALS_ENRICHED_V1_SCHEMA as never),
  { name: 'kafkaPartition', kind: 'int32', optional: false },
  { name: 'kafkaOffset', kind: 'int64', optional: false },
];

/** Compaction's S3 side: roll manifests in, compacted files and month versions out. */
export class S3CompactionPorts {
  constructor(private readonly store: ObjectStore) {}

  /** Every rolled-up file, by arrival month, from the roll manifests (one listing for all months). */
  rollFilesByMonth(): Promise<Map<string, MonthInput[]>> {
    return rollFilesByMonth(this.store);
  }

  async rollFilesOf(month: string): Promise<MonthInput[]> {
    return (await this.rollFilesByMonth()).get(month) ?? [];
  }

  currentVersion(month: string): Promise<MonthVersion | null> {
    return readMonthVersion(this.store, month);
  }

  async readRows(key: string, columns?: readonly string[]): Promise<Record<string, unknown>[]> {
    const bytes = await this.store.get(key);
    if (!bytes) throw new Error(`input file ${key} is missing`);
    return readParquet(bytes, ROW_COLUMNS, columns);
  }

  async writeCompacted(key: string, rows: readonly Record<string, unknown>[]): Promise<void> {
    await this.store.put(key, await encodeParquet(ROW_COLUMNS, rows, { rowGroupSize: 50_000 }), 'application/vnd.apache.parquet');
  }

  async writeVersion(version: MonthVersion): Promise<void> {
    const manifestKey = monthVersionKey(version.month, version.version);
    await this.store.put(manifestKey, JSON.stringify(version, null, 2), 'application/json');
    const pointer: MonthPointer = { month: version.month, version: version.version, manifestKey };
    await this.store.put(monthPointerKey(version.month), JSON.stringify(pointer), 'application/json');
  }
}

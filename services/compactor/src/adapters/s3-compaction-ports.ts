import {
  type MonthInput, monthClaimKey, type MonthPointer, monthPointerKey, type MonthVersion, monthVersionKey, type ObjectStore, type RollCatalog,
} from '@i94/s3-parquet';
import { type LiveVersion } from '../month-compaction';

const PARQUET = 'application/vnd.apache.parquet';

/** Compaction's S3 side: the roll catalog in, compacted files and month versions out. */
export class S3CompactionPorts {
  constructor(
    private readonly store: ObjectStore,
    private readonly catalog: RollCatalog,
  ) {}

  rollFilesOf(month: string): Promise<MonthInput[]> {
    return this.catalog.filesOf(month);
  }

  currentVersion(month: string): Promise<LiveVersion | null> {
    return this.catalog.liveVersion(month);
  }

  async download(key: string, path: string): Promise<void> {
    if (!(await this.store.download(key, path))) throw new Error(`input file ${key} is missing`);
  }

  upload(key: string, path: string): Promise<void> {
    return this.store.upload(key, path, PARQUET);
  }

  claimVersion(month: string, version: number): Promise<boolean> {
    return this.store.putIfUnchanged(monthClaimKey(month, version), JSON.stringify({ month, version, at: new Date().toISOString() }), 'application/json', null);
  }

  /** The version object first, then the pointer, only if the pointer is still the one read before the compaction. */
  async swapVersion(version: MonthVersion, expected: string | null): Promise<boolean> {
    const manifestKey = monthVersionKey(version.month, version.version);
    await this.store.put(manifestKey, JSON.stringify(version, null, 2), 'application/json');
    const pointer: MonthPointer = { month: version.month, version: version.version, manifestKey };
    return this.store.putIfUnchanged(monthPointerKey(version.month), JSON.stringify(pointer), 'application/json', expected);
  }
}

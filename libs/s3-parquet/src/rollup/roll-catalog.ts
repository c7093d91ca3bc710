import { type MonthInput, type MonthPointer, monthPointerKey, type MonthVersion } from '../compaction/month-manifest';
import { type ObjectStore } from '../s3/object-store';
import { parseRollManifest, type RollManifest } from './roll-manifest';
import { ROLL_MANIFEST_PREFIX } from './rollup-keys';

/** A rolled-up file of one month, with what its roll manifest says of it. */
export interface CatalogFile extends MonthInput {
  committedAt: string;
}

/** A month's live compacted version and the ETag of its pointer (what a conditional swap names). */
export interface LiveMonthVersion {
  version: MonthVersion;
  pointerTag: string;
}

/** Manifests read at once: a listing of thousands of rolls is read in a few round trips, not one each. */
const READ_CONCURRENCY = 16;

/**
 * The one reader of the lake's layout: which rolled-up files each arrival month has (from the roll
 * manifests) and which compacted version is live (through the month pointer). The compactor,
 * `i94 status`, `i94 reconcile` and `i94 wait` ask it instead of re-deriving the keys.
 */
export class RollCatalog {
  constructor(private readonly store: ObjectStore) {}

  /** Every roll manifest in the bucket. */
  async manifests(): Promise<RollManifest[]> {
    const keys = await this.store.list(ROLL_MANIFEST_PREFIX);
    const manifests: (RollManifest | null)[] = new Array(keys.length).fill(null);
    let next = 0;
    const worker = async () => {
      while (next < keys.length) {
        const i = next++;
        const bytes = await this.store.get(keys[i]);
        if (bytes) manifests[i] = parseRollManifest(bytes);
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, keys.length) }, worker));
    return manifests.filter((m): m is RollManifest => m !== null);
  }

  /** Every rolled-up file, grouped by arrival month. */
  async filesByMonth(): Promise<Map<string, CatalogFile[]>> {
    const months = new Map<string, CatalogFile[]>();
    for (const roll of await this.manifests()) {
      for (const f of roll.files) {
        const list = months.get(f.arrivalMonth) ?? [];
        list.push({ key: f.key, partition: roll.partition, startOffset: roll.startOffset, endOffset: roll.endOffset, rows: f.rows, committedAt: roll.committedAt });
        months.set(f.arrivalMonth, list);
      }
    }
    return months;
  }

  /** The rolled-up files of one month. */
  async filesOf(month: string): Promise<CatalogFile[]> {
    return (await this.filesByMonth()).get(month) ?? [];
  }

  /** The month's live compacted version with its pointer's ETag, or null when it was never compacted. */
  async liveVersion(month: string): Promise<LiveMonthVersion | null> {
    const pointer = await this.store.getVersioned(monthPointerKey(month));
    if (!pointer) return null;
    const { manifestKey } = JSON.parse(pointer.bytes.toString()) as MonthPointer;
    const version = await this.store.get(manifestKey);
    if (!version) throw new Error(`month ${month} points at ${manifestKey}, which is missing`);
    return { version: JSON.parse(version.toString()) as MonthVersion, pointerTag: pointer.etag };
  }

  /** The month's live compacted version, or null. */
  async currentVersion(month: string): Promise<MonthVersion | null> {
    return (await this.liveVersion(month))?.version ?? null;
  }

  /** The months that have rolled-up files their live version has not merged yet, sorted. */
  async monthsWithNewFiles(): Promise<string[]> {
    const dirty: string[] = [];
    for (const [month, inputs] of await this.filesByMonth()) {
      const known = new Set((await this.currentVersion(month))?.inputs.map((i) => i.key));
      if (inputs.some((i) => !known.has(i.key))) dirty.push(month);
    }
    return dirty.sort();
  }
}

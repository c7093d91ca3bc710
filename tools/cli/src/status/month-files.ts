import { type ObjectStore, RollCatalog } from '@i94/s3-parquet';

/** One arrival month in S3: its last rollup and its live compacted version. */
export interface MonthStatus {
  month: string;
  /** Rolled-up files holding records of the month, and their rows (copies included). */
  rollFiles: number;
  rolledRows: number;
  /** When the last roll with records of the month was committed. */
  lastRollupAt: string | null;
  /** The live compacted version; null when the month was never compacted. */
  compactedVersion: number | null;
  lastCompactionAt: string | null;
  /** Distinct arrivals in the live version. */
  compactedRows: number | null;
  /** Rolled-up files the live version has not merged yet (the next compaction takes them). */
  pendingFiles: number;
}

/** Every month the roll manifests name, with its compaction state, the latest month first. */
export async function monthFiles(store: ObjectStore): Promise<MonthStatus[]> {
  const catalog = new RollCatalog(store);
  const rolls = await catalog.filesByMonth();
  const months = [...rolls.keys()].sort().reverse();
  return Promise.all(
    months.map(async (month) => {
      const files = rolls.get(month)!;
      const version = await catalog.currentVersion(month);
      const merged = new Set(version?.inputs.map((i) => i.key));
      const last = files.reduce<string | null>((at, f) => (at === null || f.committedAt > at ? f.committedAt : at), null);
      return {
        month, rollFiles: files.length, rolledRows: files.reduce((n, f) => n + f.rows, 0), lastRollupAt: last,
        compactedVersion: version?.version ?? null, lastCompactionAt: version?.createdAt ?? null, compactedRows: version?.rows ?? null,
        pendingFiles: files.filter((f) => !merged.has(f.key)).length,
      };
    }),
  );
}

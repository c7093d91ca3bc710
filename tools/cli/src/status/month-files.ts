import { type ObjectStore, parseRollManifest, readMonthVersion, ROLL_MANIFEST_PREFIX } from '@i94/s3-parquet';

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
  const rolls = new Map<string, { keys: string[]; rows: number; last: string | null }>();
  for (const key of await store.list(ROLL_MANIFEST_PREFIX)) {
    const bytes = await store.get(key);
    if (!bytes) continue;
    const roll = parseRollManifest(bytes);
    for (const f of roll.files) {
      const m = rolls.get(f.arrivalMonth) ?? { keys: [], rows: 0, last: null };
      m.keys.push(f.key);
      m.rows += f.rows;
      if (m.last === null || roll.committedAt > m.last) m.last = roll.committedAt;
      rolls.set(f.arrivalMonth, m);
    }
  }
  const months = [...rolls.keys()].sort().reverse();
  return Promise.all(
    months.map(async (month) => {
      const r = rolls.get(month)!;
      const version = await readMonthVersion(store, month);
      const merged = new Set(version?.inputs.map((i) => i.key));
      return {
        month, rollFiles: r.keys.length, rolledRows: r.rows, lastRollupAt: r.last,
        compactedVersion: version?.version ?? null, lastCompactionAt: version?.createdAt ?? null, compactedRows: version?.rows ?? null,
        pendingFiles: r.keys.filter((k) => !merged.has(k)).length,
      };
    }),
  );
}

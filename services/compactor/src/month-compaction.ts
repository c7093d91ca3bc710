import { mkdirSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { type AggregationLookups, assembleAggregates, type StateMonthAggregate } from '@i94/domain';
import { aggregatesObjectKey, compactedObjectKey, type MonthInput, type MonthVersion } from '@i94/s3-parquet';
import { type CompactedFile, type MonthTransform, type MonthTransformRequest } from './engine/duckdb-month';

/** The month's live version and the pointer's ETag, which the swap names so it cannot clobber. */
export interface LiveVersion {
  version: MonthVersion;
  pointerTag: string;
}

/** What compaction reads and writes. */
export interface CompactionPorts {
  /** Every rolled-up file of the month, from the roll catalog. */
  rollFilesOf(month: string): Promise<MonthInput[]>;
  currentVersion(month: string): Promise<LiveVersion | null>;
  download(key: string, path: string): Promise<void>;
  upload(key: string, path: string): Promise<void>;
  /** Takes a version number for this compaction alone; false when another compactor took it. */
  claimVersion(month: string, version: number): Promise<boolean>;
  /** Cassandra, S3 and the aggregate topic; idempotent (keyed by state and month). */
  publishAggregates(month: string, aggregates: readonly StateMonthAggregate[]): Promise<void>;
  /** Writes the version object, then moves the pointer from `expected` (null: no pointer yet); false when it had moved. */
  swapVersion(version: MonthVersion, expected: string | null): Promise<boolean>;
}

/** Where and how the transform runs. */
export interface CompactionSettings {
  /** Each compaction works in a directory of its own under it, removed afterwards. */
  workDir: string;
  rowsPerFile: number;
  rowGroupRows: number;
  /** The compacted files' column names, as the schema spells them. */
  columns: readonly string[];
  transform(request: MonthTransformRequest): Promise<MonthTransform>;
  clock?: () => number;
}

export type CompactionResult =
  | { month: string; skipped: true; reason: string }
  | { month: string; skipped: false; version: number; newInputs: number; sources: number; rowsRead: number; rows: number; states: number; ms: number; phases?: Phases };

/** Where a compaction's time went (ms), for the log. */
export interface Phases {
  download: number;
  transform: number;
  /** The transform's own steps. */
  steps?: MonthTransform['steps'];
  upload: number;
  publish: number;
}

/** Another compactor swapped the month's pointer while this one worked: its version is dropped, and the month is compacted again. */
export class PointerMovedError extends Error {
  readonly retriable = true;
  constructor(readonly month: string) {
    super(`the pointer of ${month} moved during its compaction (another compactor); compacting it again`);
  }
}

const MAX_CLAIMS = 1000;

/** Sums per-group row counts. */
function addCounts(a: Record<string, number>, b: ReadonlyMap<string, number>): Record<string, number> {
  const sum = { ...a };
  for (const [group, rows] of b) sum[group] = (sum[group] ?? 0) + rows;
  return sum;
}

/**
 * Compacts one month: merges the previous compacted version with the rolled-up files that came
 * since (or, on a rebuild, every rolled-up file alone), keeps the latest copy of every arrival,
 * builds the state/month aggregates, publishes them, and swaps the month to the new version.
 * The rows never pass through JS: the files go from S3 to a local work directory and DuckDB.
 */
export class MonthCompaction {
  private readonly clock: () => number;

  constructor(
    private readonly ports: CompactionPorts,
    private readonly lookups: AggregationLookups,
    private readonly settings: CompactionSettings,
  ) {
    this.clock = settings.clock ?? Date.now;
  }

  /**
   * `force`: recompute even when no file is new (with none new, that is a rebuild: an incremental
   * version of nothing has nothing to read). `rebuild`: start from every rolled-up file of the
   * month alone, not from the previous version (`i94 replay --month`): the same files give the
   * same rows and aggregates however often it runs; only the version number moves on.
   * `announced`: the files rollup announced, so the catalog need not be listed.
   */
  async compact(month: string, force = false, rebuild = false, announced?: readonly MonthInput[]): Promise<CompactionResult> {
    const started = this.clock();
    const [inputs, live] = await Promise.all([announced && !rebuild ? [...announced] : this.ports.rollFilesOf(month), this.ports.currentVersion(month)]);
    const current = rebuild ? null : (live?.version ?? null);
    const known = new Set(current?.inputs.map((i) => i.key));
    const fresh = dedupeInputs(inputs).filter((i) => !known.has(i.key));
    if (fresh.length === 0 && !force && !rebuild) return { month, skipped: true, reason: current ? 'no new files since the last compaction' : 'no files for this month' };
    if (fresh.length === 0 && current) return this.compact(month, false, true);
    if (fresh.length === 0 && !current) return { month, skipped: true, reason: 'no files for this month' };

    const version = await this.claim(month, (live?.version.version ?? 0) + 1);
    const dir = join(this.settings.workDir, `${month}-v${version}-${randomUUID().slice(0, 8)}`);
    mkdirSync(join(dir, 'in'), { recursive: true });
    try {
      const built = await this.build(dir, month, version, current, fresh);
      const publishing = this.clock();
      await this.ports.publishAggregates(month, built.aggregates);
      if (!(await this.ports.swapVersion(built.manifest, live?.pointerTag ?? null))) throw new PointerMovedError(month);
      const { manifest, phases } = built;
      phases.publish = this.clock() - publishing;
      return { month, skipped: false, version, newInputs: fresh.length, sources: built.sources, rowsRead: built.rowsRead, rows: manifest.rows, states: built.aggregates.length, ms: this.clock() - started, phases };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  // Version numbers may skip one: a compactor killed after its claim leaves that number taken.
  private async claim(month: string, first: number): Promise<number> {
    for (let v = first; v < first + MAX_CLAIMS; v++) if (await this.ports.claimVersion(month, v)) return v;
    throw new Error(`no free version of ${month} from ${first}`);
  }

  private async build(dir: string, month: string, version: number, current: MonthVersion | null, fresh: readonly MonthInput[]) {
    const local = (i: number) => join(dir, 'in', `${String(i).padStart(6, '0')}.parquet`);
    const previous = (current?.files ?? []).map((f, i) => ({ key: f.key, rows: f.rows, path: local(i) }));
    const sources = fresh.map((f, i) => ({ key: f.key, path: local(previous.length + i) }));
    const at = [this.clock()];
    await this.downloadAll([...previous, ...sources]);
    at.push(this.clock());
    // inputRows counts roll rows: carried forward from the previous version, else (older versions) its compacted rows
    const carried = current?.inputRows;
    const counted = [...(carried ? [] : previous), ...sources].map((f) => f.path);
    const out = await this.settings.transform({
      workDir: dir, sources: sources.map((f) => f.path), counted, previous, columns: this.settings.columns, rowsPerFile: this.settings.rowsPerFile, rowGroupRows: this.settings.rowGroupRows,
    });
    at.push(this.clock());
    const inputRows = addCounts(carried ?? {}, out.rowsRead);
    const allInputs = [...(current?.inputs ?? []), ...fresh];
    const lineage = allInputs.map((i) => ({ objectKey: i.key, partition: i.partition, startOffset: i.startOffset, endOffset: i.endOffset, rows: i.rows }));
    const aggregates = assembleAggregates(out.figures, (state, m) => inputRows[`${state}|${m}`] ?? 0, this.lookups, { computedAt: this.clock(), lineage }).filter((a) => a.month === month);
    const files = await this.uploadNew(month, version, out.files);
    at.push(this.clock());
    const phases: Phases = { download: at[1] - at[0], transform: at[2] - at[1], steps: out.steps, upload: at[3] - at[2], publish: 0 };
    const rows = files.reduce((n, f) => n + f.rows, 0);
    const manifest: MonthVersion = { month, version, createdAt: new Date(this.clock()).toISOString(), inputs: allInputs, files, rows, aggregatesKey: aggregatesObjectKey(month), inputRows };
    return { manifest, aggregates, sources: previous.length + sources.length, rowsRead: out.sourceRows, phases };
  }

  // The version's files: new ones uploaded under its own keys, the previous version's kept ones by theirs.
  private async uploadNew(month: string, version: number, written: readonly CompactedFile[]): Promise<MonthVersion['files']> {
    const files: MonthVersion['files'] = [];
    let part = 0;
    for (const file of written) {
      if ('reuse' in file) {
        files.push({ key: file.reuse, rows: file.rows });
        continue;
      }
      const key = compactedObjectKey(month, version, part++);
      await this.ports.upload(key, file.path);
      files.push({ key, rows: file.rows });
    }
    return files;
  }

  private async downloadAll(files: readonly { key: string; path: string }[], concurrency = 4): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const { key, path } = files[next++];
        await this.ports.download(key, path);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  }
}

/** An object listed twice (a roll announced again after a crash) is merged once. */
function dedupeInputs(inputs: readonly MonthInput[]): MonthInput[] {
  const seen = new Set<string>();
  return inputs.filter((i) => !seen.has(i.key) && Boolean(seen.add(i.key)));
}

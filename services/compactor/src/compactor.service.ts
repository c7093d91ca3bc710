import { type MonthInput } from '@i94/s3-parquet';
import { type CompactionResult, type MonthCompaction } from './month-compaction';

/** What a rollup announcement tells the compactor: a rolled-up file and its arrival month. */
export interface AnnouncedFile {
  month: string;
  input: MonthInput;
}

/** What the compactor needs to find dirty months: the months with rolled-up files, and which are new. */
export interface DirtyMonths {
  monthsWithNewFiles(): Promise<string[]>;
}

/** Waits before compacting the dirty months again after a failure: doubling from initialMs up to maxMs. */
export interface CompactionRetry {
  initialMs: number;
  maxMs: number;
}

/**
 * Runs compactions one at a time (months never compact concurrently, so versions never race),
 * for a named month on demand, for every month with new files on a schedule, and for the months
 * that rollup announcements name once they have been quiet for the debounce period. A failure
 * (S3 or Cassandra down) leaves the month dirty and compacts the dirty months again after a
 * backoff: the announcements that named it are already consumed and may have been the last.
 */
export class CompactorService {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly pending = new Map<string, MonthInput[]>();
  private debounce?: NodeJS.Timeout;
  private retryTimer?: NodeJS.Timeout;
  private failuresInARow = 0;
  private stopped = false;

  constructor(
    private readonly compaction: MonthCompaction,
    private readonly dirty: DirtyMonths,
    private readonly debounceMs: number,
    private readonly onResult: (result: CompactionResult) => void,
    private readonly onError: (error: Error, month: string | null) => void,
    private readonly retry: CompactionRetry = { initialMs: 5000, maxMs: 60_000 },
  ) {}

  /**
   * Compacts `month` now (after any compaction in progress); `rebuild` recomputes it from its
   * rolled-up files alone; `announced`: the new files, as announcements named them (no listing).
   */
  compactMonth(month: string, force = false, rebuild = false, announced?: readonly MonthInput[]): Promise<CompactionResult> {
    return this.serialized(async () => {
      const result = await this.compaction.compact(month, force, rebuild, announced);
      this.onResult(result);
      return result;
    });
  }

  /** Compacts every month that received files since its last compaction (also at start: a restart may follow a consumed announcement). */
  async compactDirty(): Promise<CompactionResult[]> {
    let months: string[];
    try {
      months = await this.dirty.monthsWithNewFiles();
    } catch (error) {
      this.failed(error as Error, null);
      return [];
    }
    return this.compactEach(months);
  }

  /** Rollup announcements name files of months; compact those months once announcements stop for the debounce period. */
  announced(files: readonly AnnouncedFile[]): void {
    for (const f of files) this.pending.set(f.month, [...(this.pending.get(f.month) ?? []), f.input]);
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.drain(), this.debounceMs);
  }

  stop(): Promise<unknown> {
    this.stopped = true;
    clearTimeout(this.debounce);
    clearTimeout(this.retryTimer);
    return this.queue;
  }

  private async drain() {
    const months = [...this.pending].sort(([a], [b]) => (a < b ? -1 : 1));
    this.pending.clear();
    await this.compactEach(months);
  }

  // A month that fails (S3 or Cassandra down) is reported and left dirty, and retried after a backoff.
  private async compactEach(months: readonly (string | [string, MonthInput[]])[]): Promise<CompactionResult[]> {
    const results: CompactionResult[] = [];
    let failures = 0;
    for (const entry of months) {
      const [month, announced] = typeof entry === 'string' ? [entry, undefined] : entry;
      try {
        results.push(await this.compactMonth(month, false, false, announced));
      } catch (error) {
        failures++;
        this.failed(error as Error, month);
      }
    }
    if (failures === 0) this.failuresInARow = 0;
    return results;
  }

  private failed(error: Error, month: string | null) {
    this.onError(error, month);
    if (this.retryTimer || this.stopped) return;
    const wait = Math.min(this.retry.maxMs, this.retry.initialMs * 2 ** Math.min(this.failuresInARow++, 20));
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.compactDirty();
    }, wait);
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

import { type CompactionResult, type MonthCompaction } from './month-compaction';

/** What the compactor needs to find dirty months: the months with rolled-up files, and which are new. */
export interface DirtyMonths {
  monthsWithNewFiles(): Promise<string[]>;
}

/**
 * Runs compactions one at a time (months never compact concurrently, so versions never race),
 * for a named month on demand, for every month with new files on a schedule, and for the months
 * that rollup announcements name once they have been quiet for the debounce period.
 */
export class CompactorService {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly pending = new Set<string>();
  private debounce?: NodeJS.Timeout;

  constructor(
    private readonly compaction: MonthCompaction,
    private readonly dirty: DirtyMonths,
    private readonly debounceMs: number,
    private readonly onResult: (result: CompactionResult) => void,
    private readonly onError: (error: Error, month: string | null) => void,
  ) {}

  /** Compacts `month` now (after any compaction in progress); `rebuild` recomputes it from its rolled-up files alone. */
  compactMonth(month: string, force = false, rebuild = false): Promise<CompactionResult> {
    return this.serialized(async () => {
      const result = await this.compaction.compact(month, force, rebuild);
      this.onResult(result);
      return result;
    });
  }

  /** Compacts every month that received files since its last compaction. */
  async compactDirty(): Promise<CompactionResult[]> {
    const months = await this.dirty.monthsWithNewFiles();
    return this.compactEach(months);
  }

  /** Rollup announcements name months; compact them once announcements stop for the debounce period. */
  announced(months: readonly string[]): void {
    for (const m of months) this.pending.add(m);
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.drain(), this.debounceMs);
  }

  stop(): Promise<unknown> {
    clearTimeout(this.debounce);
    return this.queue;
  }

  private async drain() {
    const months = [...this.pending].sort();
    this.pending.clear();
    await this.compactEach(months);
  }

  // A month that fails (S3 or Cassandra down) is reported and left dirty: the next trigger retries it.
  private async compactEach(months: readonly string[]): Promise<CompactionResult[]> {
    const results: CompactionResult[] = [];
    for (const month of months) {
      try {
        results.push(await this.compactMonth(month));
      } catch (error) {
        this.onError(error as Error, month);
      }
    }
    return results;
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

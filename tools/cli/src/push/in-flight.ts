/** Runs at most `limit` tasks at once; `start` waits for a free slot, which throttles the reader. */
export class InFlight {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly limit: number) {
    if (!(limit >= 1)) throw new RangeError(`limit must be at least 1, got ${limit}`);
  }

  /** Number of tasks running now. */
  get size(): number {
    return this.running.size;
  }

  /** Resolves once `task` has started. Tasks report their own errors: a rejection here is a bug. */
  async start(task: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.limit) await Promise.race(this.running);
    const running: Promise<void> = task().finally(() => this.running.delete(running));
    this.running.add(running);
  }

  /** Resolves when every started task has finished. */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }
}

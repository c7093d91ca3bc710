/**
 * Counts per whole-number value (stay days): exact mean and median in memory proportional to the
 * distinct values, not to the number of arrivals.
 */
export class CountHistogram {
  private readonly counts = new Map<number, number>();
  private total = 0;
  private sum = 0;

  /** Adds one observation of a whole number (sums of integers stay exact, so order never matters). */
  add(value: number): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
    this.total += 1;
    this.sum += value;
  }

  /** Observations added. */
  get count(): number {
    return this.total;
  }

  /** The mean; null when empty. */
  mean(): number | null {
    return this.total === 0 ? null : this.sum / this.total;
  }

  /** The median; for an even count the mean of the two middle values; null when empty. */
  median(): number | null {
    if (this.total === 0) return null;
    const lower = this.valueAt(Math.floor((this.total - 1) / 2));
    const upper = this.valueAt(Math.floor(this.total / 2));
    return (lower + upper) / 2;
  }

  /** The value at a 0-based rank in ascending order. */
  private valueAt(rank: number): number {
    let seen = 0;
    for (const value of [...this.counts.keys()].sort((a, b) => a - b)) {
      seen += this.counts.get(value) as number;
      if (seen > rank) return value;
    }
    throw new RangeError(`rank ${rank} is beyond ${this.total} observations`);
  }
}

/** The `n` largest counts, ties broken by name in code-unit order so the result never depends on input order. */
export function topCounts(counts: ReadonlyMap<string, number>, n: number): { name: string; count: number }[] {
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, n);
}

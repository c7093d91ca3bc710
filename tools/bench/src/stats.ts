/** Median, min and max of the runs of one measure. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/** Median of the values (mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median, min and max; null when there are no values. */
export function spread(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const s = sorted(values);
  return { median: median(s), min: s[0], max: s[s.length - 1] };
}

/**
 * The p-th percentile (0 < p ≤ 100) by the nearest-rank method: the smallest value with at
 * least p% of the values at or below it. Latency reports use it so p99 is an observed value.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const s = sorted(values);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}

/** Items per second, given a count and a duration in milliseconds. */
export const ratePerSecond = (count: number, millis: number): number => (millis > 0 ? (count * 1000) / millis : Number.NaN);

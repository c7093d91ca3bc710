import { type Rng } from './prng';

/** Observed values with their counts, most frequent first; plain JSON. */
export interface Categorical<T extends string | number> {
  values: T[];
  counts: number[];
}

/** Count the non-null values; ties are ordered by value so the model is stable. */
export function countCategorical<T extends string | number>(values: Iterable<T | null>): Categorical<T> {
  const counts = new Map<T, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  const entries = [...counts].sort(([a, ca], [b, cb]) => cb - ca || String(a).localeCompare(String(b)));
  return { values: entries.map(([value]) => value), counts: entries.map(([, count]) => count) };
}

/** A sampler drawing values in proportion to their counts; null when nothing was observed. */
export function categoricalSampler<T extends string | number>(categorical: Categorical<T>): (rng: Rng) => T | null {
  const cumulative: number[] = [];
  let total = 0;
  for (const count of categorical.counts) cumulative.push((total += count));
  if (total === 0) return () => null;
  return (rng) => {
    const target = rng() * total;
    // Binary search for the first cumulative count above the target.
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return categorical.values[lo];
  };
}

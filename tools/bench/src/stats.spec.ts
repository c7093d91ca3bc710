import { median, percentile, ratePerSecond, spread } from './stats';

describe('bench statistics', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 40], 10],
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('median of nothing is NaN, spread of nothing is null', () => {
    expect(median([])).toBeNaN();
    expect(spread([])).toBeNull();
  });

  it('spread gives median, min and max without reordering the input', () => {
    const runs = [61_000, 58_500, 63_250];
    expect(spread(runs)).toEqual({ median: 61_000, min: 58_500, max: 63_250 });
    expect(runs).toEqual([61_000, 58_500, 63_250]);
  });

  it('percentiles use the nearest rank, so they are observed values', () => {
    const latencies = Array.from({ length: 100 }, (_, i) => i + 1); // 1..100 ms
    expect(percentile(latencies, 50)).toBe(50);
    expect(percentile(latencies, 99)).toBe(99);
    expect(percentile(latencies, 100)).toBe(100);
    expect(percentile([7, 3, 12], 50)).toBe(7);
    expect(percentile([42], 99)).toBe(42);
    expect(percentile([], 99)).toBeNaN();
  });

  it('refuses a percentile outside (0, 100]', () => {
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('rates are per second', () => {
    expect(ratePerSecond(200_000, 4_000)).toBe(50_000);
    expect(ratePerSecond(1, 0)).toBeNaN();
  });
});

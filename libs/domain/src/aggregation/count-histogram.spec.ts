import { CountHistogram, topCounts } from './count-histogram';

const histogramOf = (values: number[]) => {
  const histogram = new CountHistogram();
  values.forEach((value) => histogram.add(value));
  return histogram;
};

describe('CountHistogram', () => {
  it.each<[string, number[], number | null, number | null]>([
    ['empty', [], null, null],
    ['one value', [7], 7, 7],
    ['odd count', [30, 1, 7], 7, 38 / 3],
    ['even count: mean of the middle two', [1, 7, 30, 2], 4.5, 10],
    ['even count, equal middles', [3, 3, 1, 9], 3, 4],
    ['repeated values', [0, 0, 0, 5], 0, 1.25],
  ])('%s', (_name, values, median, mean) => {
    const histogram = histogramOf(values);
    expect(histogram.median()).toBe(median);
    expect(histogram.mean()).toBe(mean);
    expect(histogram.count).toBe(values.length);
  });

  it('gives the exact median of many values', () => {
    const values = Array.from({ length: 10_001 }, (_, i) => (i * 7919) % 365);
    const sorted = [...values].sort((a, b) => a - b);
    expect(histogramOf(values).median()).toBe(sorted[5000]);
  });
});

describe('topCounts', () => {
  it('orders by count, then by name, and keeps n', () => {
    const counts = new Map([['JAPAN', 3], ['MEXICO', 5], ['CHINA, PRC', 3], ['BRAZIL', 1], ['FRANCE', 3], ['GERMANY', 3], ['INDIA', 3]]);
    expect(topCounts(counts, 5)).toEqual([
      { name: 'MEXICO', count: 5 },
      { name: 'CHINA, PRC', count: 3 },
      { name: 'FRANCE', count: 3 },
      { name: 'GERMANY', count: 3 },
      { name: 'INDIA', count: 3 },
    ]);
  });

  it('does not depend on insertion order', () => {
    const entries: [string, number][] = [['B', 2], ['A', 2], ['C', 2], ['D', 1], ['E', 2], ['F', 2], ['G', 2]];
    expect(topCounts(new Map(entries), 5)).toEqual(topCounts(new Map([...entries].reverse()), 5));
    expect(topCounts(new Map(entries), 5).map((c) => c.name)).toEqual(['A', 'B', 'C', 'E', 'F']);
  });
});

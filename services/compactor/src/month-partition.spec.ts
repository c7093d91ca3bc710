import { monthPartition } from './month-partition';

describe('monthPartition', () => {
  it('puts a month on one partition, the same every time, and spreads months over every partition', () => {
    const months = Array.from({ length: 24 }, (_, i) => `${2016 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const partitions = months.map((m) => monthPartition(m, 3));
    expect(months.map((m) => monthPartition(m, 3))).toEqual(partitions);
    expect(new Set(partitions)).toEqual(new Set([0, 1, 2]));
  });
});

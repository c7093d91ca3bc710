import { categoricalSampler, countCategorical } from './categorical';
import { mulberry32 } from './prng';

describe('categorical', () => {
  it('counts non-null values, most frequent first, ties by value', () => {
    expect(countCategorical(['NYC', 'MIA', null, 'NYC', 'LOS', 'MIA', 'NYC'])).toEqual({ values: ['NYC', 'MIA', 'LOS'], counts: [3, 2, 1] });
    expect(countCategorical([2, 1, 3])).toEqual({ values: [1, 2, 3], counts: [1, 1, 1] });
  });

  it('samples in proportion to counts', () => {
    const sample = categoricalSampler<string>({ values: ['WT', 'B2', 'F1'], counts: [443, 356, 10] });
    const rng = mulberry32(3);
    const draws = countCategorical(Array.from({ length: 40_000 }, () => sample(rng)));
    const share = (v: string) => draws.counts[draws.values.indexOf(v)] / 40_000;
    expect(share('WT')).toBeCloseTo(443 / 809, 1);
    expect(share('B2')).toBeCloseTo(356 / 809, 1);
    expect(share('F1')).toBeGreaterThan(0);
  });

  it('gives null when nothing was observed', () => {
    expect(categoricalSampler({ values: [], counts: [] })(Math.random)).toBeNull();
  });
});

import { TokenBuckets } from './token-buckets';

describe('TokenBuckets', () => {
  it('allows a burst, then asks to wait, then refills', () => {
    let now = 0;
    const buckets = new TokenBuckets(1, 2, () => now);
    expect([buckets.take('k'), buckets.take('k')]).toEqual([0, 0]);
    expect(buckets.take('k')).toBe(1);
    expect(buckets.take('other')).toBe(0);
    now = 1000;
    expect(buckets.take('k')).toBe(0);
  });
});

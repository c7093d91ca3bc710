import { mulberry32, pickOne, randomInt } from './prng';

describe('mulberry32', () => {
  it('repeats per seed and differs across seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('is uniform enough on [0, 1)', () => {
    const rng = mulberry32(1);
    const values = Array.from({ length: 20_000 }, rng);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(0.5, 1);
  });

  it('draws integers and items within bounds', () => {
    const rng = mulberry32(9);
    const ints = new Set(Array.from({ length: 1000 }, () => randomInt(rng, 20545, 20574)));
    expect([...ints].sort()).toEqual(Array.from({ length: 30 }, (_, i) => 20545 + i));
    expect(['a', 'b']).toContain(pickOne(rng, ['a', 'b']));
  });
});

import { runBounded } from './run-bounded';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('runBounded', () => {
  it('runs every task with at most `limit` in flight', async () => {
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    const tasks = Array.from({ length: 20 }, (_, i) => async () => {
      running += 1;
      peak = Math.max(peak, running);
      await tick();
      running -= 1;
      done.push(i);
    });
    await runBounded(tasks, 4);
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(peak).toBe(4);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    const started: number[] = [];
    const tasks = Array.from({ length: 10 }, (_, i) => async () => {
      started.push(i);
      await tick();
      if (i === 1) throw new Error('write timeout');
    });
    await expect(runBounded(tasks, 2)).rejects.toThrow('write timeout');
    expect(started).toEqual([0, 1, 2]);
  });

  it('resolves at once for no tasks', async () => {
    await expect(runBounded([], 8)).resolves.toBeUndefined();
  });
});

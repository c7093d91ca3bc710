import { randomBucket, randomKeyspace, randomTopic, waitFor } from './index';

describe('waitFor', () => {
  it('returns the first truthy value', async () => {
    let calls = 0;
    await expect(waitFor(() => (++calls >= 3 ? 'done' : undefined), { intervalMs: 1 })).resolves.toBe('done');
    expect(calls).toBe(3);
  });

  it('keeps polling through errors', async () => {
    let calls = 0;
    const probe = () => {
      if (++calls < 2) throw new Error('not yet');
      return true;
    };
    await expect(waitFor(probe, { intervalMs: 1 })).resolves.toBe(true);
  });

  it('times out naming what it waited for and the last error', async () => {
    const probe = () => {
      throw new Error('connection refused');
    };
    await expect(waitFor(probe, { timeoutMs: 20, intervalMs: 5, description: 'the topic' })).rejects.toThrow(
      /waiting for the topic: last error: connection refused/,
    );
  });
});

describe('random names', () => {
  it('are valid and unique', () => {
    expect(randomKeyspace('Smoke-Test')).toMatch(/^[a-z][a-z0-9_]{0,47}$/);
    expect(randomBucket('Smoke_Test')).toMatch(/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/);
    expect(randomTopic()).not.toBe(randomTopic());
  });
});

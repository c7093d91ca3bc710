import { type AttemptFailure, DEFAULT_RETRY_POLICY, type RetryPolicy, decideRetry, isRetryableStatus, parseRetryAfter } from './retry-policy';

const policy: RetryPolicy = { maxAttempts: 8, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 60_000 };
const status = (code: number, retryAfterMs: number | null = null): AttemptFailure => ({ kind: 'status', status: code, retryAfterMs });
const network: AttemptFailure = { kind: 'network' };

describe('decideRetry', () => {
  it.each<[string, AttemptFailure, boolean]>([
    ['network error', network, true],
    ['429 rate limited', status(429), true],
    ['502 bad gateway', status(502), true],
    ['503 Kafka or registry down', status(503), true],
    ['504 gateway timeout', status(504), true],
    ['400 malformed', status(400), false],
    ['401 no key', status(401), false],
    ['403 wrong role', status(403), false],
    ['404', status(404), false],
    ['413 too large', status(413), false],
    ['415 wrong content type', status(415), false],
    ['500 server bug', status(500), false],
  ])('%s: retry=%s on the first attempt', (_name, failure, retry) => {
    expect(decideRetry(failure, 1, policy, () => 0.5).retry).toBe(retry);
  });

  it('stops at the attempt bound', () => {
    expect(decideRetry(network, 7, policy, () => 0.5).retry).toBe(true);
    expect(decideRetry(network, 8, policy, () => 0.5)).toEqual({ retry: false });
  });

  it('backs off exponentially with equal jitter, up to the ceiling', () => {
    const delays = (random: number) => [1, 2, 3, 4, 5].map((attempt) => decideRetry(status(503), attempt, policy, () => random));
    expect(delays(0)).toEqual([50, 100, 200, 400, 500].map((delayMs) => ({ retry: true, delayMs })));
    expect(delays(0.999999)).toEqual([100, 200, 400, 800, 1_000].map((delayMs) => ({ retry: true, delayMs })));
  });

  it('honours Retry-After as a floor, with at most one base delay of jitter', () => {
    expect(decideRetry(status(503, 5_000), 1, policy, () => 0)).toEqual({ retry: true, delayMs: 5_000 });
    expect(decideRetry(status(429, 2_000), 6, policy, () => 1)).toEqual({ retry: true, delayMs: 2_100 });
    expect(decideRetry(status(503, 0), 1, policy, () => 0)).toEqual({ retry: true, delayMs: 0 });
  });

  it('caps an absurd Retry-After', () => {
    expect(decideRetry(status(503, 86_400_000), 1, policy, () => 0)).toEqual({ retry: true, delayMs: 60_000 });
  });

  it('does not retry a 4xx even when it carries Retry-After', () => {
    expect(decideRetry(status(400, 1_000), 1, policy)).toEqual({ retry: false });
  });

  it('has sane defaults: 8 attempts', () => {
    expect(DEFAULT_RETRY_POLICY.maxAttempts).toBe(8);
    expect(isRetryableStatus(503)).toBe(true);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);

  it.each<[string | null, number | null]>([
    [null, null],
    ['', null],
    ['0', 0],
    ['5', 5_000],
    [' 30 ', 30_000],
    ['Thu, 01 Jan 2026 12:00:10 GMT', 10_000],
    ['Thu, 01 Jan 2026 11:00:00 GMT', 0],
    ['soon', null],
    ['-1', null],
    ['1.5', null],
  ])('%p -> %p ms', (header, ms) => {
    expect(parseRetryAfter(header, now)).toBe(ms);
  });
});

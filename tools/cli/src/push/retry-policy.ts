/** Bounds of the retry loop. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Backoff ceiling of the first retry; doubles with each attempt. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is cut to it, so a bad header cannot stall the push. */
  maxRetryAfterMs: number;
}

/** 8 attempts over about a minute and a half of backoff, Retry-After honoured up to 5 minutes. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 500, maxDelayMs: 30_000, maxRetryAfterMs: 300_000 };

/** How an attempt failed: no HTTP answer at all, or an HTTP status. */
export type AttemptFailure = { kind: 'network' } | { kind: 'status'; status: number; retryAfterMs: number | null };

/** Whether to try again, and after how long. */
export type RetryDecision = { retry: false } | { retry: true; delayMs: number };

const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** Rate limiting and gateway or upstream unavailability: worth retrying. Other 4xx and 5xx are not. */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/**
 * Decide after failed attempt number `attempt` (1-based). Backoff is exponential with "equal
 * jitter" (half fixed, half random) so concurrent clients spread out; a Retry-After hint is a
 * floor, with a little jitter on top.
 */
export function decideRetry(failure: AttemptFailure, attempt: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY, random: () => number = Math.random): RetryDecision {
  const retryable = failure.kind === 'network' || isRetryableStatus(failure.status);
  if (!retryable || attempt >= policy.maxAttempts) return { retry: false };
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const hint = failure.kind === 'status' ? failure.retryAfterMs : null;
  if (hint !== null) return { retry: true, delayMs: Math.min(hint, policy.maxRetryAfterMs) + Math.round(random() * policy.baseDelayMs) };
  return { retry: true, delayMs: Math.round(ceiling / 2 + random() * (ceiling / 2)) };
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null || value.trim() === '') return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only an HTTP-date (IMF-fixdate, always GMT): Date.parse alone would read '1.5' as a date.
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

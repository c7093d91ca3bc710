/** One gateway request's totals, as published on the feed-batches topic. */
export interface FeedBatchTotals {
  batchId: string;
  feedDate: string;
  accepted: number;
  rejected: number;
  acceptedAt: number;
}

/** A feed's end-of-feed marker. */
export interface FeedCompletionMarker {
  feedDate: string;
  expectedCount: number;
  acceptedCount: number;
  rejectedCount: number;
  completedAt: number;
}

/** One daily feed: what the producer declared against what the gateway counted. */
export interface FeedReconciliation {
  feedDate: string;
  batches: number;
  accepted: number;
  rejected: number;
  /** Records the producer declared sending; null while the feed is not completed. */
  expected: number | null;
  completedAt: number | null;
  /** Batches accepted after the completion marker (late pushes, DLQ replays). */
  batchesAfterCompletion: number;
  /**
   * open: no completion yet; ok: accepted + rejected equals expected; short: fewer records counted
   * than declared (lost in transit); over: more (a batch resent, or records added after completion).
   */
  state: 'open' | 'ok' | 'short' | 'over';
}

/**
 * Folds batch totals (deduplicated by batch id, as the compacted topic keeps them) and completion
 * markers (the latest per feed) into one line per feed date, the most recent `limit` dates first.
 */
export function reconcileFeeds(batches: readonly FeedBatchTotals[], completions: readonly FeedCompletionMarker[], limit = Number.POSITIVE_INFINITY): FeedReconciliation[] {
  const byBatch = new Map(batches.map((b) => [b.batchId, b]));
  const completed = new Map<string, FeedCompletionMarker>();
  for (const c of completions) if ((completed.get(c.feedDate)?.completedAt ?? -Infinity) <= c.completedAt) completed.set(c.feedDate, c);
  const dates = new Set([...[...byBatch.values()].map((b) => b.feedDate), ...completed.keys()]);
  return [...dates]
    .sort()
    .reverse()
    .slice(0, limit)
    .map((feedDate) => {
      const own = [...byBatch.values()].filter((b) => b.feedDate === feedDate);
      const accepted = own.reduce((n, b) => n + b.accepted, 0);
      const rejected = own.reduce((n, b) => n + b.rejected, 0);
      const marker = completed.get(feedDate);
      const counted = accepted + rejected;
      const state = !marker ? 'open' : counted === marker.expectedCount ? 'ok' : counted < marker.expectedCount ? 'short' : 'over';
      return {
        feedDate, batches: own.length, accepted, rejected,
        expected: marker?.expectedCount ?? null,
        completedAt: marker?.completedAt ?? null,
        batchesAfterCompletion: marker ? own.filter((b) => b.acceptedAt > marker.completedAt).length : 0,
        state,
      };
    });
}

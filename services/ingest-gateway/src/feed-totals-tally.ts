import { type BatchSummary, type FeedTotals } from './ports/feed-publisher';

/**
 * Batch summaries folded into per-feed totals. Keyed by batch id, like the compacted topic it
 * is read from, so a summary read twice counts once; and found by the request's idempotency key.
 */
export class FeedTotalsTally {
  private readonly batches = new Map<string, BatchSummary>();
  private readonly byIdempotencyKey = new Map<string, BatchSummary>();

  add(summary: BatchSummary): void {
    this.batches.set(summary.batchId, summary);
    if (summary.idempotencyKey !== null) this.byIdempotencyKey.set(summary.idempotencyKey, summary);
  }

  committed(idempotencyKey: string): BatchSummary | undefined {
    return this.byIdempotencyKey.get(idempotencyKey);
  }

  totals(feedDate: string): FeedTotals {
    const totals: FeedTotals = { accepted: 0, rejected: 0, batches: 0 };
    for (const b of this.batches.values()) {
      if (b.feedDate !== feedDate) continue;
      totals.accepted += b.accepted;
      totals.rejected += b.rejected;
      totals.batches++;
    }
    return totals;
  }
}

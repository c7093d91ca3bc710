import { type FeedPublisher } from './ports/feed-publisher';

export interface CompletionSummary {
  feedDate: string;
  expectedCount: number;
  accepted: number;
  rejected: number;
  /** accepted + rejected equals what the producer says it sent. */
  countsAgree: boolean;
}

/**
 * Closes a daily feed: totals every batch the gateway made durable for it and publishes the
 * end-of-feed marker. The marker goes out even when counts disagree, so downstream stages
 * still flush; the disagreement is in the answer, the marker and reconciliation.
 */
export class FeedCompletionService {
  constructor(private readonly publisher: FeedPublisher) {}

  async complete(feedDate: string, expectedCount: number): Promise<CompletionSummary> {
    const totals = await this.publisher.feedTotals(feedDate);
    await this.publisher.publishFeedCompleted(feedDate, expectedCount, totals);
    return {
      feedDate,
      expectedCount,
      accepted: totals.accepted,
      rejected: totals.rejected,
      countsAgree: totals.accepted + totals.rejected === expectedCount,
    };
  }
}

import { type DeadLetter, type RawArrival } from '@i94/avro';

/** Totals of one accepted request, kept so a feed's completion can be reconciled. */
export interface BatchSummary {
  batchId: string;
  feedDate: string;
  accepted: number;
  rejected: number;
  sourceFile: string | null;
}

/** Totals of a feed over all its batches. */
export interface FeedTotals {
  accepted: number;
  rejected: number;
  batches: number;
}

/**
 * Where the gateway's output goes. Each method resolves only once what it was given is durable
 * (acks from all in-sync replicas); a retriable failure rejects with a PlatformError.
 */
export interface FeedPublisher {
  publishRaw(records: readonly RawArrival[]): Promise<void>;
  publishDeadLetters(letters: readonly DeadLetter[]): Promise<void>;
  publishBatchSummary(summary: BatchSummary): Promise<void>;
  /** The feed's totals over every batch summary published so far (read back from Kafka). */
  feedTotals(feedDate: string): Promise<FeedTotals>;
  /** Publishes the end-of-feed marker with the raw topic's end offsets as the watermark. */
  publishFeedCompleted(feedDate: string, expectedCount: number, totals: FeedTotals): Promise<void>;
}

export const FEED_PUBLISHER = Symbol('FeedPublisher');

import { type DeadLetter, type RawArrival } from '@i94/avro';

/** Totals of one accepted request, kept so a feed's completion can be reconciled. */
export interface BatchSummary {
  batchId: string;
  feedDate: string;
  accepted: number;
  rejected: number;
  sourceFile: string | null;
  /** The request's Idempotency-Key, when the client sent one. */
  idempotencyKey: string | null;
  /** SHA-256 of the request (RequestFingerprint), so a resend under the key can be told from another request. */
  requestSha256: string | null;
}

/** Totals of a feed over all its batches. */
export interface FeedTotals {
  accepted: number;
  rejected: number;
  batches: number;
}

/** What one request publishes. A retriable failure rejects with a PlatformError. */
export interface RequestOutput {
  publishRaw(records: readonly RawArrival[]): Promise<void>;
  publishDeadLetters(letters: readonly DeadLetter[]): Promise<void>;
  publishBatchSummary(summary: BatchSummary): Promise<void>;
}

/** Where the gateway's output goes; it is durable (acks from all in-sync replicas) once a method resolves. */
export interface FeedPublisher {
  /**
   * Runs `work` with one request's output: what it published becomes visible together when `work`
   * resolves, and none of it when `work` throws, so a request answered with an error can be resent whole.
   */
  atomically<T>(work: (output: RequestOutput) => Promise<T>): Promise<T>;
  /**
   * The summary of a request committed earlier with this Idempotency-Key, read back from Kafka up
   * to its end as of now; undefined when none was.
   */
  committedBatch(idempotencyKey: string): Promise<BatchSummary | undefined>;
  /** The feed's totals over every batch summary published so far (read back from Kafka). */
  feedTotals(feedDate: string): Promise<FeedTotals>;
  /** Publishes the end-of-feed marker with the raw topic's end offsets as the watermark. */
  publishFeedCompleted(feedDate: string, expectedCount: number, totals: FeedTotals): Promise<void>;
}

export const FEED_PUBLISHER = Symbol('FeedPublisher');

import { type Batch, sourceLineOf } from './batch';
import { type FeedCompletion } from './gateway-responses';
import { type PostResult } from './gateway-client';
import { isRetryableStatus } from './retry-policy';

/** One acknowledged batch, as printed. */
export interface BatchSummary {
  feedDate: string;
  batchId: string;
  accepted: number;
  rejected: number;
}

/** A batch that was not acknowledged, a feed that was not completed, or a file that could not be read. */
export interface Failure {
  stage: 'batch' | 'complete' | 'read';
  error: string;
  file?: string;
  feedDate?: string;
  /** Source line (or row) of the batch's first record. */
  firstLine?: number;
  records?: number;
  status?: number | null;
  attempts?: number;
}

/** A rejected record, located in its source file. */
export interface SourceRejection {
  file: string;
  line: number;
  field: string | null;
  reason: string;
  message: string;
}

// Failures every later batch would meet too: a bad key or role, a body the gateway will never
// take, or a gateway still unavailable after every retry. Going on would only repeat them.
const FATAL_STATUSES: ReadonlySet<number> = new Set([401, 403, 413, 415]);

function stopsThePush(status: number | null): boolean {
  return status === null || FATAL_STATUSES.has(status) || isRetryableStatus(status);
}

/** How many rejections are kept for the report; the counts stay exact. */
export const MAX_REPORTED_REJECTIONS = 1000;

/** Everything a push did, accumulated as batches complete; becomes the --json object. */
export class PushReport {
  files = 0;
  records = 0;
  accepted = 0;
  rejected = 0;
  /** Requests sent again after a retryable failure (503 with Retry-After, 429, no answer). */
  retries = 0;
  readonly batches: BatchSummary[] = [];
  readonly completed: FeedCompletion[] = [];
  readonly failures: Failure[] = [];
  readonly rejections: SourceRejection[] = [];
  /** Records put in batches, per feed date: the expected count of each completed feed. */
  readonly sentByDay = new Map<string, number>();
  /** Records whose batch failed, per feed date; such feeds are not completed. */
  readonly unacknowledgedByDay = new Map<string, number>();
  /** Set when going on is pointless (bad key, gateway down after retries): the push stops reading. */
  fatal: string | null = null;

  private keep(rejection: SourceRejection): void {
    if (this.rejections.length < MAX_REPORTED_REJECTIONS) this.rejections.push(rejection);
  }

  /** A batch is about to be sent. */
  noteSent(batch: Batch): void {
    this.sentByDay.set(batch.feedDate, (this.sentByDay.get(batch.feedDate) ?? 0) + batch.count);
  }

  /** A record refused before sending (a line too long to send whole). */
  noteLocalRejection(rejection: SourceRejection): void {
    this.rejected += 1;
    this.keep(rejection);
  }

  /** The gateway answered a batch, or retries ran out. */
  noteResult(batch: Batch, result: PostResult): void {
    this.retries += result.attempts - 1;
    if (result.ok) {
      const { batchId, feedDate, accepted, rejected, rejections } = result.value;
      this.accepted += accepted;
      this.rejected += rejected;
      this.batches.push({ feedDate, batchId, accepted, rejected });
      for (const r of rejections) this.keep({ file: batch.file, line: sourceLineOf(batch, r.line, result.offsetSent), field: r.field ?? null, reason: r.reason, message: r.message });
      return;
    }
    this.unacknowledgedByDay.set(batch.feedDate, (this.unacknowledgedByDay.get(batch.feedDate) ?? 0) + batch.count);
    const { error, status, attempts } = result;
    this.failures.push({ stage: 'batch', file: batch.file, feedDate: batch.feedDate, firstLine: batch.sourceLines[0], records: batch.count, status, attempts, error });
    if (stopsThePush(status)) this.fatal = error;
  }

  /** Every batch acknowledged and every requested feed completed. */
  get ok(): boolean {
    return this.failures.length === 0;
  }

  /** The --json object. */
  toJson(): object {
    const { files, records, accepted, rejected, retries, batches, completed, failures, rejections } = this;
    return { files, records, accepted, rejected, retries, batches, completed, failures, rejections };
  }
}

import { HttpException } from '@nestjs/common';
import { type Logger } from 'pino';
import { Counter, Histogram, type Registry } from 'prom-client';
import { PlatformError } from '@i94/domain';
import { type CompletionSummary } from './feed-completion.service';
import { type IngestSummary, MalformedFeedError } from './feed-ingest.service';
import { UnreadableFeedError } from '@i94/feed-readers';
import { BodyDecodingError } from './http/decode-body';
import { BodyTooLargeError } from './http/limit-body';

/** What the gateway counts, for /metrics. */
export function gatewayMetrics(registry: Registry) {
  return {
    recordsAccepted: new Counter({ name: 'i94_gateway_records_accepted_total', help: 'records made durable on the raw topic', registers: [registry] }),
    recordsRejected: new Counter({ name: 'i94_gateway_records_rejected_total', help: 'records refused by validation, sent to the DLQ', registers: [registry] }),
    pushSeconds: new Histogram({
      name: 'i94_gateway_push_seconds',
      help: 'time from a push request to its answer, by outcome (durable, refused, unavailable, failed)',
      labelNames: ['outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
      registers: [registry],
    }),
    feedsCompleted: new Counter({ name: 'i94_gateway_feeds_completed_total', help: 'end-of-feed markers published, by whether the counts agreed', labelNames: ['counts_agree'], registers: [registry] }),
  };
}

export type GatewayMetrics = ReturnType<typeof gatewayMetrics>;

/** A failed push's outcome label: retriable trouble (503) is told apart from refusals and bugs. */
function outcomeOf(error: unknown): string {
  if (error instanceof PlatformError) return error.retriable ? 'unavailable' : 'failed';
  const refusals = [MalformedFeedError, UnreadableFeedError, BodyDecodingError, BodyTooLargeError, HttpException];
  return refusals.some((kind) => error instanceof kind) ? 'refused' : 'failed';
}

/**
 * Counts and logs the gateway's pushes and feed completions. The log line of a durable push
 * carries its batch id: the correlation id every downstream worker logs with the batch.
 */
export class IngestObserver {
  constructor(
    private readonly metrics: GatewayMetrics,
    private readonly logger: Logger,
  ) {}

  async push(work: () => Promise<IngestSummary>): Promise<IngestSummary> {
    const stop = this.metrics.pushSeconds.startTimer();
    try {
      const summary = await work();
      const seconds = stop({ outcome: 'durable' });
      this.metrics.recordsAccepted.inc(summary.accepted);
      this.metrics.recordsRejected.inc(summary.rejected);
      const { batchId, feedDate, accepted, rejected } = summary;
      this.logger.info({ batchId, feedDate, accepted, rejected, ms: Math.round(seconds * 1000) }, 'batch durable');
      return summary;
    } catch (error) {
      stop({ outcome: outcomeOf(error) });
      throw error;
    }
  }

  completed(summary: CompletionSummary): CompletionSummary {
    this.metrics.feedsCompleted.inc({ counts_agree: String(summary.countsAgree) });
    this.logger.info(summary, summary.countsAgree ? 'feed completed' : 'feed completed; counts disagree');
    return summary;
  }
}

import { openFeedSource } from '../inputs/feed-source';
import { type InputFormat } from '../inputs/input-format';
import { type Batch } from './batch';
import { batchesOf } from './batches-of';
import { type PushInput, checkInputs } from './check-inputs';
import { type GatewayClient, type PostResult } from './gateway-client';
import { InFlight } from './in-flight';
import { PushReport } from './push-report';

/** What to push and how. */
export interface PushRequest {
  files: string[];
  format?: InputFormat;
  byDay: boolean;
  /** Feed date of every record without --by-day; of records without a usable arrdate with it. */
  feedDate: string;
  chunkRecords: number;
  concurrency: number;
}

/** Collaborators of a push. */
export interface PushContext {
  client: GatewayClient;
  warn: (message: string) => void;
}

class Pusher {
  readonly report = new PushReport();
  private readonly inFlight: InFlight;

  constructor(
    private readonly request: PushRequest,
    private readonly context: PushContext,
  ) {
    this.inFlight = new InFlight(request.concurrency);
  }

  private async send(batch: Batch): Promise<void> {
    let result: PostResult;
    try {
      result = await this.context.client.postRecords(batch);
    } catch (error) {
      result = { ok: false, error: error instanceof Error ? error.message : String(error), status: null, attempts: 1, offsetSent: false };
    }
    this.report.noteResult(batch, result);
  }

  private async submit(batch: Batch): Promise<void> {
    this.report.noteSent(batch);
    await this.inFlight.start(() => this.send(batch));
  }

  async pushFile({ file, format }: PushInput): Promise<void> {
    const { byDay, feedDate, chunkRecords } = this.request;
    const source = await openFeedSource(file, format, { byDay, warn: this.context.warn });
    for await (const event of batchesOf(file, source, { byDay, feedDate, chunkRecords })) {
      if (this.report.fatal) return;
      if (event.kind === 'too-long') {
        this.report.records += 1;
        this.report.noteLocalRejection({ file, line: event.line, field: null, reason: 'LINE_TOO_LONG', message: 'line is too long to send; not sent' });
      } else if (event.kind === 'not-text') {
        this.report.records += 1;
        this.report.noteLocalRejection({ file, line: event.line, field: null, reason: 'INVALID_ENCODING', message: `${event.message}; not sent` });
      } else {
        this.report.records += event.batch.count;
        await this.submit(event.batch);
      }
    }
  }

  async drain(): Promise<void> {
    await this.inFlight.drain();
  }

  /** Complete every feed that got records, with the count sent, unless some were not acknowledged. */
  async completeFeeds(blocker: string | null): Promise<void> {
    const days = [...this.report.sentByDay].sort(([a], [b]) => a.localeCompare(b));
    for (const [feedDate, expectedCount] of days) {
      const lost = this.report.unacknowledgedByDay.get(feedDate) ?? 0;
      if (blocker !== null || lost > 0) {
        this.report.failures.push({ stage: 'complete', feedDate, error: blocker ?? `not completed: ${lost} of its ${expectedCount} records were not acknowledged` });
        continue;
      }
      const result = await this.context.client.completeFeed(feedDate, expectedCount);
      if (result.ok) this.report.completed.push(result.value);
      else this.report.failures.push({ stage: 'complete', feedDate, status: result.status, attempts: result.attempts, error: result.error });
    }
  }
}

/**
 * Stream the files to the gateway in chunks, at most `concurrency` requests in flight; with
 * `byDay`, send each record to its arrival day's feed and then complete each feed. Input problems
 * found up front throw; everything later is recorded in the report.
 */
export async function runPush(request: PushRequest, context: PushContext, onStart?: (report: PushReport) => void): Promise<PushReport> {
  const inputs = await checkInputs(request.files, request.format);
  const pusher = new Pusher(request, context);
  pusher.report.files = inputs.length;
  onStart?.(pusher.report);
  let unreadable: string | null = null;
  for (const input of inputs) {
    if (pusher.report.fatal) break;
    try {
      await pusher.pushFile(input);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      pusher.report.failures.push({ stage: 'read', file: input.file, error: message });
      unreadable ??= `not completed: ${input.file} could not be read to the end`;
    }
  }
  await pusher.drain();
  if (request.byDay && !pusher.report.fatal) await pusher.completeFeeds(unreadable);
  return pusher.report;
}

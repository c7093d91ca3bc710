import { randomBytes } from 'node:crypto';
import { type DeadLetter, type PayloadFormat, type RawArrival, toDeadLetter, toRawArrival } from '@i94/avro';
import { type CodeLists, type I94RawRecord, type ParsedRecord, parseRecords, readCsv, readNdjson, REJECTION_REASONS, type Rejection, type TextSource } from '@i94/domain';
import { type FeedPublisher } from './ports/feed-publisher';

export type FeedFormat = 'csv' | 'ndjson';

export interface IngestRequest {
  feedDate: string;
  format: FeedFormat;
  body: TextSource;
  sourceFile: string | null;
  /** Added to line numbers, so a chunk of a larger file reports lines of that file. */
  lineOffset: number;
}

export interface ReportedRejection {
  line: number;
  field: string | null;
  reason: string;
  message: string;
}

export interface IngestSummary {
  batchId: string;
  feedDate: string;
  accepted: number;
  rejected: number;
  rejections: ReportedRejection[];
}

export interface IngestLimits {
  maxLineBytes: number;
  publishBatchSize: number;
  maxReportedRejections: number;
}

/** The request cannot be read at all (no header, nothing in it): nothing was published. */
export class MalformedFeedError extends Error {}

const SERVICE = 'ingest-gateway';
const PAYLOAD_FORMAT: Record<FeedFormat, PayloadFormat> = { csv: 'CSV', ndjson: 'NDJSON' };

/** A sortable, unique batch id: the feed date, the time, and randomness. */
export const newBatchId = (feedDate: string) => `${feedDate}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;

/**
 * Reads one pushed request record by record, validates each, and publishes accepted records to
 * the raw topic and rejected ones to the DLQ in batches. Memory holds one batch, never the body.
 * Resolves only after everything accepted is durable, then records the batch's totals.
 */
export class FeedIngestService {
  constructor(
    private readonly publisher: FeedPublisher,
    private readonly limits: IngestLimits,
    private readonly codeLists: CodeLists | undefined,
    private readonly clock: () => number = Date.now,
  ) {}

  async ingest(request: IngestRequest): Promise<IngestSummary> {
    const summary: IngestSummary = { batchId: newBatchId(request.feedDate), feedDate: request.feedDate, accepted: 0, rejected: 0, rejections: [] };
    const raw: RawArrival[] = [];
    const dead: DeadLetter[] = [];
    let seenAny = false;
    for await (const parsed of parseRecords(this.read(request), this.codeLists)) {
      if (!seenAny) this.assertReadable(parsed);
      seenAny = true;
      const outcome = parsed.outcome;
      if (outcome.ok) raw.push(this.accept(parsed.line, outcome.record, outcome.flags, request, summary));
      else dead.push(this.reject(parsed, outcome.rejections, request, summary));
      if (raw.length >= this.limits.publishBatchSize) await this.publisher.publishRaw(raw.splice(0));
      if (dead.length >= this.limits.publishBatchSize) await this.publisher.publishDeadLetters(dead.splice(0));
    }
    if (!seenAny) throw new MalformedFeedError('the body holds no records (empty, or a header only)');
    if (raw.length) await this.publisher.publishRaw(raw);
    if (dead.length) await this.publisher.publishDeadLetters(dead);
    await this.publisher.publishBatchSummary({ ...summary, sourceFile: request.sourceFile });
    return summary;
  }

  private read(request: IngestRequest) {
    const options = { maxLineLength: this.limits.maxLineBytes };
    return request.format === 'csv' ? readCsv(request.body, options) : readNdjson(request.body, options);
  }

  // A CSV whose header cannot be read makes every row unreadable: refuse the request instead.
  private assertReadable(first: ParsedRecord) {
    if (!first.outcome.ok && first.outcome.rejections[0]?.reason === REJECTION_REASONS.BAD_HEADER) {
      throw new MalformedFeedError(`line ${first.line}: ${first.outcome.rejections[0].message}`);
    }
  }

  private accept(line: number, record: I94RawRecord, flags: string[], request: IngestRequest, summary: IngestSummary): RawArrival {
    summary.accepted++;
    const meta = { batchId: summary.batchId, feedDate: request.feedDate, sourceFile: request.sourceFile, sourceLine: line + request.lineOffset, qualityFlags: flags };
    return toRawArrival(record, meta, this.clock());
  }

  private reject(parsed: ParsedRecord, rejections: readonly Rejection[], request: IngestRequest, summary: IngestSummary): DeadLetter {
    summary.rejected++;
    const line = parsed.line + request.lineOffset;
    if (summary.rejections.length < this.limits.maxReportedRejections) {
      const first = rejections[0];
      summary.rejections.push({ line, field: first.field, reason: first.reason, message: first.message });
    }
    const source = { service: SERVICE, batchId: summary.batchId, feedDate: request.feedDate, sourceFile: request.sourceFile, sourceLine: line };
    return toDeadLetter(rejections, source, { bytes: Buffer.from(parsed.raw, 'utf8'), format: PAYLOAD_FORMAT[request.format] }, this.clock());
  }
}

import { randomBytes } from 'node:crypto';
import { type DeadLetter, type PayloadFormat, type RawArrival, toDeadLetter, toRawArrival } from '@i94/avro';
import { type CodeLists, type I94RawRecord, type ParsedRecord, parseRecords, type ReaderRow, REJECTION_REASONS, type Rejection } from '@i94/domain';
import { type Charset, openFeedTable, readCsv, readNdjson, readTableRows, type TableFormat } from '@i94/feed-readers';
import { PerKeyQueue } from './per-key-queue';
import { RequestFingerprint } from './request-fingerprint';
import { type FeedPublisher, type RequestOutput } from './ports/feed-publisher';

/** Formats a body may be in: text read as it streams, or a table spooled to a file first. */
export type FeedFormat = 'csv' | 'ndjson' | TableFormat;

/** Where table-shaped bodies are spooled: a file that exists only while `work` runs. */
export interface Spool {
  withFile<T>(body: AsyncIterable<Buffer>, work: (path: string) => Promise<T>): Promise<T>;
}

export interface IngestRequest {
  feedDate: string;
  format: FeedFormat;
  /** Of text bodies; tables carry their own encoding. */
  charset: Charset;
  body: AsyncIterable<Buffer>;
  sourceFile: string | null;
  /** Added to line numbers, so a chunk of a larger file reports lines of that file. */
  lineOffset: number;
  /** The client's Idempotency-Key: the same for every attempt of one request. */
  idempotencyKey: string | null;
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
  /** An attempt of this request (same Idempotency-Key) had committed: this is its summary, without its rejection list, and nothing was written again. */
  replayed: boolean;
}

export interface IngestLimits {
  maxLineBytes: number;
  publishBatchSize: number;
  maxReportedRejections: number;
}

/** The request cannot be read at all (no header, nothing in it): nothing was published. */
export class MalformedFeedError extends Error {}

/** An Idempotency-Key already used by another committed request (another feed date or body): nothing was published. */
export class IdempotencyKeyReusedError extends Error {}

const SERVICE = 'ingest-gateway';
const PAYLOAD_FORMAT: Record<FeedFormat, PayloadFormat> = { csv: 'CSV', ndjson: 'NDJSON', parquet: 'PARQUET_ROW', sas7bdat: 'SAS7BDAT_ROW' };
type Rows = AsyncIterable<ReaderRow<Readonly<Record<string, unknown>>>>;

/** A sortable, unique batch id: the feed date, the time, and randomness. */
export const newBatchId = (feedDate: string) => `${feedDate}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;

/**
 * Reads one pushed request record by record, validates each, and publishes accepted records to
 * the raw topic and rejected ones to the DLQ in batches. Memory holds one batch, never the body.
 * Everything a request publishes, its totals last, becomes visible at once when it succeeds and
 * not at all when it fails (one Kafka transaction), so the client's resend writes the only copy.
 * A failure can also come after the commit (the broker went away before it answered the commit,
 * or the answer never reached the client): a resend with the request's Idempotency-Key then finds
 * the committed summary and is answered from it, writing nothing again.
 */
export class FeedIngestService {
  private readonly attempts = new PerKeyQueue();

  constructor(
    private readonly publisher: FeedPublisher,
    private readonly limits: IngestLimits,
    private readonly codeLists: () => CodeLists | undefined,
    private readonly spool: Spool,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Reads, validates and publishes one request's records, once per Idempotency-Key. */
  ingest(request: IngestRequest): Promise<IngestSummary> {
    const key = request.idempotencyKey;
    if (key === null) return this.ingestOnce(request);
    return this.attempts.run(key, async () => {
      const fingerprint = new RequestFingerprint(request);
      const body = fingerprint.tap(request.body);
      const committed = await this.publisher.committedBatch(key);
      if (!committed) return this.ingestOnce({ ...request, body }, fingerprint);
      for await (const chunk of body) void chunk; // read to the end: the fingerprint, and an answer not cut off
      if (committed.feedDate !== request.feedDate || (committed.requestSha256 !== null && committed.requestSha256 !== fingerprint.digest())) {
        throw new IdempotencyKeyReusedError(`Idempotency-Key ${key} was used by another request (for ${committed.feedDate}); send each request with a key of its own`);
      }
      return { batchId: committed.batchId, feedDate: committed.feedDate, accepted: committed.accepted, rejected: committed.rejected, rejections: [], replayed: true };
    });
  }

  /** Reads, validates and publishes one request's records (a table body through the spool file). */
  private ingestOnce(request: IngestRequest, fingerprint: RequestFingerprint | null = null): Promise<IngestSummary> {
    const { format } = request;
    if (format === 'parquet' || format === 'sas7bdat') return this.spool.withFile(request.body, (path) => this.publish(request, this.readTable(path, format), fingerprint));
    const options = { maxLineLength: this.limits.maxLineBytes, charset: request.charset };
    return this.publish(request, format === 'csv' ? readCsv(request.body, options) : readNdjson(request.body, options), fingerprint);
  }

  private async *readTable(path: string, format: TableFormat): Rows {
    yield* readTableRows(await openFeedTable(path, format), { maxRowLength: this.limits.maxLineBytes });
  }

  private publish(request: IngestRequest, rows: Rows, fingerprint: RequestFingerprint | null): Promise<IngestSummary> {
    return this.publisher.atomically((output) => this.publishTo(output, request, rows, fingerprint));
  }

  private async publishTo(output: RequestOutput, request: IngestRequest, rows: Rows, fingerprint: RequestFingerprint | null): Promise<IngestSummary> {
    const summary: IngestSummary = { batchId: newBatchId(request.feedDate), feedDate: request.feedDate, accepted: 0, rejected: 0, rejections: [], replayed: false };
    const raw: RawArrival[] = [];
    const dead: DeadLetter[] = [];
    let seenAny = false;
    for await (const parsed of parseRecords(rows, this.codeLists())) {
      if (!seenAny) this.assertReadable(parsed);
      seenAny = true;
      const outcome = parsed.outcome;
      if (outcome.ok) raw.push(this.accept(parsed.line, outcome.record, outcome.flags, request, summary));
      else dead.push(this.reject(parsed, outcome.rejections, request, summary));
      if (raw.length >= this.limits.publishBatchSize) await output.publishRaw(raw.splice(0));
      if (dead.length >= this.limits.publishBatchSize) await output.publishDeadLetters(dead.splice(0));
    }
    if (!seenAny) throw new MalformedFeedError('the body holds no records (empty, or a header only)');
    if (raw.length) await output.publishRaw(raw);
    if (dead.length) await output.publishDeadLetters(dead);
    const { batchId, feedDate, accepted, rejected } = summary;
    // every record read means the whole body was: the fingerprint is complete
    const requestSha256 = fingerprint?.digest() ?? null;
    await output.publishBatchSummary({ batchId, feedDate, accepted, rejected, sourceFile: request.sourceFile, idempotencyKey: request.idempotencyKey, requestSha256 });
    return summary;
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
    return toDeadLetter(rejections, source, { bytes: parsed.bytes ?? Buffer.from(parsed.raw, 'utf8'), format: PAYLOAD_FORMAT[request.format] }, this.clock());
  }
}

import { type ContentType, type FeedItem } from '../inputs/feed-source';
import { type Batch } from './batch';
import { BlockPool } from './block-pool';
import { RecordBuffer } from './record-buffer';

/**
 * A batch is also closed at this many bytes, whatever its record count: with per-day buffers,
 * memory is (days x batch size), and wide NDJSON records would otherwise make that large.
 */
export const MAX_BATCH_BYTES = 8 * 1024 * 1024;

/**
 * All open day buffers together hold at most this much: past it the largest day is sent early, so
 * a monthly file split into 30 daily feeds stays within one budget instead of 30 batch sizes.
 */
export const MAX_OPEN_BYTES = 48 * 1024 * 1024;

/** Open per-day buffers of one file; each is handed out as a batch when it reaches the chunk size. */
export class Batcher {
  private readonly open = new Map<string, RecordBuffer>();
  private readonly pool = new BlockPool();
  private openBytes = 0;

  constructor(
    private readonly file: string,
    private readonly contentType: ContentType,
    private readonly header: string | null,
    private readonly chunkRecords: number,
    private readonly maxBytes = MAX_BATCH_BYTES,
    private readonly maxOpenBytes = MAX_OPEN_BYTES,
  ) {}

  private batch(feedDate: string, buffer: RecordBuffer): Batch {
    const { file, contentType, header } = this;
    return { file, feedDate, contentType, header, body: buffer.take(), count: buffer.count, sourceLines: buffer.sourceLines, bodyLines: buffer.bodyLines };
  }

  /** Add a record to its day's buffer; returns the batch when that buffer just became full. */
  add(feedDate: string, item: FeedItem): Batch | null {
    let buffer = this.open.get(feedDate);
    if (!buffer) {
      buffer = new RecordBuffer(this.pool, this.header);
      this.open.set(feedDate, buffer);
    }
    const before = buffer.byteLength;
    buffer.append(item.text, item.line);
    this.openBytes += buffer.byteLength - before;
    if (buffer.count >= this.chunkRecords || buffer.byteLength >= this.maxBytes) return this.close(feedDate, buffer);
    if (this.openBytes > this.maxOpenBytes) return this.close(...this.largest());
    return null;
  }

  private largest(): [string, RecordBuffer] {
    let largest: [string, RecordBuffer] | undefined;
    for (const entry of this.open) if (!largest || entry[1].byteLength > largest[1].byteLength) largest = entry;
    return largest!;
  }

  private close(feedDate: string, buffer: RecordBuffer): Batch {
    this.open.delete(feedDate);
    this.openBytes -= buffer.byteLength;
    return this.batch(feedDate, buffer);
  }

  /** The partly filled buffers, in feed-date order; the batcher is empty afterwards. */
  drain(): Batch[] {
    const rest = [...this.open].sort(([a], [b]) => a.localeCompare(b)).map(([feedDate, buffer]) => this.batch(feedDate, buffer));
    this.open.clear();
    this.openBytes = 0;
    return rest;
  }
}

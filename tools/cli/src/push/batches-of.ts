import { type FeedSource } from '../inputs/feed-source';
import { type Batch } from './batch';
import { Batcher } from './batcher';
import { feedDateOfArrdate } from './feed-date';

/** How a file is cut into batches. */
export interface ChunkOptions {
  /** Group by each record's arrdate day; records without a usable one go to `feedDate`. */
  byDay: boolean;
  feedDate: string;
  chunkRecords: number;
}

/** A full (or final) batch, or a line that cannot be sent (too long, or not text in UTF-8). */
export type BatchEvent = { kind: 'batch'; batch: Batch } | { kind: 'too-long'; line: number } | { kind: 'not-text'; line: number; message: string };

/**
 * Cut a file's records into batches of at most `chunkRecords`, one open buffer per feed date, so
 * memory holds at most (days x chunk) records. Full buffers come out as soon as they fill, the
 * partly filled ones at the end.
 */
export async function* batchesOf(file: string, source: FeedSource, options: ChunkOptions): AsyncGenerator<BatchEvent> {
  const batcher = new Batcher(file, source.contentType, source.header, options.chunkRecords);
  for await (const item of source.items) {
    if (item.tooLong) {
      yield { kind: 'too-long', line: item.line };
      continue;
    }
    if (item.notText) {
      yield { kind: 'not-text', line: item.line, message: item.notText };
      continue;
    }
    const feedDate = options.byDay ? (feedDateOfArrdate(item.arrdate) ?? options.feedDate) : options.feedDate;
    const full = batcher.add(feedDate, item);
    if (full) yield { kind: 'batch', batch: full };
  }
  for (const batch of batcher.drain()) yield { kind: 'batch', batch };
}

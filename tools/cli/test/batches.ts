// Test-only: build and inspect batches by their record lines.
import { type Batch } from '../src/push/batch';

/** The record lines of a batch, without terminators or the CSV header. */
export function linesOf(batch: Pick<Batch, 'body' | 'header'>): string[] {
  const lines = batch.body.toString('utf8').split('\n').slice(0, -1);
  return batch.header === null ? lines : lines.slice(1);
}

/** A batch holding `lines`. */
export function batchOf(fields: Omit<Batch, 'body' | 'count'> & { lines: string[] }): Batch {
  const { lines, ...rest } = fields;
  const all = rest.header === null ? lines : [rest.header, ...lines];
  return { ...rest, body: Buffer.from(all.map((line) => `${line}\n`).join('')), count: lines.length };
}

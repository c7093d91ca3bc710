import { basename } from 'node:path';
import { type ContentType } from '../inputs/feed-source';

/** One request's worth of records for one feed date, from one file. */
export interface Batch {
  file: string;
  feedDate: string;
  contentType: ContentType;
  /** CSV header repeated at the top of the body; null for NDJSON. */
  header: string | null;
  /** The request body: the header (for CSV), then one record per line. */
  body: Buffer;
  /** Records in the body. */
  count: number;
  /** Source line (or row) of each record, in order. */
  sourceLines: number[];
  /** Body line where each record starts, when a record may span lines (CSV); else one line each. */
  bodyLines?: number[];
}

const bodyLineOf = (batch: Batch, index: number) => batch.bodyLines?.[index] ?? firstBodyLine(batch) + index;

/** Body line of the first record: 2 after a CSV header, else 1. */
export function firstBodyLine(batch: Batch): number {
  return batch.header === null ? 1 : 2;
}

/**
 * The x-source-line-offset to send: when the records are consecutive source lines, adding it to
 * a body line gives the source line. Null when they are not (by-day grouping interleaves days).
 */
export function lineOffset(batch: Batch): number | null {
  const { sourceLines } = batch;
  if (sourceLines.length === 0) return null;
  // consecutive records keep one distance between their source and body lines, multi-line ones too
  const offset = sourceLines[0] - bodyLineOf(batch, 0);
  for (let i = 1; i < sourceLines.length; i++) if (sourceLines[i] - bodyLineOf(batch, i) !== offset) return null;
  return offset;
}

/** The source line of a line number the gateway reported, given whether an offset was sent. */
export function sourceLineOf(batch: Batch, reportedLine: number, offsetSent: boolean): number {
  if (offsetSent) return reportedLine;
  if (!batch.bodyLines) return batch.sourceLines[reportedLine - firstBodyLine(batch)] ?? reportedLine;
  const index = batch.bodyLines.indexOf(reportedLine);
  return index === -1 ? reportedLine : batch.sourceLines[index];
}

// The gateway takes only letters, digits, '_', '.', '-' and spaces (the name ends up in object
// keys and headers); anything else, non-ASCII included, becomes '_' so any file can be pushed.
const NOT_ALLOWED = /[^\w.\- ]/g;
const MAX_NAME_LENGTH = 200;

/** The x-source-file header value: the file's base name, in the characters the gateway accepts. */
export function sourceFileHeader(batch: Batch): string {
  const name = basename(batch.file).replace(NOT_ALLOWED, '_').slice(0, MAX_NAME_LENGTH);
  return /^\.*$/.test(name) ? `_${name}` : name;
}

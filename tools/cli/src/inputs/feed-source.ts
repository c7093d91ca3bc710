import { createReadStream } from 'node:fs';
import { DEFAULT_MAX_LINE_LENGTH } from '@i94/domain';
import { type CsvRecord, isBlankLine, mapColumns, openParquet, openSas7bdat, readCsvRecords, type RowTable, type SplitLine, splitLines, toI94JsonLine } from '@i94/feed-readers';
import { type InputFormat } from './input-format';

/** Body types the gateway accepts. */
export type ContentType = 'text/csv' | 'application/x-ndjson';

/** One record to send: a CSV line as read, or an NDJSON object. */
export interface FeedItem {
  /** 1-based line in a text file; 1-based row number in a Parquet or SAS7BDAT file. */
  line: number;
  text: string;
  /** The raw arrdate value, read only when grouping by day. */
  arrdate?: unknown;
  /** A text line over the maximum length; only a preview is in `text`, so it is not sent. */
  tooLong?: boolean;
  /** Why the line's bytes are not UTF-8 text: it is not sent (sending it would replace them). */
  notText?: string;
}

/** A file opened for pushing. */
export interface FeedSource {
  contentType: ContentType;
  /** CSV header line, repeated at the top of every chunk. */
  header: string | null;
  items: AsyncIterable<FeedItem> | Iterable<FeedItem>;
}

/** What the reader needs besides the file. */
export interface SourceOptions {
  byDay: boolean;
  warn: (message: string) => void;
}

async function* nonBlankLines(path: string): AsyncGenerator<SplitLine> {
  for await (const line of splitLines(createReadStream(path), DEFAULT_MAX_LINE_LENGTH)) {
    if (line.tooLong || line.invalid || !isBlankLine(line.text)) yield line;
  }
}

function ndjsonArrdate(text: string): unknown {
  try {
    return (JSON.parse(text) as { arrdate?: unknown } | null)?.arrdate;
  } catch {
    return undefined;
  }
}

// A record is sent as read, line breaks in quoted fields included: the gateway reads it the same
// way. Records the reader refuses are sent too (the gateway gives the verdict), but a too-long
// line only as far as its preview, so it is not sent.
async function* csvItems(records: AsyncIterator<CsvRecord>, arrdateIndex: number | null): AsyncGenerator<FeedItem> {
  for (let next = await records.next(); !next.done; next = await records.next()) {
    const { line, raw, fields, error } = next.value;
    if (error?.reason === 'LINE_TOO_LONG') yield { line, text: raw, tooLong: true };
    else if (error?.reason === 'INVALID_ENCODING') yield { line, text: raw, notText: error.message };
    else yield { line, text: raw, arrdate: arrdateIndex === null ? undefined : fields?.[arrdateIndex] };
  }
}

async function csvSource(path: string, options: SourceOptions): Promise<FeedSource> {
  const records = readCsvRecords(createReadStream(path));
  const first = await records.next();
  if (first.done) return { contentType: 'text/csv', header: null, items: [] };
  if (first.value.error?.reason === 'LINE_TOO_LONG') throw new Error(`${path}: the header line is longer than ${DEFAULT_MAX_LINE_LENGTH} bytes`);
  // a header that is not text means the file is not a UTF-8 CSV at all (binary, or another charset)
  if (first.value.error?.reason === 'INVALID_ENCODING') throw new Error(`${path}: the header line is not UTF-8 text (${first.value.error.message})`);
  const names = (first.value.fields ?? []).map((name) => name.trim().toLowerCase());
  const index = names.indexOf('arrdate');
  return { contentType: 'text/csv', header: first.value.raw, items: csvItems(records, options.byDay && index >= 0 ? index : null) };
}

async function* textItems(lines: AsyncIterable<SplitLine>, arrdate: ((text: string) => unknown) | null): AsyncGenerator<FeedItem> {
  for await (const { line, text, tooLong, invalid } of lines) {
    if (tooLong) yield { line, text, tooLong };
    else if (invalid) yield { line, text, notText: invalid.message };
    else yield { line, text, arrdate: arrdate?.(text) };
  }
}

async function* rowItems(path: string, table: RowTable, options: SourceOptions): AsyncGenerator<FeedItem> {
  const mapping = mapColumns(table.columns);
  // Like the gateway with a CSV header: without cicid no row can be keyed, so the file is not an I94 table.
  if (mapping.missing.includes('cicid')) throw new Error(`${path} has no cicid column (it has ${table.columns.slice(0, 10).join(', ') || 'none'}); is it an I94 file?`);
  if (mapping.missing.length > 0) options.warn(`${path} has no column for ${mapping.missing.join(', ')}; those fields are sent as missing`);
  const arrdate = mapping.columns.find(([field]) => field === 'arrdate')?.[1];
  let line = 0;
  for await (const values of table.rows) {
    line += 1;
    yield { line, text: toI94JsonLine(values, mapping), arrdate: arrdate === undefined ? undefined : values[arrdate] };
  }
}

/** Open a file of any supported format as a stream of records to send. */
export async function openFeedSource(path: string, format: InputFormat, options: SourceOptions): Promise<FeedSource> {
  switch (format) {
    case 'csv':
      return csvSource(path, options);
    case 'ndjson':
      return { contentType: 'application/x-ndjson', header: null, items: textItems(nonBlankLines(path), options.byDay ? ndjsonArrdate : null) };
    case 'parquet':
      return { contentType: 'application/x-ndjson', header: null, items: rowItems(path, await openParquet(path), options) };
    case 'sas7bdat':
      return { contentType: 'application/x-ndjson', header: null, items: rowItems(path, await openSas7bdat(path), options) };
  }
}

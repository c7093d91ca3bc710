import { createReadStream } from 'node:fs';
import { DEFAULT_MAX_LINE_LENGTH, type SplitLine, parseCsvLine, splitLines } from '@i94/domain';
import { mapColumns, toI94JsonLine } from './i94-json';
import { type InputFormat } from './input-format';
import { openParquet } from './parquet-rows';
import { type RowTable } from './row-table';
import { openSas7bdat } from './sas7bdat/read-sas7bdat';

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
    if (line.tooLong || line.text.trim() !== '') yield line;
  }
}

function csvField(text: string, index: number): string | undefined {
  const parsed = parseCsvLine(text);
  return parsed.ok ? parsed.fields[index] : undefined;
}

function ndjsonArrdate(text: string): unknown {
  try {
    return (JSON.parse(text) as { arrdate?: unknown } | null)?.arrdate;
  } catch {
    return undefined;
  }
}

function headerNames(header: string): string[] {
  const parsed = parseCsvLine(header);
  return parsed.ok ? parsed.fields.map((name) => name.trim().toLowerCase()) : [];
}

async function* textItems(lines: AsyncIterable<SplitLine>, arrdate: ((text: string) => unknown) | null): AsyncGenerator<FeedItem> {
  for await (const { line, text, tooLong } of lines) {
    yield tooLong ? { line, text, tooLong } : { line, text, arrdate: arrdate?.(text) };
  }
}

async function csvSource(path: string, options: SourceOptions): Promise<FeedSource> {
  const lines = nonBlankLines(path);
  const first = await lines.next();
  if (first.done) return { contentType: 'text/csv', header: null, items: [] };
  if (first.value.tooLong) throw new Error(`${path}: the header line is longer than ${DEFAULT_MAX_LINE_LENGTH} characters`);
  const header = first.value.text;
  const index = headerNames(header).indexOf('arrdate');
  const arrdate = options.byDay && index >= 0 ? (text: string) => csvField(text, index) : null;
  return { contentType: 'text/csv', header, items: textItems(lines, arrdate) };
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

import { parse } from 'csv-parse/sync';
import { DEFAULT_MAX_LINE_LENGTH, REJECTION_REASONS, type ReaderError, type TextSource } from '@i94/domain';
import { type Charset } from './charset';
import { isBlankLine, type SplitLine, splitLines } from './line-splitter';

/** Longest run of lines a quoted field may span before its record is refused. */
export const DEFAULT_MAX_RECORD_LINES = 64;

/** Options of the CSV record framer. */
export interface CsvRecordOptions {
  /** Longest line, and longest multi-line record, in bytes. */
  maxLineLength?: number;
  /** Most lines one record may span (quoted fields holding line breaks). */
  maxRecordLines?: number;
  charset?: Charset;
  /** Columns a record must have; a multi-line record with another count is a stray quote, not a record. */
  columns?: () => number | null;
}

/** One CSV record: its first line, its text as sent and its fields, or why it could not be read. */
export type CsvRecord =
  | { line: number; raw: string; fields: string[]; error?: undefined; bytes?: undefined }
  | { line: number; raw: string; fields: null; error: ReaderError; bytes?: Buffer };

// csv-parse, as RFC 4180 reads CSV: strict quoting, any column count (the reader checks it), and
// CRLF or LF line ends; a bare CR stays in its field.
const PARSE_OPTIONS = { relax_column_count: true, record_delimiter: ['\r\n', '\n'], bom: false };
const BATCH_LINES = 256;

const joinLines = (lines: readonly SplitLine[]) => lines.map((l, i) => (i === lines.length - 1 ? l.text : `${l.text}${l.crlf ? '\r\n' : '\n'}`)).join('');
const spanned = (fields: readonly string[]) => fields.reduce((n, f) => n + (f.includes('\n') ? f.split('\n').length - 1 : 0), 1);
type CsvFailure = Extract<CsvRecord, { fields: null }>;
const failure = (line: SplitLine, reason: ReaderError['reason'], message: string): CsvFailure => ({ line: line.line, raw: line.text, fields: null, error: { reason, message } });

function parseText(text: string): { records: string[][]; error?: { code?: string; message: string; lines?: number } } {
  const records: string[][] = [];
  try {
    parse(text, { ...PARSE_OPTIONS, on_record: (record: string[]) => void records.push(record) });
    return { records };
  } catch (error) {
    return { records, error: error as { code?: string; message: string } };
  }
}

/**
 * Groups physical lines into CSV records with csv-parse. Lines wait while a quoted field is
 * open, up to `maxRecordLines` lines and `maxLineLength` bytes; past that, or at the end of the
 * input, or when the record they would make has the wrong number of columns, the quote is a
 * stray one: its line alone is refused and the lines after it are read again, so one bad quote
 * cannot swallow a feed.
 */
class CsvFramer {
  private pending: SplitLine[] = [];

  constructor(
    private readonly maxLines: number,
    private readonly maxBytes: number,
    private readonly columns: () => number | null,
  ) {}

  *add(line: SplitLine): Generator<CsvRecord> {
    this.pending.push(line);
    if (this.pending.length >= BATCH_LINES) yield* this.drain(false);
  }

  /** Parses the waiting lines; with `final`, a quote still open is a stray one. */
  *drain(final: boolean): Generator<CsvRecord> {
    while (this.pending.length > 0) {
      const { records, error } = parseText(joinLines(this.pending));
      let used = 0;
      let refusal: ReaderError | null = null;
      for (const fields of records) {
        const span = spanned(fields);
        const expected = this.columns();
        if (span > 1 && expected !== null && fields.length !== expected) {
          refusal = { reason: REJECTION_REASONS.UNTERMINATED_QUOTE, message: `a quote opened on this line spans ${span} lines and makes a record of ${fields.length} columns, not ${expected}` };
          break;
        }
        const lines = this.pending.slice(used, used + span);
        used += span;
        if (span > 1 || !isBlankLine(lines[0].text)) yield { line: lines[0].line, raw: joinLines(lines), fields };
      }
      if (!refusal && !error) return this.keep(this.pending.length);
      if (!refusal && error) {
        const open = error.code === 'CSV_QUOTE_NOT_CLOSED';
        if (open && !final && this.pending.length - used < this.maxLines && this.bytesFrom(used) <= this.maxBytes) return this.keep(used);
        // an error found on a later line than the record's first: a quote opened there ran on
        const ranOn = (error.lines ?? 0) > used + 1;
        refusal = open || ranOn
          ? { reason: REJECTION_REASONS.UNTERMINATED_QUOTE, message: `a quote opened on this line is not closed ${open ? `within ${this.maxLines} lines and ${this.maxBytes} bytes` : 'before the end of a record'}` }
          : { reason: REJECTION_REASONS.INVALID_QUOTING, message: error.message.replace(/ at line \d+/, '') };
      }
      // the record starting at pending[used] is refused by its first line; the lines after it are read again
      const first = this.pending[Math.min(used, this.pending.length - 1)];
      yield { line: first.line, raw: first.text, fields: null, error: refusal as ReaderError };
      this.keep(this.pending.indexOf(first) + 1);
    }
  }

  private keep(consumed: number): void {
    this.pending = this.pending.slice(consumed);
  }

  private bytesFrom(index: number): number {
    let bytes = 0;
    for (let i = index; i < this.pending.length; i++) bytes += this.pending[i].text.length + 1;
    return bytes;
  }
}

function lineFailure(line: SplitLine): CsvRecord | null {
  if (line.tooLong) return failure(line, REJECTION_REASONS.LINE_TOO_LONG, 'line is longer than the maximum line length');
  if (line.invalid) return { ...failure(line, REJECTION_REASONS.INVALID_ENCODING, line.invalid.message), bytes: line.invalid.bytes };
  return null;
}

/**
 * Stream the CSV records of a body, each with its first physical line, its text as sent and its
 * fields (RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks). A record
 * that cannot be read gets an error and the stream goes on. Blank lines are skipped.
 */
export async function* readCsvRecords(source: TextSource, options: CsvRecordOptions = {}): AsyncGenerator<CsvRecord> {
  const maxBytes = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  const framer = new CsvFramer(options.maxRecordLines ?? DEFAULT_MAX_RECORD_LINES, maxBytes, options.columns ?? (() => null));
  for await (const line of splitLines(source, maxBytes, options.charset)) {
    const bad = lineFailure(line);
    if (!bad) {
      yield* framer.add(line);
      continue;
    }
    // a line that cannot be text ends any record still open before it
    yield* framer.drain(true);
    yield bad;
  }
  yield* framer.drain(true);
}

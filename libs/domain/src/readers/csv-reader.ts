import { REJECTION_REASONS } from '../rejection-reasons';
import { parseCsvLine } from './csv-line';
import { type SplitLine, splitLines } from './line-splitter';
import { DEFAULT_MAX_LINE_LENGTH, type ReaderOptions, type ReaderRow, type TextSource, errorRow } from './reader-row';

/** One CSV data row: column name to raw text. */
export type CsvRow = ReaderRow<Record<string, string>>;

interface CsvHeader {
  names: string[];
  /** Positions of named columns; unnamed ones (the pandas index column) are skipped. */
  keep: number[];
}

type HeaderResult = { ok: true; header: CsvHeader } | { ok: false; message: string };

function parseHeader(line: SplitLine): HeaderResult {
  if (line.tooLong) return { ok: false, message: 'header line is too long' };
  const parsed = parseCsvLine(line.text);
  if (!parsed.ok) return { ok: false, message: `header: ${parsed.error.message}` };
  // SAS exports often upper-case column names; the I94 field names are lower case.
  const names = parsed.fields.map((name) => name.trim().toLowerCase());
  const keep = names.flatMap((name, index) => (name === '' ? [] : [index]));
  const named = keep.map((index) => names[index]);
  if (named.length === 0) return { ok: false, message: 'header has no column names' };
  const duplicate = named.find((name, index) => named.indexOf(name) !== index);
  if (duplicate !== undefined) return { ok: false, message: `header repeats column ${duplicate}` };
  // Without a cicid column no row can be keyed: usually a wrong delimiter or a file of another kind.
  if (!named.includes('cicid')) return { ok: false, message: 'header has no cicid column (is the file comma-separated?)' };
  return { ok: true, header: { names, keep } };
}

function toRow(line: SplitLine, header: CsvHeader): CsvRow {
  if (line.tooLong) return errorRow(line.line, line.text, REJECTION_REASONS.LINE_TOO_LONG, 'line is longer than the maximum line length');
  const parsed = parseCsvLine(line.text);
  if (!parsed.ok) return errorRow(line.line, line.text, parsed.error.reason, parsed.error.message);
  const { fields } = parsed;
  if (fields.length !== header.names.length) {
    return errorRow(line.line, line.text, REJECTION_REASONS.RAGGED_ROW, `${fields.length} columns, header has ${header.names.length}`);
  }
  const values: Record<string, string> = {};
  for (const index of header.keep) values[header.names[index]] = fields[index];
  return { line: line.line, raw: line.text, values };
}

/**
 * Stream CSV data rows with one verdict each; a bad row never stops the stream. The first
 * non-blank line is the header; an unnamed leading column (the Udacity/pandas index) is ignored.
 * Blank lines are skipped.
 */
export async function* readCsv(source: TextSource, options: ReaderOptions = {}): AsyncGenerator<CsvRow> {
  let header: HeaderResult | undefined;
  for await (const line of splitLines(source, options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH)) {
    if (!line.tooLong && line.text.trim() === '') continue;
    if (header === undefined) {
      header = parseHeader(line);
      if (!header.ok) yield errorRow(line.line, line.text, REJECTION_REASONS.BAD_HEADER, header.message);
    } else if (header.ok) {
      yield toRow(line, header.header);
    } else {
      yield errorRow(line.line, line.text, REJECTION_REASONS.BAD_HEADER, `no usable header (${header.message})`);
    }
  }
}

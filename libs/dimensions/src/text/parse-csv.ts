import { parse } from 'csv-parse/sync';
import { type SkippedLine } from '../parse-result';

/** One CSV record: its fields and the 1-based line where it starts. */
export interface CsvRow {
  readonly line: number;
  readonly fields: readonly string[];
}

/** Rows read from delimited text plus the rows that could not be read. */
export interface CsvParseResult {
  readonly rows: readonly CsvRow[];
  readonly skipped: readonly SkippedLine[];
}

const LINE_BREAK = /\r\n|\n|\r/g;
// RFC 4180 with strict quoting and any line end; csv-parse's error codes name what went wrong.
const OPTIONS = { relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'], bom: false };
const REASONS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'unterminated quoted field',
  CSV_INVALID_CLOSING_QUOTE: 'unexpected text after a closing quote',
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field',
};

const lineBreaks = (fields: readonly string[]) => fields.reduce((n, f) => n + (f.match(LINE_BREAK)?.length ?? 0), 0);

function lineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(LINE_BREAK)) starts.push(match.index + match[0].length);
  return starts;
}

// Reads records from line `first` on into `rows`; returns the line of the record it could not read, if any.
function readFrom(text: string, delimiter: string, first: number, rows: CsvRow[]): SkippedLine | null {
  let line = first;
  try {
    parse(text, {
      ...OPTIONS,
      delimiter,
      on_record: (fields: string[]) => {
        if (!(fields.length === 1 && fields[0].trim() === '')) rows.push({ line, fields });
        line += lineBreaks(fields) + 1;
      },
    });
    return null;
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    return { line, reason: REASONS[code ?? ''] ?? message };
  }
}

/**
 * Reads RFC 4180 delimited text with csv-parse: quoted fields with doubled quotes and embedded
 * delimiters or line breaks, any mix of CRLF/LF line ends, blank lines ignored. A malformed
 * record (such as the unterminated quote of a truncated last line) is reported in `skipped` and
 * reading resumes on the next physical line, so one stray quote cannot swallow the rest of a file.
 */
export function parseCsv(content: string, delimiter = ','): CsvParseResult {
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  const starts = lineStarts(text);
  const rows: CsvRow[] = [];
  const skipped: SkippedLine[] = [];
  for (let line = 1; line <= starts.length; ) {
    const failed = readFrom(text.slice(starts[line - 1]), delimiter, line, rows);
    if (!failed) break;
    skipped.push(failed);
    line = failed.line + 1;
  }
  return { rows, skipped };
}

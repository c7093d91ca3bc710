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

interface Cursor {
  readonly text: string;
  pos: number;
  line: number;
}

type FieldRead = { readonly value: string } | { readonly error: string };

const LINE_BREAK = /\r\n|\n|\r/g;

/**
 * Reads RFC 4180-style delimited text: quoted fields with doubled quotes and embedded delimiters
 * or line breaks, any mix of CRLF/LF line ends, blank lines ignored. A malformed record (such as
 * the unterminated quote of a truncated last line) is reported in `skipped` and reading resumes
 * on the next physical line, so one stray quote cannot swallow the rest of a file.
 */
export function parseCsv(content: string, delimiter = ','): CsvParseResult {
  const cursor: Cursor = { text: content.startsWith('\uFEFF') ? content.slice(1) : content, pos: 0, line: 1 };
  const rows: CsvRow[] = [];
  const skipped: SkippedLine[] = [];
  while (cursor.pos < cursor.text.length) {
    const start = { pos: cursor.pos, line: cursor.line };
    const row = readRow(cursor, delimiter);
    if ('error' in row) {
      skipped.push({ line: start.line, reason: row.error });
      resumeAfterLine(cursor, start);
    } else if (!(row.fields.length === 1 && row.fields[0].trim() === '')) {
      rows.push({ line: start.line, fields: row.fields });
    }
  }
  return { rows, skipped };
}

function readRow(cursor: Cursor, delimiter: string): { readonly fields: string[] } | { readonly error: string } {
  const fields: string[] = [];
  for (;;) {
    const field = cursor.text[cursor.pos] === '"' ? readQuoted(cursor, delimiter) : readBare(cursor, delimiter);
    if ('error' in field) return field;
    fields.push(field.value);
    if (cursor.text[cursor.pos] !== delimiter) break;
    cursor.pos += 1;
  }
  consumeLineBreak(cursor);
  return { fields };
}

function readBare(cursor: Cursor, delimiter: string): FieldRead {
  const { text } = cursor;
  let end = cursor.pos;
  while (end < text.length && text[end] !== delimiter && text[end] !== '\n' && text[end] !== '\r') end += 1;
  const value = text.slice(cursor.pos, end);
  cursor.pos = end;
  return { value };
}

function readQuoted(cursor: Cursor, delimiter: string): FieldRead {
  const { text } = cursor;
  let value = '';
  let from = cursor.pos + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return { error: 'unterminated quoted field' };
    if (text[quote + 1] === '"') {
      value += text.slice(from, quote + 1);
      from = quote + 2;
      continue;
    }
    value += text.slice(from, quote);
    cursor.line += countLineBreaks(text.slice(cursor.pos, quote));
    cursor.pos = quote + 1;
    const next = text[cursor.pos];
    if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
      return { error: 'unexpected text after a closing quote' };
    }
    return { value };
  }
}

function consumeLineBreak(cursor: Cursor): void {
  const { text } = cursor;
  if (text.startsWith('\r\n', cursor.pos)) cursor.pos += 2;
  else if (text[cursor.pos] === '\n' || text[cursor.pos] === '\r') cursor.pos += 1;
  else return;
  cursor.line += 1;
}

function resumeAfterLine(cursor: Cursor, start: { readonly pos: number; readonly line: number }): void {
  LINE_BREAK.lastIndex = start.pos;
  const match = LINE_BREAK.exec(cursor.text);
  cursor.pos = match ? match.index + match[0].length : cursor.text.length;
  cursor.line = start.line + 1;
}

function countLineBreaks(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}

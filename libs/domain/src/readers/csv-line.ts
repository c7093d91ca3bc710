import { REJECTION_REASONS } from '../rejection-reasons';
import { type ReaderError } from './reader-row';

/** The fields of one CSV line, or why it could not be split. */
export type CsvLineResult = { ok: true; fields: string[] } | { ok: false; error: ReaderError };

const failure = (reason: ReaderError['reason'], message: string): CsvLineResult => ({ ok: false, error: { reason, message } });

function readQuoted(text: string, start: number): { value: string; next: number } | null {
  let value = '';
  let from = start;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return null;
    value += text.slice(from, quote);
    if (text[quote + 1] !== '"') return { value, next: quote + 1 };
    value += '"';
    from = quote + 2;
  }
}

/**
 * Split one CSV line (RFC 4180 quoting with "" escapes). A quote inside an unquoted field is
 * kept as text. Embedded newlines are not supported: I94 exports never contain them, and
 * line framing keeps one stray quote from swallowing the rest of a feed.
 */
export function parseCsvLine(text: string, delimiter = ','): CsvLineResult {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      const quoted = readQuoted(text, i + 1);
      if (!quoted) return failure(REJECTION_REASONS.UNTERMINATED_QUOTE, `quote opened at column ${i + 1} is never closed`);
      fields.push(quoted.value);
      i = quoted.next;
      if (i < text.length && text[i] !== delimiter) {
        return failure(REJECTION_REASONS.INVALID_QUOTING, `unexpected character after closing quote at column ${i + 1}`);
      }
    } else {
      const end = text.indexOf(delimiter, i);
      const stop = end === -1 ? text.length : end;
      fields.push(text.slice(i, stop));
      i = stop;
    }
    if (i >= text.length) return { ok: true, fields };
    i += delimiter.length;
  }
}

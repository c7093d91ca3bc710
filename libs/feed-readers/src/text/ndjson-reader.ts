import { DEFAULT_MAX_LINE_LENGTH, REJECTION_REASONS, type ReaderRow, type TextSource, errorRow } from '@i94/domain';
import { type Charset } from './charset';
import { isBlankLine, type SplitLine, splitLines } from './line-splitter';

/** One NDJSON line: the parsed object, values as sent (numbers or strings). */
export type NdjsonRow = ReaderRow<Record<string, unknown>>;

/** Options of the NDJSON reader. */
export interface NdjsonOptions {
  /** Longest line in bytes; longer ones get LINE_TOO_LONG. */
  maxLineLength?: number;
  charset?: Charset;
}

function toRow(line: SplitLine): NdjsonRow {
  if (line.tooLong) return errorRow(line.line, line.text, REJECTION_REASONS.LINE_TOO_LONG, 'line is longer than the maximum line length');
  if (line.invalid) return { line: line.line, raw: line.text, values: null, error: { reason: REJECTION_REASONS.INVALID_ENCODING, message: line.invalid.message }, bytes: line.invalid.bytes };
  let parsed: unknown;
  try {
    parsed = JSON.parse(line.text);
  } catch (err) {
    return errorRow(line.line, line.text, REJECTION_REASONS.MALFORMED_JSON, err instanceof Error ? err.message : 'invalid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    const kind = Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : `a ${typeof parsed}`;
    return errorRow(line.line, line.text, REJECTION_REASONS.NOT_AN_OBJECT, `expected an object, got ${kind}`);
  }
  return { line: line.line, raw: line.text, values: parsed as Record<string, unknown> };
}

/** Stream NDJSON lines, one verdict per non-blank line; a bad line never stops the stream. */
export async function* readNdjson(source: TextSource, options: NdjsonOptions = {}): AsyncGenerator<NdjsonRow> {
  for await (const line of splitLines(source, options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH, options.charset)) {
    if (!line.tooLong && !line.invalid && isBlankLine(line.text)) continue;
    yield toRow(line);
  }
}

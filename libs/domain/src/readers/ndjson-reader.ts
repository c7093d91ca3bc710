import { REJECTION_REASONS } from '../rejection-reasons';
import { type SplitLine, splitLines } from './line-splitter';
import { DEFAULT_MAX_LINE_LENGTH, type ReaderOptions, type ReaderRow, type TextSource, errorRow } from './reader-row';

/** One NDJSON line: the parsed object, values as sent (numbers or strings). */
export type NdjsonRow = ReaderRow<Record<string, unknown>>;

function toRow(line: SplitLine): NdjsonRow {
  if (line.tooLong) return errorRow(line.line, line.text, REJECTION_REASONS.LINE_TOO_LONG, 'line is longer than the maximum line length');
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
export async function* readNdjson(source: TextSource, options: ReaderOptions = {}): AsyncGenerator<NdjsonRow> {
  for await (const line of splitLines(source, options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH)) {
    if (!line.tooLong && line.text.trim() === '') continue;
    yield toRow(line);
  }
}

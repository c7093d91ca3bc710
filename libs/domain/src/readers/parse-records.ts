import { type CodeLists } from '../code-lists';
import { type ValidationOutcome, validateRecord } from '../validate-record';
import { type ReaderRow } from './reader-row';

/** A line's final verdict: the validated record, or every reason it was refused. */
export interface ParsedRecord {
  line: number;
  /** The line as read (a preview for too-long lines), for dead-letter payloads. */
  raw: string;
  /** The original bytes when they are not the UTF-8 of `raw` (a line invalid in its charset). */
  bytes?: Buffer;
  outcome: ValidationOutcome;
}

/** Validate every row a reader yields; reader errors become single line-level rejections. */
export async function* parseRecords(
  rows: AsyncIterable<ReaderRow<Readonly<Record<string, unknown>>>>,
  codeLists?: CodeLists,
): AsyncGenerator<ParsedRecord> {
  for await (const row of rows) {
    const outcome: ValidationOutcome = row.error
      ? { ok: false, rejections: [{ field: null, reason: row.error.reason, message: row.error.message }] }
      : validateRecord(row.values, codeLists);
    const bytes = row.error ? row.bytes : undefined;
    yield bytes ? { line: row.line, raw: row.raw, bytes, outcome } : { line: row.line, raw: row.raw, outcome };
  }
}

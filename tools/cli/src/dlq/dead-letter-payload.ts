import { type DeadLetter } from '@i94/avro';
import { I94_FIELDS } from '@i94/domain';
import { csvFields } from '@i94/feed-readers';

/** A dead letter's original record as field values, or why it cannot be read back. */
export type PayloadValues = { ok: true; values: Record<string, unknown> } | { ok: false; why: string };

/**
 * The column names a CSV dead letter is read with. The gateway keeps the rejected line, not its
 * file's header, so the feed's column order is assumed: the I94 fields in their standard order,
 * after the unnamed index column when the line has one more column (the Udacity layout).
 */
export function csvColumnsFor(columnCount: number, header?: readonly string[]): readonly string[] | null {
  if (header) return header.length === columnCount ? header : null;
  if (columnCount === I94_FIELDS.length) return I94_FIELDS;
  if (columnCount === I94_FIELDS.length + 1) return ['', ...I94_FIELDS];
  return null;
}

/** The dead letter's original bytes as text (every format the gateway rejects is text). */
export const payloadText = (letter: DeadLetter): string => Buffer.from(letter.payload).toString('utf8');

/**
 * The original record's field values, from an NDJSON object or a CSV line (columns from
 * `csvColumnsFor`). Avro payloads (rejected downstream) and lines that cannot be split are not
 * readable back: they are reported, never guessed.
 */
export function payloadValues(letter: DeadLetter, csvHeader?: readonly string[]): PayloadValues {
  const text = payloadText(letter);
  if (letter.payloadFormat === 'NDJSON') {
    try {
      const value: unknown = JSON.parse(text);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, why: 'the line is not a JSON object' };
      return { ok: true, values: value as Record<string, unknown> };
    } catch (error) {
      return { ok: false, why: `the line is not JSON (${(error as Error).message})` };
    }
  }
  if (letter.payloadFormat === 'CSV') {
    const fields = csvFields(text);
    if (!fields) return { ok: false, why: 'the CSV record cannot be split (broken quoting)' };
    const columns = csvColumnsFor(fields.length, csvHeader);
    if (!columns) return { ok: false, why: `${fields.length} columns do not match the feed layout; pass --csv-header` };
    return { ok: true, values: Object.fromEntries(columns.flatMap((name, i) => (name === '' ? [] : [[name, fields[i]]]))) };
  }
  return { ok: false, why: `a ${letter.payloadFormat} payload (rejected by ${letter.service}) cannot go back through the gateway` };
}

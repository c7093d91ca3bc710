import { type SkippedLine } from '../parse-result';
import { locateColumns } from './locate-columns';
import { parseCsv, type CsvRow } from './parse-csv';

/** Why a data row could not become a record. */
export interface RowError {
  readonly error: string;
}

/** A delimited file with a header: its data rows, where each wanted column is, and what was refused. */
export type Table<K extends string> =
  | { readonly ok: true; readonly rows: readonly CsvRow[]; readonly index: Readonly<Record<K, number>>; readonly width: number; readonly skipped: readonly SkippedLine[] }
  | { readonly ok: false; readonly skipped: readonly SkippedLine[] };

/**
 * Reads delimited text whose first row is a header and locates the wanted columns by name. A file
 * without a header or without a wanted column is refused as a whole (reported in `skipped`)
 * rather than read by position.
 */
export function readTable<K extends string>(content: string, columns: Readonly<Record<K, string>>, delimiter = ','): Table<K> {
  const csv = parseCsv(content, delimiter);
  const [header, ...rows] = csv.rows;
  if (!header) return { ok: false, skipped: [...csv.skipped, { line: 0, reason: 'no header line' }] };
  const located = locateColumns(header.fields, columns);
  if (!located.ok) {
    return { ok: false, skipped: [...csv.skipped, { line: header.line, reason: `missing columns: ${located.missing.join(', ')}` }] };
  }
  return { ok: true, rows, index: located.index, width: header.fields.length, skipped: csv.skipped };
}

/** The error for a row whose field count differs from the header's. */
export function widthError(row: CsvRow, width: number): RowError | null {
  return row.fields.length === width ? null : { error: `expected ${width} fields, found ${row.fields.length}` };
}

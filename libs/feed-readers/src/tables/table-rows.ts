import { DEFAULT_MAX_LINE_LENGTH, errorRow, I94_FIELDS, REJECTION_REASONS, type ReaderRow } from '@i94/domain';
import { jsonValue, mapColumns } from './i94-json';
import { type RowTable } from './row-table';
import { UnreadableFeedError } from './unreadable-feed-error';

/** One row of a Parquet or SAS7BDAT table: the I94 values, and the row as read (JSON, its own column names) for dead letters. */
export type TableRow = ReaderRow<Record<string, unknown>>;

/** Options of readTableRows. */
export interface TableRowOptions {
  /** A row whose JSON form is longer than this is refused with LINE_TOO_LONG (as a text line would be). */
  maxRowLength?: number;
}

function rawRow(columns: readonly string[], values: readonly unknown[]): string {
  // Built as text: an object with computed keys per row would be a slow dictionary-mode object.
  return `{${columns.map((name, i) => `${JSON.stringify(name)}:${JSON.stringify(jsonValue(values[i]))}`).join(',')}}`;
}

/**
 * The rows of a table with one verdict-ready row each, numbered from 1. A table without a cicid
 * column is not an I94 feed: UnreadableFeedError before any row. Other missing columns are
 * missing values, which validation judges.
 */
export async function* readTableRows(table: RowTable, options: TableRowOptions = {}): AsyncGenerator<TableRow> {
  const mapping = mapColumns(table.columns);
  if (mapping.missing.includes('cicid')) throw new UnreadableFeedError(`the table has no cicid column (it has ${table.columns.slice(0, 10).join(', ') || 'none'}); is it an I94 file?`);
  const max = options.maxRowLength ?? DEFAULT_MAX_LINE_LENGTH;
  let line = 0;
  for await (const values of table.rows) {
    line += 1;
    const raw = rawRow(table.columns, values);
    if (raw.length > max) {
      yield errorRow(line, raw, REJECTION_REASONS.LINE_TOO_LONG, `row is ${raw.length} characters as JSON, over the maximum of ${max}`);
      continue;
    }
    const record: Record<string, unknown> = {};
    for (const field of I94_FIELDS) record[field] = null;
    for (const [field, index] of mapping.columns) record[field] = jsonValue(values[index]);
    yield { line, raw, values: record };
  }
}

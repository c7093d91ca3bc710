import { I94_FIELDS, type I94FieldName } from '@i94/domain';

const MS_PER_DAY = 86_400_000;
const SAS_EPOCH_MS = Date.UTC(1960, 0, 1);

/** Which source column (by position) feeds each I94 field, matched case-insensitively, and which fields have none. */
export interface ColumnMapping {
  columns: ReadonlyArray<readonly [field: I94FieldName, index: number]>;
  missing: I94FieldName[];
}

/** Match a file's column names to the I94 fields; extra columns are ignored. */
export function mapColumns(names: readonly string[]): ColumnMapping {
  const lower = names.map((name) => name.trim().toLowerCase());
  const columns: [I94FieldName, number][] = [];
  const missing: I94FieldName[] = [];
  for (const field of I94_FIELDS) {
    const index = lower.indexOf(field);
    if (index < 0) missing.push(field);
    else columns.push([field, index]);
  }
  return { columns, missing };
}

// Spark and SAS give doubles (4084316.0 serialises as 4084316), INT64 arrives as bigint, and a
// SAS date column read by Spark arrives as a Date: send it back as the SAS day number it was.
/** A table cell as a JSON value: doubles as numbers, bigint as a number when safe, a Date as its SAS day number. */
export function jsonValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Object.prototype.toString.call(value) === '[object Date]') return Math.round(((value as Date).getTime() - SAS_EPOCH_MS) / MS_PER_DAY);
  return String(value);
}

/** One row (values by column position) as an NDJSON line with the I94 field names, in CSV column order. */
export function toI94JsonLine(values: readonly unknown[], mapping: ColumnMapping): string {
  // Built as text: an object with 28 computed keys would be a slow dictionary-mode object.
  const parts = mapping.columns.map(([field, index]) => `"${field}":${JSON.stringify(jsonValue(values[index]))}`);
  return `{${parts.join(',')}}`;
}

import { I94_FIELDS, I94_FIELD_KINDS, type I94FieldName, type I94RawRecord } from '../i94-raw-record';

/** Header of the Udacity/pandas CSV export: an unnamed index column, then the 28 fields. */
export const UDACITY_CSV_HEADER = `,${I94_FIELDS.join(',')}`;

const NEEDS_QUOTES = /[",\r\n]/;

function cell(field: I94FieldName, value: string | number | null): string {
  if (value === null) return '';
  // pandas writes numeric columns that contain NaN as floats: 5748517 becomes 5748517.0.
  if (typeof value === 'number') return I94_FIELD_KINDS[field] !== 'string' && Number.isInteger(value) ? value.toFixed(1) : String(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV data line in the Udacity layout (no line terminator); `index` fills the unnamed column. */
export function toUdacityCsvLine(record: I94RawRecord, index: number): string {
  return `${index},${I94_FIELDS.map((field) => cell(field, record[field])).join(',')}`;
}

/** One NDJSON line (no line terminator) with the fields in CSV column order. */
export function toNdjsonLine(record: I94RawRecord): string {
  return JSON.stringify(Object.fromEntries(I94_FIELDS.map((field) => [field, record[field]])));
}

import { readFileSync } from 'node:fs';
import { I94_FIELD_KINDS, I94_FIELDS, type I94FieldName } from '@i94/domain';
import { SAMPLE_CSV } from '@i94/testing';

// Real sample rows, copied with a chosen cicid and some fields replaced, so every corpus case
// sends its own cicids and a reader of the raw topic can tell exactly which records landed.

const [HEADER_LINE, ROW_A, ROW_B] = readFileSync(SAMPLE_CSV, 'utf8').split(/\r?\n/);
const NAMES = HEADER_LINE.split(',');

/** The sample's CSV header (with the unnamed pandas index column first). */
export const HEADER = HEADER_LINE;

/** The I94 text fields: every one gets the injection strings. */
export const TEXT_FIELDS = I94_FIELDS.filter((f) => I94_FIELD_KINDS[f] === 'string');

/** Quotes a CSV cell when it holds a comma, a quote or a line break (RFC 4180). */
export const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A sample row as CSV with cicid `cicid` and `changes` (raw cell text, by I94 field name). */
export function csvRow(cicid: number, changes: Partial<Record<I94FieldName, string>> = {}, base = ROW_A): string {
  const cells = base.split(',');
  cells[NAMES.indexOf('cicid')] = `${cicid}.0`;
  for (const [name, value] of Object.entries(changes)) cells[NAMES.indexOf(name)] = value;
  return cells.join(',');
}

/** A sample row as an NDJSON object with cicid `cicid` and `changes` (JSON values). */
export function jsonRow(cicid: number, changes: Record<string, unknown> = {}, base = ROW_A): string {
  const cells = base.split(',');
  const object = Object.fromEntries(NAMES.slice(1).map((n, i) => [n, cells[i + 1] === '' ? null : cells[i + 1]]));
  return JSON.stringify({ ...object, cicid, ...changes });
}

/** The second sample row, for variety between the two good lines of a request. */
export const csvRowB = (cicid: number) => csvRow(cicid, {}, ROW_B);
export const jsonRowB = (cicid: number) => jsonRow(cicid, {}, ROW_B);

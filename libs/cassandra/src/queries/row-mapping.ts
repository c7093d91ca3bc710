import { type types } from 'cassandra-driver';

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** A driver value as JSON: bigints and Longs as numbers, dates as ISO text, JSON columns parsed. */
function plain(column: string, value: unknown, jsonColumns: ReadonlySet<string>): unknown {
  if (value === null || value === undefined) return null;
  if (jsonColumns.has(column)) return JSON.parse(String(value));
  if (typeof value === 'object' && 'toNumber' in (value as object)) return (value as types.Long).toNumber();
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value.constructor?.name === 'LocalDate') return String(value);
  return value;
}

/** A Cassandra row as a camelCase object. */
export function rowToObject(row: types.Row, jsonColumns: ReadonlySet<string> = new Set()): Record<string, unknown> {
  return Object.fromEntries(row.keys().map((column) => [camel(column), plain(column, row.get(column), jsonColumns)]));
}

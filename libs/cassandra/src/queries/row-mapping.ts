import { types } from 'cassandra-driver';

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The parts of a driver result the mapping reads: its rows, and its columns' CQL types. */
export interface ResultRows {
  rows: types.Row[];
  columns?: { name: string; type: { code: number } }[];
}

// Cassandra keeps no empty collection: a list, set or map written empty reads back as null.
const EMPTY_COLLECTIONS = new Map<number, () => unknown>([
  [types.dataTypes.list, () => []],
  [types.dataTypes.set, () => []],
  [types.dataTypes.map, () => ({})],
]);

/** A driver value as JSON: bigints and Longs as numbers, dates as ISO text, JSON columns parsed. */
function plain(column: string, value: unknown, jsonColumns: ReadonlySet<string>, empty: (() => unknown) | undefined): unknown {
  if (value === null || value === undefined) return empty ? empty() : null;
  if (jsonColumns.has(column)) return JSON.parse(String(value));
  if (typeof value === 'object' && 'toNumber' in (value as object)) return (value as types.Long).toNumber();
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value.constructor?.name === 'LocalDate') return String(value);
  return value;
}

/**
 * A result's rows as camelCase objects. A collection column read back as null is the empty
 * collection it was written as (a record's qualityFlags [] is [], not null).
 */
export function rowsToObjects(result: ResultRows, jsonColumns: ReadonlySet<string> = new Set()): Record<string, unknown>[] {
  const empty = new Map((result.columns ?? []).map((c) => [c.name, EMPTY_COLLECTIONS.get(c.type.code)]));
  return result.rows.map((row) => Object.fromEntries(row.keys().map((column) => [camel(column), plain(column, row.get(column), jsonColumns, empty.get(column))])));
}

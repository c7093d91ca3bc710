import { loadHyparquet } from '../esm/hyparquet';
import { fromColumnValue, type ParquetColumn } from './avro-to-parquet';

/**
 * Reads a Parquet file's rows (only the `selected` columns, when given) back into the shapes of
 * their Avro fields. Reading a few columns of a file is what makes the compactor's first pass cheap.
 */
export async function readParquet(bytes: Uint8Array, columns: readonly ParquetColumn[], selected?: readonly string[]): Promise<Record<string, unknown>[]> {
  const { parquetReadObjects } = await loadHyparquet();
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const wanted = selected ? columns.filter((c) => selected.includes(c.name)) : columns;
  const rows = (await parquetReadObjects({ file, columns: wanted.map((c) => c.name), utf8: true })) as Record<string, unknown>[];
  for (const row of rows) for (const c of wanted) row[c.name] = fromColumnValue(c.kind, row[c.name]);
  return rows;
}

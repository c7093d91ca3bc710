import { loadHyparquetWriter } from '../esm/hyparquet';
import { type ParquetColumn, parquetSchema, toColumnValue } from './avro-to-parquet';

export interface EncodeOptions<Row = Record<string, unknown>> {
  rowGroupSize?: number;
  kvMetadata?: Record<string, string>;
  /** A row's value of a column; by default `row[name]`. Lets callers encode rows without copying them into new objects. */
  cellOf?: (row: Row, column: string) => unknown;
}

const property = (row: unknown, column: string) => (row as Record<string, unknown>)[column];

/**
 * Encodes rows as one Parquet file (snappy), row group by row group so only one group's column
 * arrays exist at a time beside the encoded bytes.
 */
export async function encodeParquet<Row>(columns: readonly ParquetColumn[], rows: readonly Row[], options: EncodeOptions<Row> = {}): Promise<Uint8Array> {
  const { ByteWriter, ParquetWriter } = await loadHyparquetWriter();
  const writer = new ByteWriter();
  const kvMetadata = Object.entries(options.kvMetadata ?? {}).map(([key, value]) => ({ key, value }));
  const parquet = new ParquetWriter({ writer, schema: parquetSchema(columns) as never, kvMetadata, createdBy: 'i94-platform' });
  const groupSize = options.rowGroupSize ?? 50_000;
  const cellOf = options.cellOf ?? property;
  for (let start = 0; start < rows.length; start += groupSize) {
    const end = Math.min(rows.length, start + groupSize);
    const columnData = columns.map((c) => {
      const data = new Array<unknown>(end - start);
      for (let i = start; i < end; i++) data[i - start] = toColumnValue(c.kind, cellOf(rows[i], c.name));
      return { name: c.name, data };
    });
    parquet.write({ columnData: columnData as never, rowGroupSize: groupSize });
  }
  parquet.finish();
  return new Uint8Array(writer.getBuffer());
}

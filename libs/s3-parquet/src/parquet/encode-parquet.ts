import { loadHyparquetWriter } from '../esm/hyparquet';
import { type ParquetColumn, parquetSchema, toColumnValue } from './avro-to-parquet';

export interface EncodeOptions {
  rowGroupSize?: number;
  kvMetadata?: Record<string, string>;
}

/**
 * Encodes rows as one Parquet file (snappy), row group by row group so only one group's column
 * arrays exist at a time beside the encoded bytes.
 */
export async function encodeParquet(columns: readonly ParquetColumn[], rows: readonly Record<string, unknown>[], options: EncodeOptions = {}): Promise<Uint8Array> {
  const { ByteWriter, ParquetWriter } = await loadHyparquetWriter();
  const writer = new ByteWriter();
  const kvMetadata = Object.entries(options.kvMetadata ?? {}).map(([key, value]) => ({ key, value }));
  const parquet = new ParquetWriter({ writer, schema: parquetSchema(columns) as never, kvMetadata, createdBy: 'i94-platform' });
  const groupSize = options.rowGroupSize ?? 50_000;
  for (let start = 0; start < rows.length; start += groupSize) {
    const group = rows.slice(start, start + groupSize);
    const columnData = columns.map((c) => ({ name: c.name, data: group.map((r) => toColumnValue(c.kind, r[c.name])) }));
    parquet.write({ columnData: columnData as never, rowGroupSize: groupSize });
  }
  parquet.finish();
  return new Uint8Array(writer.getBuffer());
}

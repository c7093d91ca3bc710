import type { ColumnData, FileMetaData } from 'hyparquet';
import { type Hyparquet, loadHyparquet } from '@i94/s3-parquet';
import { rowsFromColumns } from './column-rows';
import { type RowTable, rowObjects } from './row-table';

/** Rows decoded per read; Spark row groups can hold millions of rows, so big groups are read in slices. */
export const PARQUET_SLICE_ROWS = 50_000;

/** Row ranges [start, end) covering each row group, none longer than `sliceRows`. */
export function rowGroupSlices(groupSizes: readonly number[], sliceRows = PARQUET_SLICE_ROWS): [number, number][] {
  const slices: [number, number][] = [];
  let groupStart = 0;
  for (const size of groupSizes) {
    for (let start = groupStart; start < groupStart + size; start += sliceRows) slices.push([start, Math.min(start + sliceRows, groupStart + size)]);
    groupStart += size;
  }
  return slices;
}

type AsyncBuffer = Awaited<ReturnType<Hyparquet['asyncBufferFromFile']>>;

async function* sliceRows(hyparquet: Hyparquet, file: AsyncBuffer, metadata: FileMetaData, names: string[], sliceSize: number): AsyncGenerator<unknown[]> {
  const sizes = metadata.row_groups.map((group) => Number(group.num_rows));
  for (const [rowStart, rowEnd] of rowGroupSlices(sizes, sliceSize)) {
    const chunks = new Map<string, ColumnData[]>();
    const onChunk = (chunk: ColumnData) => chunks.set(chunk.columnName, [...(chunks.get(chunk.columnName) ?? []), chunk]);
    await hyparquet.parquetRead({ file, metadata, rowStart, rowEnd, useOffsetIndex: true, onChunk });
    yield* rowsFromColumns(names, chunks, rowStart, rowEnd);
  }
}

/**
 * Open a Parquet file as a RowTable. Each row group (or slice of one, narrowed with the offset
 * index) is decoded column by column, so memory holds one slice's columns, never the file.
 */
export async function openParquet(path: string, sliceSize = PARQUET_SLICE_ROWS): Promise<RowTable> {
  const hyparquet = await loadHyparquet();
  // Reads byte ranges on demand (a stream per range): the file is never loaded whole.
  const file = await hyparquet.asyncBufferFromFile(path);
  const metadata = await hyparquet.parquetMetadataAsync(file);
  const columns = hyparquet.parquetSchema(metadata).children.map((child) => child.element.name);
  return { columns, rows: sliceRows(hyparquet, file, metadata, columns, sliceSize) };
}

/** A Parquet file's rows as objects keyed by column name. */
export async function* readParquetRows(path: string, sliceSize = PARQUET_SLICE_ROWS): AsyncGenerator<Record<string, unknown>> {
  yield* rowObjects(await openParquet(path, sliceSize));
}

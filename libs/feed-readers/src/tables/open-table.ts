import { openParquet } from './parquet-rows';
import { type RowTable } from './row-table';
import { openSas7bdat } from '../sas7bdat/read-sas7bdat';
import { UnreadableFeedError } from './unreadable-feed-error';

/** Table-shaped feed formats: both need random access, so they are read from a file. */
export type TableFormat = 'parquet' | 'sas7bdat';

const NAMES: Record<TableFormat, string> = { parquet: 'Parquet', sas7bdat: 'SAS7BDAT' };

async function* failingAs(format: TableFormat, rows: AsyncIterable<readonly unknown[]>): AsyncGenerator<readonly unknown[]> {
  try {
    yield* rows;
  } catch (error) {
    throw new UnreadableFeedError(`not a readable ${NAMES[format]} file: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Open a Parquet or SAS7BDAT file as a RowTable whose rows stream (a row group slice or a page
 * at a time). A file that is not of the format, truncated or corrupt fails with
 * UnreadableFeedError saying so, at open when its header or footer shows it.
 */
export async function openFeedTable(path: string, format: TableFormat): Promise<RowTable> {
  try {
    const table = format === 'parquet' ? await openParquet(path) : await openSas7bdat(path);
    return { columns: table.columns, rows: failingAs(format, table.rows) };
  } catch (error) {
    throw new UnreadableFeedError(`not a readable ${NAMES[format]} file: ${(error as Error).message}`, { cause: error });
  }
}

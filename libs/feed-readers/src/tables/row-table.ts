/**
 * Rows of a table-shaped file (Parquet, SAS7BDAT): column names, then each row's values in that
 * order. Arrays, not objects: objects with 28 computed keys fall into V8's slow dictionary mode.
 * Iterate `rows` to the end (or call its return()) so the file is closed.
 */
export interface RowTable {
  columns: readonly string[];
  rows: AsyncIterable<readonly unknown[]>;
}

/** The rows as objects keyed by column name, for callers that prefer them. */
export async function* rowObjects(table: RowTable): AsyncGenerator<Record<string, unknown>> {
  for await (const values of table.rows) {
    const row: Record<string, unknown> = {};
    table.columns.forEach((name, i) => {
      row[name] = values[i];
    });
    yield row;
  }
}

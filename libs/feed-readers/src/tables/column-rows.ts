import type { ColumnData } from 'hyparquet';

/** Values of one column over a row range, from chunks that may start before or end after it. */
class ColumnCursor {
  private index = 0;
  private readonly chunks: ColumnData[];

  constructor(chunks: readonly ColumnData[]) {
    this.chunks = [...chunks].sort((a, b) => a.rowStart - b.rowStart);
  }

  /** The value at absolute row `row`; rows must be asked in increasing order. */
  at(row: number): unknown {
    while (this.index < this.chunks.length && this.chunks[this.index].rowEnd <= row) this.index++;
    const chunk = this.chunks[this.index];
    return chunk && chunk.rowStart <= row ? chunk.columnData[row - chunk.rowStart] : null;
  }
}

/**
 * Rows [rowStart, rowEnd) as arrays in `names` order, built one at a time from decoded column
 * chunks: each array dies young, where an array of a whole slice of rows would survive into the
 * old generation and make the heap grow.
 */
export function* rowsFromColumns(names: readonly string[], chunks: ReadonlyMap<string, readonly ColumnData[]>, rowStart: number, rowEnd: number): Generator<unknown[]> {
  const cursors = names.map((name) => new ColumnCursor(chunks.get(name) ?? []));
  for (let row = rowStart; row < rowEnd; row++) yield cursors.map((cursor) => cursor.at(row));
}

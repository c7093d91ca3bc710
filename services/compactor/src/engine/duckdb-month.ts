import { type DuckDBConnection } from '@duckdb/node-api';
import { type StateMonthFigures, TOP_RESIDENCE_COUNTRIES } from '@i94/domain';
import { type EngineLimits, type FileLayout, rowsOf, withDuckDb } from './duckdb-session';
import { fullFiles } from './full-month';
import { incrementalFiles } from './incremental-month';
import { figuresSql, rowsReadSql, sourceRows } from './month-sql';

export { type EngineLimits } from './duckdb-session';

/** A compacted file of the previous version, downloaded. */
export interface PreviousFile {
  path: string;
  key: string;
  rows: number;
}

/** What one month's transform asks for. */
export interface MonthTransformRequest extends FileLayout {
  /** Local Parquet files of rolled-up rows to merge. */
  sources: readonly string[];
  /** The subset of `sources` whose rows count as read for inputRows. */
  counted: readonly string[];
  /**
   * The previous version's files: only those holding an arrival a new copy replaces are
   * rewritten, the others stay as they are. Absent: every arrival comes from `sources`.
   */
  previous?: readonly PreviousFile[];
}

/** A file of the new version: written here, or one of the previous version's kept as it is. */
export type CompactedFile = { rows: number } & ({ path: string } | { reuse: string });

/** What the transform gives back: the figures, the rows read per group, and the compacted files. */
export interface MonthTransform {
  figures: StateMonthFigures[];
  /** Rows of the `counted` files per `state|month`, duplicates included. */
  rowsRead: Map<string, number>;
  /** Rows of every source and previous file, duplicates included. */
  sourceRows: number;
  files: CompactedFile[];
  /** Milliseconds of each step, for the log. */
  steps: Record<'count' | 'merge' | 'figures', number>;
}

const groupKey = (state: string, month: string) => `${state}|${month}`;

async function rowsReadOf(con: DuckDBConnection, counted: readonly string[]): Promise<Map<string, number>> {
  const rowsRead = new Map<string, number>();
  if (counted.length === 0) return rowsRead;
  for (const r of await rowsOf(con, rowsReadSql(counted))) rowsRead.set(groupKey(String(r.state), String(r.month)), Number(r.rows));
  return rowsRead;
}

/**
 * One month's transform in an embedded DuckDB: keep each arrival's latest copy, write the kept
 * copies as compacted Parquet files, and count the figures of every state and month over them.
 */
export function transformMonth(request: MonthTransformRequest, limits: EngineLimits): Promise<MonthTransform> {
  return withDuckDb(request.workDir, limits, async (con) => {
    const at = [Date.now()];
    const rowsRead = await rowsReadOf(con, request.counted);
    const all = [...(request.previous ?? []).map((p) => p.path), ...request.sources];
    const [{ n: sourceRows }] = await rowsOf(con, `SELECT count(*)::DOUBLE AS n FROM ${sourceRowsOf(all)}`);
    at.push(Date.now());
    const files = request.previous?.length ? await incrementalFiles(con, request, request.previous) : await fullFiles(con, request, limits);
    at.push(Date.now());
    const figures = (await rowsOf(con, figuresSql(TOP_RESIDENCE_COUNTRIES))) as unknown as StateMonthFigures[];
    at.push(Date.now());
    return { figures, rowsRead, sourceRows: Number(sourceRows), files, steps: { count: at[1] - at[0], merge: at[2] - at[1], figures: at[3] - at[2] } };
  });
}

const sourceRowsOf = sourceRows;

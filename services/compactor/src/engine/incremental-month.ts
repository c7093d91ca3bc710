import { type DuckDBConnection } from '@duckdb/node-api';
import { type CompactedFile, type MonthTransformRequest, type PreviousFile } from './duckdb-month';
import { describeColumns, outputColumns, rowsOf, writeTable } from './duckdb-session';
import { clashesSql, dropStaleSql, keptViewSql, latestCopiesSql, supersededFilesSql, withoutSupersededSql } from './month-sql';

/**
 * An incremental version: the new rows' latest copies go to new files; of the previous version's
 * files only those holding an arrival that a new copy replaces are rewritten without it, and the
 * others are kept as they are (a day of new arrivals rewrites none). Leaves a `kept` view over
 * the version's files for the figures. The figures equal a rebuild's; the files are laid out
 * differently (the new rows in files of their own, each file sorted).
 */
export async function incrementalFiles(con: DuckDBConnection, request: MonthTransformRequest, previous: readonly PreviousFile[]): Promise<CompactedFile[]> {
  const columns = outputColumns(await describeColumns(con, [previous[0].path, ...request.sources]));
  await con.run(latestCopiesSql('fresh', request.sources, columns));
  await con.run(clashesSql(previous.map((p) => p.path)));
  await con.run(dropStaleSql);
  const superseded = new Set((await rowsOf(con, supersededFilesSql)).map((r) => String(r.filename)));
  const files: CompactedFile[] = [];
  for (const p of previous) {
    if (!superseded.has(p.path)) {
      files.push({ reuse: p.key, rows: p.rows });
      continue;
    }
    await con.run(withoutSupersededSql('rewritten', p.path, columns));
    files.push(...(await writeTable(con, 'rewritten', request, files.length)));
  }
  const [{ n }] = await rowsOf(con, 'SELECT count(*)::DOUBLE AS n FROM fresh');
  if (Number(n) > 0) files.push(...(await writeTable(con, 'fresh', request, files.length)));
  const local = files.map((f) => ('path' in f ? f.path : previous.find((p) => p.key === f.reuse)!.path));
  await con.run(keptViewSql(local));
  return files;
}

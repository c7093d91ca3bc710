import { join } from 'node:path';
import { mkdirSync, rmSync } from 'node:fs';
import { type DuckDBConnection } from '@duckdb/node-api';
import { renameParquetColumns, schemaRenames } from '@i94/s3-parquet';
import { cutFiles } from './cut-files';
import { type CompactedFile, type MonthTransformRequest } from './duckdb-month';
import { outputColumns, rowsOf } from './duckdb-session';
import { dayCountsSql, fileOfDaySql, keptFilesSql, scatterSql, sortedPartSql, sourceFilesSql, winnersSql } from './month-plan-sql';
import { describeSql } from './month-sql';

/**
 * Output files scattered per read of the sources: 13 open writers fit a 512MB limit, 155 (a
 * 31M-row month) did not. More batches mean more reads of the sources (each decodes only the
 * batch's states).
 */
const SCATTER_FILES = 16;
const SCATTER_ROW_GROUP = 8192;

/**
 * A rebuild, or a first version: each arrival's latest copy, found on narrow rows (left as the
 * `kept` table for the figures); the whole rows are scattered to their file in one more read of
 * the sources, and each file is sorted alone. Memory holds one file's rows, not the month's.
 */
export async function fullFiles(con: DuckDBConnection, request: MonthTransformRequest): Promise<CompactedFile[]> {
  await con.run(sourceFilesSql(request.sources));
  await con.run(winnersSql(request.sources));
  const days = (await rowsOf(con, dayCountsSql)).map((d) => ({ state: String(d.state), day: d.day === null ? null : String(d.day), n: Number(d.n) }));
  const plan = cutFiles(days, request.rowsPerFile);
  if (plan.length === 0) return [];
  await con.run(fileOfDaySql(plan));
  await con.run(keptFilesSql);
  const columns = await outputColumns(con, request.sources);
  const renames = schemaRenames((await rowsOf(con, describeSql(request.sources))).map((r) => String(r.column_name)), request.columns);
  const outDir = join(request.workDir, 'out');
  mkdirSync(outDir, { recursive: true });
  const scattered = join(request.workDir, 'scattered');
  const last = plan[plan.length - 1].file;
  for (let first = 0; first <= last; first += SCATTER_FILES) {
    const batch = { first, last: Math.min(last, first + SCATTER_FILES - 1) };
    const states = [...new Set(plan.filter((d) => d.file >= batch.first && d.file <= batch.last).map((d) => d.state))];
    await con.run(scatterSql(request.sources, columns, { ...batch, states }, scattered, SCATTER_ROW_GROUP));
  }
  const files: CompactedFile[] = [];
  for (let file = 0; file <= last; file++) {
    const path = join(outDir, `part-${String(file).padStart(4, '0')}.parquet`);
    await con.run(sortedPartSql(join(scattered, `part=${file}`), path, request.rowGroupRows));
    rmSync(join(scattered, `part=${file}`), { recursive: true, force: true });
    await renameParquetColumns(path, renames);
    files.push({ path, rows: plan.filter((d) => d.file === file).reduce((n, d) => n + d.n, 0) });
  }
  return files;
}

import { join } from 'node:path';
import { mkdirSync, rmSync } from 'node:fs';
import { type DuckDBConnection } from '@duckdb/node-api';
import { renameParquetColumns, schemaRenames } from '@i94/s3-parquet';
import { cutFiles } from './cut-files';
import { type CompactedFile, type MonthTransformRequest } from './duckdb-month';
import { describeColumns, type EngineLimits, outputColumns, rowsOf } from './duckdb-session';
import { dayCountsSql, fileOfDaySql, repeatedArrivalsSql, scatterSql, sortedPartSql, supersededCopiesSql } from './month-plan-sql';
import { keptViewSql } from './month-sql';

/**
 * How the scatter holds memory. Each thread buffers rows per open output file until it has
 * SCATTER_FLUSH_ROWS of them (DuckDB's default, 524,288, held about 300 MB more on the 3.1M month
 * than 65,536, and was slower); and each thread holds blocks of every column for every open file,
 * so a month of many files is scattered SCATTER_FILES at a time, one read of the sources per batch
 * (155 files at once ran out of a 512MB limit). On the 31M month (155 files), 32 at a time (5
 * reads) took 504 s and 80 (2 reads) 530 s: writing to more files at once costs more than the
 * reads it saves.
 */
const SCATTER_FILES = 32;
const SCATTER_FLUSH_ROWS = 65_536;
const SCATTER_ROW_GROUP = 8192;

/**
 * A rebuild, or a first version: the copies that are not their arrival's latest are found among
 * the arrivals read more than once; every other row, whole, is scattered to its file in one more
 * read of the sources, and each file is sorted alone. Memory holds one file's rows, not the
 * month's. Leaves a `kept` view over the written files for the figures.
 */
export async function fullFiles(con: DuckDBConnection, request: MonthTransformRequest, limits: EngineLimits): Promise<CompactedFile[]> {
  await con.run(repeatedArrivalsSql(request.sources));
  await con.run(supersededCopiesSql(request.sources));
  const days = (await rowsOf(con, dayCountsSql(request.sources))).map((d) => ({ state: String(d.state), day: d.day === null ? null : String(d.day), n: Number(d.n) }));
  const plan = cutFiles(days, request.rowsPerFile);
  if (plan.length === 0) return [];
  await con.run(fileOfDaySql(plan));
  const described = await describeColumns(con, request.sources);
  const columns = outputColumns(described);
  const scattered = join(request.workDir, 'scattered');
  const last = plan[plan.length - 1].file;
  await con.run(`SET partitioned_write_flush_threshold = ${SCATTER_FLUSH_ROWS}`);
  for (let first = 0; first <= last; first += SCATTER_FILES) {
    const batch = { first, last: Math.min(last, first + SCATTER_FILES - 1) };
    const states = [...new Set(plan.filter((d) => d.file >= batch.first && d.file <= batch.last).map((d) => d.state))];
    await con.run(scatterSql(request.sources, columns, { ...batch, states }, scattered, SCATTER_ROW_GROUP));
  }
  const renames = schemaRenames(described.map((c) => c.name), request.columns);
  const outDir = join(request.workDir, 'out');
  mkdirSync(outDir, { recursive: true });
  // One thread per file's sort: as fast as two on the 3.1M month (2 interleaved rounds), and
  // about 100 MB lower at the peak, which is this step's.
  await con.run('SET threads = 1');
  const files: { path: string; rows: number }[] = [];
  for (let file = 0; file <= last; file++) {
    const path = join(outDir, `part-${String(file).padStart(4, '0')}.parquet`);
    await con.run(sortedPartSql(join(scattered, `part=${file}`), path, request.rowGroupRows));
    rmSync(join(scattered, `part=${file}`), { recursive: true, force: true });
    await renameParquetColumns(path, renames);
    files.push({ path, rows: plan.filter((d) => d.file === file).reduce((n, d) => n + d.n, 0) });
  }
  await con.run(`SET threads = ${limits.threads}`);
  await con.run(keptViewSql(files.map((f) => f.path)));
  return files;
}

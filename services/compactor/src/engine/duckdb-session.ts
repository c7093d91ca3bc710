import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { renameParquetColumns, schemaRenames } from '@i94/s3-parquet';
import { copyPartSql, describeSql, ident } from './month-sql';

/** How much of the machine DuckDB may use; past the memory limit it spills to the work directory. */
export interface EngineLimits {
  /** DuckDB's memory_limit, e.g. '512MB'. */
  memoryLimit: string;
  threads: number;
}

/** Where and how compacted files are written. */
export interface FileLayout {
  /** A directory of its own, removed by the caller: DuckDB's spill files and the new files go there. */
  workDir: string;
  /** The compacted files' column names, spelled as the schema spells them. */
  columns: readonly string[];
  rowsPerFile: number;
  rowGroupRows: number;
}

/** The rows of a query, as plain values. */
export async function rowsOf(con: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await con.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

/** An embedded DuckDB for one compaction, closed by `work`'s end whatever happens. */
export async function withDuckDb<T>(workDir: string, limits: EngineLimits, work: (con: DuckDBConnection) => Promise<T>): Promise<T> {
  const spill = join(workDir, 'spill');
  mkdirSync(spill, { recursive: true });
  // In memory: past memory_limit its tables' blocks go to temp_directory (a database file would
  // also write and checkpoint every table, which measured slower).
  // The allocator's settings: memory DuckDB frees goes back to the system past 32MB held per
  // thread, from background threads, instead of 128MB held by each thread that freed it. On the
  // 3.1M month (3 interleaved rounds) peak RSS fell from 942-1100 MB to 719-924 MB, and the
  // time did not grow (34.5-36.7 s against 38.1-39.5 s).
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: limits.memoryLimit, threads: String(limits.threads), temp_directory: spill, preserve_insertion_order: 'true',
    allocator_flush_threshold: '32MB', allocator_background_threads: 'true',
  });
  const con = await instance.connect();
  try {
    return await work(con);
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

// TIMESTAMP_MS: DuckDB reads the rolls' TIMESTAMP_MILLIS as microsecond timestamps and would write them so.
/** The files' columns as DuckDB names and types them (the footers of every file are read). */
export async function describeColumns(con: DuckDBConnection, files: readonly string[]): Promise<{ name: string; type: string }[]> {
  return (await rowsOf(con, describeSql(files))).map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
}

/** The select list that keeps the described columns and their types. */
export function outputColumns(described: readonly { name: string; type: string }[]): string[] {
  return described.map(({ name, type }) => (/^TIMESTAMP(_MS)?$/.test(type) ? `${ident(name)}::TIMESTAMP_MS AS ${ident(name)}` : ident(name)));
}

/** Writes a table of kept copies, in its order, as files of at most rowsPerFile rows: out/part-NNNN from `firstPart`. */
export async function writeTable(con: DuckDBConnection, table: string, layout: FileLayout, firstPart = 0): Promise<{ path: string; rows: number }[]> {
  const written = (await rowsOf(con, `SELECT column_name FROM (DESCRIBE ${table})`)).map((r) => String(r.column_name));
  const renames = schemaRenames(written, layout.columns);
  const [{ n }] = await rowsOf(con, `SELECT count(*)::DOUBLE AS n FROM ${table}`);
  const rows = Number(n);
  const files: { path: string; rows: number }[] = [];
  const outDir = join(layout.workDir, 'out');
  mkdirSync(outDir, { recursive: true });
  for (let offset = 0; offset < rows || files.length === 0; offset += layout.rowsPerFile) {
    const path = join(outDir, `part-${String(firstPart + files.length).padStart(4, '0')}.parquet`);
    await con.run(copyPartSql(table, path, offset, layout.rowsPerFile, layout.rowGroupRows));
    await renameParquetColumns(path, renames);
    files.push({ path, rows: Math.min(layout.rowsPerFile, Math.max(0, rows - offset)) });
  }
  return files;
}

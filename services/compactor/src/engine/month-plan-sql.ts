import { FILE_ORDER, literal } from './month-sql';

/**
 * A whole month's kept copies without holding its rows: the dedupe runs on narrow rows (identity,
 * position, where the row is, and what the figures count); the whole rows are read once more and
 * scattered to their output file, each a range of (state, arrival date) small enough to sort alone.
 */

/** Every source row, with its file's index and its row number in the file: where to find it again. */
const positioned = (files: readonly string[]) =>
  `(SELECT sf.idx AS f, s.* FROM read_parquet([${files.map(literal).join(', ')}], union_by_name = true, filename = true, file_row_number = true) s JOIN source_files sf ON s.filename = sf.name)`;

export const sourceFilesSql = (files: readonly string[]) =>
  `CREATE OR REPLACE TABLE source_files AS SELECT * FROM (VALUES ${files.map((f, i) => `(${i}, ${literal(f)})`).join(', ')}) t(idx, name)`;

/**
 * Each arrival's latest copy by its identity (i94yr, i94mon, cicid): the highest Kafka offset,
 * on equal offsets the higher partition (equal both is the same message, read twice). Kept as its
 * position and the columns the figures and the file order need: `kept` for figuresSql.
 */
export const winnersSql = (files: readonly string[]) => `
CREATE OR REPLACE TABLE kept AS
SELECT f, file_row_number AS r, destinationState, arrivalDate, i94yr, i94mon, cicid,
  arrivalMonth, gender, i94visa, i94mode, age, stayDays, residenceCountry, portName, i94port
FROM ${positioned(files)}
QUALIFY row_number() OVER (PARTITION BY i94yr, i94mon, cicid ORDER BY kafkaOffset DESC, kafkaPartition DESC) = 1`;

/** Kept copies per (state, arrival date), in file order: what the files are cut along. */
export const dayCountsSql = `
SELECT state, day::VARCHAR AS day, n FROM (
  SELECT destinationState AS state, arrivalDate AS day, count(*)::DOUBLE AS n FROM kept GROUP BY destinationState, arrivalDate)
ORDER BY state, day NULLS LAST`;

/** The file each (state, arrival date) goes to. */
export const fileOfDaySql = (assignments: readonly { state: string; day: string | null; file: number }[]) => `
CREATE OR REPLACE TABLE file_of_day AS SELECT * FROM (VALUES ${assignments.map((a) => `(${literal(a.state)}, ${a.day === null ? 'NULL' : `${literal(a.day)}::DATE`}, ${a.file})`).join(', ')}) t(state, day, file)`;

export const keptFilesSql = `
CREATE OR REPLACE TABLE kept_file AS
SELECT k.f, k.r, d.file FROM kept k JOIN file_of_day d ON k.destinationState = d.state AND k.arrivalDate IS NOT DISTINCT FROM d.day`;

/**
 * The whole rows of the kept copies of files [first, last], read once more from the sources
 * (only their states' rows decoded) and scattered unsorted to one directory per file (part=N/).
 * A batch of files at a time: every open file's writer holds buffers of every column. Snappy:
 * the files are read back at once, and compressed they came out about 5% faster than uncompressed
 * on the 3.1M month (interleaved, docs/benchmarks.md), in a smaller work directory.
 */
export const scatterSql = (files: readonly string[], columns: readonly string[], batch: { first: number; last: number; states: readonly string[] }, dir: string, rowGroupRows: number) => `
COPY (
  SELECT ${columns.map((c) => `s.${c}`).join(', ')}, w.file AS part FROM ${positioned(files)} s
  JOIN (SELECT * FROM kept_file WHERE file BETWEEN ${batch.first} AND ${batch.last}) w ON s.f = w.f AND s.file_row_number = w.r
  WHERE s.destinationState IN (${batch.states.map(literal).join(', ')})
) TO ${literal(dir)} (FORMAT parquet, PARTITION_BY (part), OVERWRITE_OR_IGNORE, ROW_GROUP_SIZE ${rowGroupRows}, COMPRESSION snappy)`;

/** One compacted file: its scattered rows, sorted alone (a file's rows fit in memory, the month's need not). */
export const sortedPartSql = (scattered: string, path: string, rowGroupRows: number) => `
COPY (SELECT * FROM read_parquet(${literal(`${scattered}/*.parquet`)}, hive_partitioning = false) ORDER BY ${FILE_ORDER})
TO ${literal(path)} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${rowGroupRows})`;

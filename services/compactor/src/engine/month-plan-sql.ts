import { FILE_ORDER, literal, sameArrival, sourceRows } from './month-sql';

/**
 * A whole month's kept copies without holding its rows: the dedupe looks only at identities read
 * more than once (usually few), and the whole rows are read once more and scattered to their
 * output file, each a range of (state, arrival date) small enough to sort alone.
 */

/** Every source row with its file's name and its row number in the file: where to find a copy again. */
const located = (files: readonly string[]) => sourceRows(files, ', filename = true, file_row_number = true');

/** Arrivals (i94yr, i94mon, cicid) read more than once; nulls in the key match, as in a GROUP BY. */
export const repeatedArrivalsSql = (files: readonly string[]) => `
CREATE OR REPLACE TABLE repeated AS
SELECT i94yr, i94mon, cicid FROM ${sourceRows(files)} GROUP BY i94yr, i94mon, cicid HAVING count(*) > 1`;

/**
 * The copies that are not their arrival's latest: all but the one with the highest Kafka offset,
 * on equal offsets the higher partition (equal both is the same message, read twice). Where each
 * is, and the (state, arrival date) it would have counted in.
 */
export const supersededCopiesSql = (files: readonly string[]) => `
CREATE OR REPLACE TABLE superseded AS
SELECT filename, r, destinationState, arrivalDate FROM (
  SELECT s.filename, s.file_row_number AS r, s.destinationState, s.arrivalDate,
    row_number() OVER (PARTITION BY s.i94yr, s.i94mon, s.cicid ORDER BY s.kafkaOffset DESC, s.kafkaPartition DESC) AS latest
  FROM ${located(files)} s SEMI JOIN repeated d ON ${sameArrival('s', 'd')})
WHERE latest > 1`;

/** Kept copies per (state, arrival date), in file order: every copy counted, less the superseded ones. */
export const dayCountsSql = (files: readonly string[]) => `
SELECT state, day::VARCHAR AS day, n FROM (
  SELECT state, day, sum(n)::DOUBLE AS n FROM (
    SELECT destinationState AS state, arrivalDate AS day, count(*) AS n FROM ${sourceRows(files)} GROUP BY 1, 2
    UNION ALL
    SELECT destinationState, arrivalDate, -count(*) FROM superseded GROUP BY 1, 2)
  GROUP BY state, day HAVING sum(n) > 0)
ORDER BY state, day NULLS LAST`;

/** The file each (state, arrival date) goes to. */
export const fileOfDaySql = (assignments: readonly { state: string; day: string | null; file: number }[]) => `
CREATE OR REPLACE TABLE file_of_day AS SELECT * FROM (VALUES ${assignments.map((a) => `(${literal(a.state)}, ${a.day === null ? 'NULL' : `${literal(a.day)}::DATE`}, ${a.file})`).join(', ')}) t(state, day, file)`;

/**
 * The whole rows of the kept copies of files [first, last], read once more from the sources
 * (only their states' rows decoded) and scattered unsorted to one directory per file (part=N/).
 * Snappy: the files are read back at once, and compressed they came out about 5% faster than
 * uncompressed on the 3.1M month (interleaved, docs/benchmarks.md), in a smaller work directory.
 */
export const scatterSql = (files: readonly string[], columns: readonly string[], batch: { first: number; last: number; states: readonly string[] }, dir: string, rowGroupRows: number) => `
COPY (
  SELECT ${columns.map((c) => `s.${c}`).join(', ')}, d.file AS part FROM ${located(files)} s
  JOIN (SELECT * FROM file_of_day WHERE file BETWEEN ${batch.first} AND ${batch.last}) d ON s.destinationState = d.state AND s.arrivalDate IS NOT DISTINCT FROM d.day
  ANTI JOIN superseded x ON s.filename = x.filename AND s.file_row_number = x.r
  WHERE s.destinationState IN (${batch.states.map(literal).join(', ')})
) TO ${literal(dir)} (FORMAT parquet, PARTITION_BY (part), OVERWRITE_OR_IGNORE, ROW_GROUP_SIZE ${rowGroupRows}, COMPRESSION snappy)`;

/** One compacted file: its scattered rows, sorted alone (a file's rows fit in memory, the month's need not). */
export const sortedPartSql = (scattered: string, path: string, rowGroupRows: number) => `
COPY (SELECT * FROM read_parquet(${literal(`${scattered}/*.parquet`)}, hive_partitioning = false) ORDER BY ${FILE_ORDER})
TO ${literal(path)} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${rowGroupRows})`;

/**
 * The month transform in DuckDB SQL, over the rows of the month's source files. It follows the
 * pure reference in @i94/domain (aggregation/): the same dedupe rule, buckets and figures, so the
 * two agree field by field (month-equivalence.spec.ts checks it).
 */

/** A SQL string literal. */
export const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** A SQL identifier: DuckDB matches them case-insensitively, so quote to keep the spelling. */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The source files as one relation, with more read_parquet `options` if given; union_by_name: rolls written under older schemas lack newer columns. */
export const sourceRows = (files: readonly string[], options = '') => `read_parquet([${files.map(literal).join(', ')}], union_by_name = true${options})`;

// What String.prototype.trim removes that DuckDB's one-argument trim (spaces only) does not.
const WHITESPACE = literal(' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff');
// trim with that set costs DuckDB about 5 µs a value (most of the figures' time on a month), so
// the usual value skips it: ASCII (as many bytes as characters) with no space or control character
// at either end, which String.prototype.trim leaves as it is.
const trimmed = (column: string) =>
  `CASE WHEN strlen(${column}) = length(${column}) AND ascii(${column}) > 32 AND ascii(reverse(${column})) > 32 THEN ${column} ELSE trim(${column}, ${WHITESPACE}) END`;

/**
 * The latest copies of a few rows (an incremental version's new rows), whole, in the compacted
 * files' order: each arrival's latest copy by its identity (i94yr, i94mon, cicid), the highest
 * Kafka offset and on equal offsets the higher partition (equal both is the same message, read
 * twice). A month's worth goes through month-plan-sql.ts instead: a window over whole rows holds
 * them all in memory.
 */
export const latestCopiesSql = (table: string, files: readonly string[], columns: readonly string[]) => `
CREATE TABLE ${table} AS
SELECT ${columns.join(', ')} FROM ${sourceRows(files)}
QUALIFY row_number() OVER (PARTITION BY i94yr, i94mon, cicid ORDER BY kafkaOffset DESC, kafkaPartition DESC) = 1
ORDER BY ${FILE_ORDER}`;

/** The compacted files' row order: by state and arrival date, then by identity so equal keys never leave the order (and so the bytes) to chance. */
export const FILE_ORDER = 'destinationState, arrivalDate NULLS LAST, i94yr NULLS LAST, i94mon NULLS LAST, cicid';

/** The same arrival in `a` and `b` (nulls in the key match, as the dedupe's PARTITION BY has it). */
export const sameArrival = (a: string, b: string) => `${a}.cicid = ${b}.cicid AND ${a}.i94yr IS NOT DISTINCT FROM ${b}.i94yr AND ${a}.i94mon IS NOT DISTINCT FROM ${b}.i94mon`;

/**
 * The arrivals of the new rows that the previous version holds too, per previous file, and
 * whether the new copy is the later one (on equal positions it is the same message: the old stays).
 */
export const clashesSql = (previous: readonly string[]) => `
CREATE TABLE clash AS
SELECT p.filename, p.cicid, p.i94yr, p.i94mon, (f.kafkaOffset > p.kafkaOffset OR (f.kafkaOffset = p.kafkaOffset AND f.kafkaPartition > p.kafkaPartition)) AS fresh_wins
FROM read_parquet([${previous.map(literal).join(', ')}], union_by_name = true, filename = true) p JOIN fresh f ON ${sameArrival('p', 'f')}`;

/** New copies older than the previous version's: dropped. */
export const dropStaleSql = `DELETE FROM fresh WHERE EXISTS (SELECT 1 FROM clash c WHERE NOT c.fresh_wins AND ${sameArrival('c', 'fresh')})`;

/** Previous files that hold an arrival a new copy replaces: only those are rewritten. */
export const supersededFilesSql = 'SELECT DISTINCT filename FROM clash WHERE fresh_wins ORDER BY filename';

/** A previous file without the arrivals new copies replace, in the files' order. */
export const withoutSupersededSql = (table: string, file: string, columns: readonly string[]) => `
CREATE OR REPLACE TABLE ${table} AS
SELECT ${columns.join(', ')} FROM read_parquet(${literal(file)}) p
WHERE NOT EXISTS (SELECT 1 FROM clash c WHERE c.fresh_wins AND c.filename = ${literal(file)} AND ${sameArrival('c', 'p')})
ORDER BY ${FILE_ORDER}`;

/** The kept copies of an incremental version, for its figures: the files it is made of. */
export const keptViewSql = (files: readonly string[]) => `CREATE OR REPLACE VIEW kept AS SELECT * FROM ${sourceRows(files)}`;

/** The source rows' columns as DuckDB names them. */
export const describeSql = (files: readonly string[]) => `DESCRIBE SELECT * FROM ${sourceRows(files)}`;

/** Rows read per (state, month), duplicates included: the aggregates' inputRows. */
export const rowsReadSql = (files: readonly string[]) => `
SELECT destinationState AS state, coalesce(arrivalMonth, 'unknown') AS month, count(*)::DOUBLE AS rows
FROM ${sourceRows(files)} GROUP BY 1, 2`;

/** Each kept copy's figure columns, bucketed and cleaned as the reference does. */
const facts = `
SELECT destinationState AS state, coalesce(arrivalMonth, 'unknown') AS month,
  CASE upper(${trimmed('gender')}) WHEN 'M' THEN 'male' WHEN 'F' THEN 'female' ELSE 'genderUnknown' END AS gender,
  CASE i94visa WHEN 1 THEN 'business' WHEN 2 THEN 'pleasure' WHEN 3 THEN 'student' ELSE 'visaUnknown' END AS visa,
  CASE i94mode WHEN 1 THEN 'air' WHEN 2 THEN 'sea' WHEN 3 THEN 'land' ELSE 'modeNotReported' END AS mode,
  -- whole and >= 0 (the columns are integers); the reference stores ages in 16 bits
  CASE WHEN age BETWEEN 0 AND 32767 THEN age END AS age,
  CASE WHEN stayDays >= 0 THEN stayDays END AS stay,
  residenceCountry,
  -- unknown port codes are skipped so dirty codes do not inflate the distinct count
  CASE WHEN portName IS NOT NULL AND i94port IS NOT NULL THEN upper(${trimmed('i94port')}) END AS port
FROM kept`;

const count = (column: string, bucket: string) => `count(*) FILTER (WHERE ${column} = '${bucket}')::DOUBLE AS ${ident(bucket)}`;

// NOT MATERIALIZED: facts is read twice, and DuckDB would otherwise hold it whole (it is the
// month's rows, narrow) for the second read. Reading the files again is cheaper: on the 3.1M month
// 1.4 s and 185 MB against 1.8 s and 541 MB; on 31M 14 s and 813 MB against 31 s and 1,026 MB.
/** The figures of every state and month of the kept copies (StateMonthFigures, one row each). */
export const figuresSql = (topCountries: number) => `
WITH facts AS NOT MATERIALIZED (${facts}),
countries AS (
  SELECT state, month, list({'country': residenceCountry, 'arrivals': n} ORDER BY n DESC, residenceCountry) AS top
  FROM (
    SELECT state, month, residenceCountry, count(*)::DOUBLE AS n,
      row_number() OVER (PARTITION BY state, month ORDER BY count(*) DESC, residenceCountry) AS r
    FROM facts WHERE residenceCountry IS NOT NULL GROUP BY state, month, residenceCountry)
  WHERE r <= ${topCountries} GROUP BY state, month)
SELECT f.state, f.month, count(*)::DOUBLE AS arrivals,
  ${['male', 'female', 'genderUnknown'].map((b) => count('gender', b)).join(', ')},
  ${['business', 'pleasure', 'student', 'visaUnknown'].map((b) => count('visa', b)).join(', ')},
  ${['air', 'sea', 'land', 'modeNotReported'].map((b) => count('mode', b)).join(', ')},
  -- exact integer sums divided once, as the reference does
  sum(age)::DOUBLE / count(age) AS "averageAge",
  sum(stay)::DOUBLE / count(stay) AS "averageStayDays",
  median(stay)::DOUBLE AS "medianStayDays",
  coalesce(any_value(c.top), []) AS "topResidenceCountries",
  count(DISTINCT port)::DOUBLE AS "distinctPorts"
FROM facts f LEFT JOIN countries c USING (state, month)
GROUP BY f.state, f.month`;

/** One compacted file: rows [offset, offset + limit) of a table of kept copies, in their order. */
export const copyPartSql = (table: string, path: string, offset: number, limit: number, rowGroupRows: number) => `
COPY (SELECT * FROM ${table} LIMIT ${limit} OFFSET ${offset}) TO ${literal(path)}
(FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${rowGroupRows})`;

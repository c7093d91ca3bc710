import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { I94_FIELD_KINDS, I94_FIELDS, type I94FieldName } from '@i94/domain';
import { encodeParquet, type ParquetColumn } from '@i94/s3-parquet';
import { csvRow, HEADER } from './sample-rows';

// Parquet and SAS7BDAT bodies for the gateway corpus: sample rows with the case's cicids, in the
// layout Spark writes (every I94 column optional, numbers as doubles, text as UTF-8).

/** The SAS7BDAT written by ReadStat from the sample's first 60 rows. */
export const SAS_FIXTURE = resolve(__dirname, '../../libs/feed-readers/test/fixtures/sample-60.readstat.sas7bdat');

/** The cicids of the fixture's 60 rows (the sample's first 60). */
export const SAS_FIXTURE_CICIDS = readFileSync(resolve(__dirname, '../../data/sample/immigration_data_sample.csv'), 'utf8')
  .split(/\r?\n/)
  .slice(1, 61)
  .map((line) => Number(line.split(',')[1]));

const NAMES = HEADER.split(',');
const COLUMNS: ParquetColumn[] = I94_FIELDS.map((name) => ({ name, kind: I94_FIELD_KINDS[name] === 'string' ? 'string' : 'double', optional: true }));

/** A sample row as a Parquet row with cicid `cicid` and `changes` (typed values, by I94 field name). */
export function tableRow(cicid: number, changes: Partial<Record<I94FieldName, unknown>> = {}): Record<string, unknown> {
  const cells = csvRow(cicid).split(',');
  const row = Object.fromEntries(I94_FIELDS.map((name) => {
    const cell = cells[NAMES.indexOf(name)];
    return [name, cell === '' ? null : I94_FIELD_KINDS[name] === 'string' ? cell : Number(cell)];
  }));
  return { ...row, ...changes };
}

/** A Parquet file of these rows, made when the request is sent (the writer is asynchronous). */
export const parquetBody = (rows: Record<string, unknown>[], columns: ParquetColumn[] = COLUMNS) => async () => Buffer.from(await encodeParquet(columns, rows));

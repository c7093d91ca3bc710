import { I94_FIELDS, type I94RawRecord } from '@i94/domain';
import { generatedRecords } from '../../test/sample';
import { useTempDir } from '../../test/temp-dir';
import { loadHyparquet } from '@i94/s3-parquet';
import { ParquetSink } from '@i94/sample-data';
import { mapColumns, openParquet, readParquetRows, rowGroupSlices, toI94JsonLine } from '@i94/feed-readers';

const tmp = useTempDir('i94-parquet-');

async function writeParquet(path: string, records: I94RawRecord[], rowGroupSize: number): Promise<void> {
  const sink = await ParquetSink.create(path, rowGroupSize);
  for (const record of records) await sink.write(record);
  await sink.close();
}

describe('Parquet written like Spark, read back row group by row group', () => {
  let records: I94RawRecord[];
  const path = () => tmp.path('generated.parquet');

  beforeAll(async () => {
    records = await generatedRecords(2_500);
    await writeParquet(path(), records, 1_000);
  });

  it('round-trips every generated record exactly', async () => {
    const back: Record<string, unknown>[] = [];
    for await (const row of readParquetRows(path(), 400)) back.push(row);
    expect(back).toHaveLength(records.length);
    expect(back.map((row) => Object.fromEntries(I94_FIELDS.map((f) => [f, row[f]])))).toEqual(records);
  });

  it('has Spark’s layout: 28 optional columns, doubles for numbers, UTF-8 strings, 1,000-row groups', async () => {
    const { asyncBufferFromFile, parquetMetadataAsync } = await loadHyparquet();
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path()));
    const columns = metadata.schema.slice(1);
    expect(columns.map((c) => c.name)).toEqual([...I94_FIELDS]);
    expect(columns.every((c) => c.repetition_type === 'OPTIONAL')).toBe(true);
    expect(Object.fromEntries(columns.map((c) => [c.name, c.type]))).toMatchObject({ cicid: 'DOUBLE', arrdate: 'DOUBLE', admnum: 'DOUBLE', i94port: 'BYTE_ARRAY', dtadfile: 'BYTE_ARRAY' });
    expect(columns.find((c) => c.name === 'i94port')?.converted_type).toBe('UTF8');
    expect(metadata.row_groups.map((g) => Number(g.num_rows))).toEqual([1_000, 1_000, 500]);
  });

  it('maps rows back to I94 NDJSON the gateway reads (doubles as integers, missing as null)', async () => {
    const table = await openParquet(path());
    const rows = table.rows[Symbol.asyncIterator]();
    const first = (await rows.next()).value as unknown[];
    await rows.return?.(undefined);
    const line = JSON.parse(toI94JsonLine(first, mapColumns(table.columns))) as Record<string, unknown>;
    expect(line).toEqual(Object.fromEntries(I94_FIELDS.map((f) => [f, records[0][f]])));
    expect(Object.keys(line)).toEqual([...I94_FIELDS]);
  });
});

describe('rowGroupSlices', () => {
  it('never crosses a row group and never exceeds the slice size', () => {
    expect(rowGroupSlices([3, 5, 0, 2], 2)).toEqual([[0, 2], [2, 3], [3, 5], [5, 7], [7, 8], [8, 10]]);
    expect(rowGroupSlices([], 2)).toEqual([]);
  });
});

describe('mapColumns', () => {
  it('matches column names case-insensitively and lists the missing fields', () => {
    const mapping = mapColumns(['CICID', 'ArrDate', 'extra', ...I94_FIELDS.slice(3)]);
    expect(mapping.missing).toEqual(['i94yr', 'i94mon']);
    expect(mapping.columns.slice(0, 3)).toEqual([['cicid', 0], ['i94cit', 3], ['i94res', 4]]);
    expect(mapping.columns.find(([field]) => field === 'arrdate')).toEqual(['arrdate', 1]);
  });

  it('turns Spark and SAS values into JSON values', () => {
    const mapping = mapColumns(['cicid', 'arrdate', 'i94port', 'admnum', 'gender', 'fltno']);
    const row = [4084316, new Date(Date.UTC(2016, 3, 22)), '', 56582674633n, Number.NaN, 'A"1\\'];
    const line = toI94JsonLine(row, mapping);
    expect(JSON.parse(line)).toEqual({ cicid: 4084316, arrdate: 20566, i94port: null, admnum: 56582674633, gender: null, fltno: 'A"1\\' });
    expect(line.startsWith('{"cicid":4084316,"i94port":null,"arrdate":20566,')).toBe(true);
  });
});

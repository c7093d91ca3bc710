import { inferFormat } from './input-format';

describe('inferFormat', () => {
  it.each<[string, string | null]>([
    ['feeds/i94_apr16_sub.csv', 'csv'],
    ['APRIL.CSV', 'csv'],
    ['records.ndjson', 'ndjson'],
    ['records.jsonl', 'ndjson'],
    ['sas_data/part-00000.snappy.parquet', 'parquet'],
    ['../../data/18-83510-I94-Data-2016/i94_apr16_sub.sas7bdat', 'sas7bdat'],
    ['I94_APR16_SUB.SAS7BDAT', 'sas7bdat'],
    ['records.json', null],
    ['records.csv.gz', null],
    ['README', null],
    ['.csv', null],
  ])('%s -> %s', (path, format) => {
    expect(inferFormat(path)).toBe(format);
  });
});

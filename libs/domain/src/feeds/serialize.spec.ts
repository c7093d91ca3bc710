import { collect, csvRows, ndjsonRows, sampleLines, sampleRecords } from '../../test/sample-data';
import { type I94RawRecord } from '../i94-raw-record';
import { parseRecords } from '../readers/parse-records';
import { UDACITY_CSV_HEADER, toNdjsonLine, toUdacityCsvLine } from './serialize';

describe('serialisers', () => {
  let records: I94RawRecord[];
  let lines: string[];
  beforeAll(async () => {
    records = await sampleRecords();
    lines = sampleLines();
  });

  it('writes the real header', () => {
    expect(UDACITY_CSV_HEADER).toBe(lines[0]);
  });

  it('writes every sample row back byte for byte', () => {
    const indexes = lines.slice(1).map((line) => Number(line.slice(0, line.indexOf(','))));
    const written = records.map((record, i) => toUdacityCsvLine(record, indexes[i]));
    expect(written).toEqual(lines.slice(1));
  });

  it.each<[string, Partial<I94RawRecord>, string]>([
    ['comma in a text field is quoted', { fltno: 'A,1' }, ',"A,1",'],
    ['quote in a text field is doubled', { fltno: 'A"1' }, ',"A""1",'],
    ['numeric text stays as written', { fltno: '00782' }, ',00782,'],
    ['long integers get .0', { admnum: 56582674633 }, ',56582674633.0,'],
  ])('%s', (_name, patch, fragment) => {
    expect(toUdacityCsvLine({ ...records[0], ...patch }, 0)).toContain(fragment);
  });

  it('round-trips CSV and NDJSON through the readers', async () => {
    const csvBody = [UDACITY_CSV_HEADER, ...records.map((r, i) => toUdacityCsvLine(r, i))].join('\n');
    const ndjsonBody = records.map(toNdjsonLine).join('\n');
    const fromCsv = await collect(parseRecords(csvRows(csvBody)));
    const fromNdjson = await collect(parseRecords(ndjsonRows(ndjsonBody)));
    const expected = records.map((record) => ({ ok: true, record, flags: [] }));
    expect(fromCsv.map((p) => p.outcome)).toEqual(expected);
    expect(fromNdjson.map((p) => p.outcome)).toEqual(expected);
  });
});

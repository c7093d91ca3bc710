import { collect, chunks, sampleLines, sampleStream } from '../../test/sample-data';
import { I94_FIELDS, parseRecords } from '@i94/domain';
import { readCsv } from './csv-reader';

describe('readCsv on the real sample', () => {
  it('accepts all 1,000 rows, with real line numbers', async () => {
    const parsed = await collect(parseRecords(readCsv(sampleStream())));
    const accepted = parsed.filter((p) => p.outcome.ok);
    expect(parsed).toHaveLength(1000);
    expect(accepted).toHaveLength(1000);
    expect(parsed.map((p) => p.line)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 2));
    const cicids = new Set(accepted.map((p) => (p.outcome.ok ? p.outcome.record.cicid : 0)));
    expect(cicids.size).toBe(1000);
  });

  it('drops the unnamed index column and keeps the 28 fields by name', async () => {
    const [row] = await collect(readCsv(sampleStream()));
    expect(Object.keys(row.values ?? {})).toEqual([...I94_FIELDS]);
    expect(row.values).toMatchObject({ cicid: '4084316.0', i94port: 'HHW', airline: 'JL', fltno: '00782' });
    expect(row.raw).toBe(sampleLines()[1]);
  });

  it('reads the same rows without the index column, CRLF and BOM', async () => {
    const [header, ...rows] = sampleLines().slice(0, 51);
    const strip = (line: string) => line.slice(line.indexOf(',') + 1);
    const body = `\uFEFF${[header, ...rows].map(strip).join('\r\n')}\r\n`;
    const plain = await collect(readCsv(chunks(body)));
    const udacity = await collect(readCsv(chunks([header, ...rows].join('\n'))));
    expect(plain.map((r) => r.values)).toEqual(udacity.map((r) => r.values));
    expect(plain).toHaveLength(50);
  });

  it('reads upper-case headers and quoted fields', async () => {
    const [row] = await collect(readCsv(chunks('CICID,I94PORT,FLTNO\n"7.0","NYC","A,1"\n')));
    expect(row.values).toEqual({ cicid: '7.0', i94port: 'NYC', fltno: 'A,1' });
  });
});

import { chunks, collect, sampleStream } from '../../test/sample-data';
import { parseRecords } from '@i94/domain';
import { readCsv } from './csv-reader';
import { readNdjson } from './ndjson-reader';

describe('readNdjson', () => {
  it('reads the sample converted to NDJSON with numbers as numbers', async () => {
    const csv = await collect(parseRecords(readCsv(sampleStream())));
    const body = csv.map((p) => (p.outcome.ok ? JSON.stringify(p.outcome.record) : '')).join('\n');
    const ndjson = await collect(parseRecords(readNdjson(chunks(body))));
    expect(ndjson.map((p) => p.outcome)).toEqual(csv.map((p) => p.outcome));
  });

  it('accepts numbers sent as strings, like the CSV export', async () => {
    const line = '{"cicid":"4084316.0","i94yr":"2016.0","i94mon":"4.0","arrdate":"20566.0","i94port":"hhw"}';
    const [parsed] = await collect(parseRecords(readNdjson(chunks(line))));
    expect(parsed.outcome).toMatchObject({ ok: true, record: { cicid: 4084316, i94yr: 2016, arrdate: 20566, i94port: 'HHW' } });
  });
});

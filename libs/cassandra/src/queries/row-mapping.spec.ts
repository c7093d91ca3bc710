import { types } from 'cassandra-driver';
import { rowsToObjects } from './row-mapping';

const row = (values: Record<string, unknown>) => ({ keys: () => Object.keys(values), get: (column: string) => values[column] }) as unknown as types.Row;
const column = (name: string, code: number) => ({ name, type: { code } });

describe('rowsToObjects', () => {
  it('reads a collection written empty, which Cassandra gives back as null, as the empty collection', () => {
    const result = {
      rows: [row({ quality_flags: null, ports: null, counts: null, fltno: null })],
      columns: [column('quality_flags', types.dataTypes.list), column('ports', types.dataTypes.set), column('counts', types.dataTypes.map), column('fltno', types.dataTypes.text)],
    };
    expect(rowsToObjects(result)).toEqual([{ qualityFlags: [], ports: [], counts: {}, fltno: null }]);
  });

  it('names columns in camelCase, and gives Longs as numbers, timestamps as ISO text, dates as text and JSON columns parsed', () => {
    const result = {
      rows: [row({ cicid: types.Long.fromNumber(42), ingested_at: new Date(Date.UTC(2016, 3, 1)), feed_date: types.LocalDate.fromString('2016-04-01'), lineage: '{"rows":3}', quality_flags: ['UNKNOWN_PORT'] })],
      columns: [column('quality_flags', types.dataTypes.list)],
    };
    expect(rowsToObjects(result, new Set(['lineage']))).toEqual([
      { cicid: 42, ingestedAt: '2016-04-01T00:00:00.000Z', feedDate: '2016-04-01', lineage: { rows: 3 }, qualityFlags: ['UNKNOWN_PORT'] },
    ]);
  });
});

import { I94_ARRIVALS_ENRICHED_V1_SCHEMA } from '@i94/avro';
import { loadHyparquet } from '../esm/hyparquet';
import { parquetColumns } from './avro-to-parquet';
import { encodeParquet } from './encode-parquet';

const columns = parquetColumns(I94_ARRIVALS_ENRICHED_V1_SCHEMA as never);

describe('encodeParquet', () => {
  it('maps the enriched schema to Parquet types that follow the Avro logical types', () => {
    const kind = (name: string) => columns.find((c) => c.name === name)!;
    expect(kind('cicid')).toEqual({ name: 'cicid', kind: 'int64', optional: false });
    expect(kind('i94yr')).toEqual({ name: 'i94yr', kind: 'int32', optional: true });
    expect(kind('arrivalDate').kind).toBe('date');
    expect(kind('ingestedAt').kind).toBe('timestamp');
    expect(kind('destinationForeignBornShare').kind).toBe('double');
    expect(kind('qualityFlags').kind).toBe('json');
  });

  it('writes rows that an independent reader returns unchanged, across row groups', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({
      cicid: 5_748_517 + i, i94yr: 2016, i94port: i % 3 ? 'NYC' : null, arrivalDate: 16_913 + (i % 30), ingestedAt: 1_461_974_400_000 + i,
      destinationForeignBornShare: i % 2 ? 0.21 : null, qualityFlags: i % 5 ? [] : ['UNKNOWN_PORT'],
    }));
    const subset = columns.filter((c) => c.name in rows[0]);
    const bytes = await encodeParquet(subset, rows, { rowGroupSize: 10, kvMetadata: { source: 'test' } });
    const { parquetReadObjects } = await loadHyparquet();
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const read = (await parquetReadObjects({ file, utf8: true })) as Record<string, unknown>[];
    expect(read).toHaveLength(25);
    read.forEach((r, i) => {
      expect(Number(r.cicid)).toBe(rows[i].cicid);
      expect(r.i94port).toBe(rows[i].i94port);
      expect(r.destinationForeignBornShare).toBe(rows[i].destinationForeignBornShare);
      expect(JSON.parse(String(r.qualityFlags))).toEqual(rows[i].qualityFlags);
      expect(new Date(r.arrivalDate as Date).toISOString().slice(0, 10)).toBe(new Date(rows[i].arrivalDate * 86_400_000).toISOString().slice(0, 10));
    });
  });
});

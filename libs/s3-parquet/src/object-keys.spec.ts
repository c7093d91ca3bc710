import { aggregatesObjectKey, compactedObjectKey, monthPointerKey, monthVersionKey } from './compaction/month-manifest';
import { rollManifestKey, rollupObjectKey } from './rollup/rollup-keys';

// Object keys are built only from validated values: anything that could climb out of a prefix,
// add a path segment or carry control characters is refused before it reaches S3.
const SAFE_KEY = /^[a-z_]+(\/[\w=.+-]+)+$/;
const position = { topic: 'i94.arrivals.enriched.v1', partition: 3, startOffset: 1200 };

const ODD_TEXT = ['../2016-04', '2016-04/../../x', '2016-04\u0000', '2016-04\r\nx', '..', '', ' 2016-04', '2016-4', '2016-13', '%2e%2e', '2016-04/', 'UNKNOWN'];
const ODD_NUMBERS = [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '../1' as unknown as number, '7' as unknown as number];

describe('object key builders', () => {
  it('build keys of plain path segments from valid values', () => {
    const keys = [
      rollupObjectKey(position, '2016-04-30T13', '2016-04'),
      rollupObjectKey(position, '2016-04-30T13', 'unknown'),
      rollManifestKey(position),
      monthPointerKey('2016-04'),
      monthVersionKey('2016-04', 12),
      compactedObjectKey('2016-04', 12, 3),
      aggregatesObjectKey('2016-12'),
    ];
    for (const key of keys) expect(key).toMatch(SAFE_KEY);
    expect(keys[0]).toBe('enriched/ingest_hour=2016-04-30T13/arrival_month=2016-04/i94.arrivals.enriched.v1+3+1200.parquet');
  });

  it.each(ODD_TEXT)('refuse the month %j', (month) => {
    for (const build of [monthPointerKey, aggregatesObjectKey, (m: string) => monthVersionKey(m, 1), (m: string) => compactedObjectKey(m, 1, 0)]) {
      expect(() => build(month)).toThrow(/invalid month/);
    }
  });

  it.each(ODD_TEXT.filter((m) => m !== '2016-13'))('refuse the arrival month %j of a roll', (month) => {
    expect(() => rollupObjectKey(position, '2016-04-30T13', month)).toThrow(/invalid arrival month/);
  });

  it.each(['2016-04-30', '2016-04-30T13/..', '../T13', '2016-04-30T13\n'])('refuse the ingest hour %j', (hour) => {
    expect(() => rollupObjectKey(position, hour, '2016-04')).toThrow(/invalid ingest hour/);
  });

  it.each(['../etc', 'a/b', 'topic\u0000', 'topic name', 'x'.repeat(201), ''])('refuse the topic %j', (topic) => {
    expect(() => rollManifestKey({ ...position, topic })).toThrow(/invalid topic/);
    expect(() => rollupObjectKey({ ...position, topic }, '2016-04-30T13', '2016-04')).toThrow(/invalid topic/);
  });

  it.each(ODD_NUMBERS)('refuse the number %p as a partition, offset, version or part', (n) => {
    expect(() => rollManifestKey({ ...position, partition: n })).toThrow(/invalid partition or offset/);
    expect(() => rollManifestKey({ ...position, startOffset: n })).toThrow(/invalid partition or offset/);
    expect(() => monthVersionKey('2016-04', n)).toThrow(/invalid number/);
    expect(() => compactedObjectKey('2016-04', 1, n)).toThrow(/invalid number/);
  });
});

import { batchOf } from '../../test/batches';
import { type PostResult } from './gateway-client';
import { PushReport } from './push-report';

const batch = batchOf({ file: 'a.csv', feedDate: '2016-04-01', contentType: 'text/csv', header: ',cicid', lines: ['0,1.0', '1,2.0', '2,3.0'], sourceLines: [7, 9, 12] });
const failed = (status: number | null): PostResult => ({ ok: false, status, attempts: 1, error: `status ${status}`, offsetSent: false });

describe('PushReport', () => {
  it('adds up acknowledged batches and locates rejections in the source file', () => {
    const report = new PushReport();
    report.noteSent(batch);
    const rejections = [{ line: 3, field: 'i94mon', reason: 'MONTH_OUT_OF_RANGE', message: 'i94mon: 13' }];
    report.noteResult(batch, { ok: true, attempts: 1, offsetSent: false, value: { batchId: 'b', feedDate: '2016-04-01', accepted: 2, rejected: 1, rejections } });
    expect(report.toJson()).toMatchObject({ accepted: 2, rejected: 1, batches: [{ feedDate: '2016-04-01', batchId: 'b', accepted: 2, rejected: 1 }] });
    expect(report.rejections).toEqual([{ file: 'a.csv', line: 9, field: 'i94mon', reason: 'MONTH_OUT_OF_RANGE', message: 'i94mon: 13' }]);
    expect([report.ok, report.sentByDay.get('2016-04-01')]).toEqual([true, 3]);
  });

  it('counts the requests that were sent again', () => {
    const report = new PushReport();
    report.noteResult(batch, { ok: true, attempts: 3, offsetSent: false, value: { batchId: 'b', feedDate: '2016-04-01', accepted: 3, rejected: 0, rejections: [] } });
    report.noteResult(batch, { ...failed(503), attempts: 8 });
    expect(report.toJson()).toMatchObject({ retries: 9 });
  });

  it.each<[number | null, boolean]>([
    [400, false],
    [404, false],
    [500, false],
    [401, true],
    [403, true],
    [413, true],
    [415, true],
    [429, true],
    [503, true],
    [null, true],
  ])('a batch that finally failed with %p stops the push: %p', (status, stops) => {
    const report = new PushReport();
    report.noteResult(batch, failed(status));
    expect(report.fatal !== null).toBe(stops);
    expect(report.ok).toBe(false);
    expect(report.unacknowledgedByDay.get('2016-04-01')).toBe(3);
    expect(report.failures[0]).toMatchObject({ stage: 'batch', file: 'a.csv', firstLine: 7, records: 3, status });
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { sasDayToIsoDate } from '@i94/domain';
import { csvFields } from '@i94/feed-readers';
import { SAMPLE_CSV } from '../../test/sample';
import { linesOf } from '../../test/batches';
import { useTempDir } from '../../test/temp-dir';
import { type FeedItem, type FeedSource, openFeedSource } from '../inputs/feed-source';
import { type Batch, lineOffset, sourceLineOf } from './batch';
import { type BatchEvent, batchesOf } from './batches-of';

const tmp = useTempDir();
const warn = jest.fn();

async function collect(events: AsyncIterable<BatchEvent>): Promise<Batch[]> {
  const batches: Batch[] = [];
  for await (const event of events) if (event.kind === 'batch') batches.push(event.batch);
  return batches;
}

const sampleLines = readFileSync(SAMPLE_CSV, 'utf8').split(/\r?\n/).filter((line) => line !== '');

describe('CSV chunking', () => {
  it('repeats the header in every chunk and keeps the original line of each row', async () => {
    const path = tmp.path('eight.csv');
    // CRLF, a BOM and a blank line (line 5), as exports have.
    writeFileSync(path, `\uFEFF${[...sampleLines.slice(0, 4), '', ...sampleLines.slice(4, 9)].join('\r\n')}\r\n`);
    const source = await openFeedSource(path, 'csv', { byDay: false, warn });
    const batches = await collect(batchesOf(path, source, { byDay: false, feedDate: '2016-04-30', chunkRecords: 3 }));

    expect(batches.map((b) => b.count)).toEqual([3, 3, 2]);
    for (const batch of batches) expect(batch.body.toString().split('\n')[0]).toBe(sampleLines[0]);
    expect(batches.map((b) => b.sourceLines)).toEqual([[2, 3, 4], [6, 7, 8], [9, 10]]);
    expect(batches[1].body.toString()).toBe(`${[sampleLines[0], ...sampleLines.slice(4, 7)].join('\n')}\n`);
  });

  it('sends a line offset so body line + offset = file line, and none across a gap', async () => {
    const path = tmp.path('offsets.csv');
    writeFileSync(path, `${[...sampleLines.slice(0, 4), '', ...sampleLines.slice(4, 9)].join('\n')}\n`);
    const batches = await collect(batchesOf(path, await openFeedSource(path, 'csv', { byDay: false, warn }), { byDay: false, feedDate: '2016-04-30', chunkRecords: 3 }));

    // Body line 2 (first row) of chunk 2 is file line 6.
    expect(batches.map(lineOffset)).toEqual([0, 4, 7]);
    const gap: Batch = { ...batches[0], sourceLines: [2, 3, 5] };
    expect(lineOffset(gap)).toBeNull();
    expect(sourceLineOf(gap, 4, false)).toBe(5);
    expect(sourceLineOf(batches[1], 7, true)).toBe(7);
  });

  it('chunks NDJSON without a header; body line 1 is the first record', async () => {
    const path = tmp.path('five.ndjson');
    writeFileSync(path, ['{"cicid":1}', '{"cicid":2}', '', '{"cicid":3}', '{"cicid":4}', '{"cicid":5}'].join('\n'));
    const batches = await collect(batchesOf(path, await openFeedSource(path, 'ndjson', { byDay: false, warn }), { byDay: false, feedDate: '2016-04-30', chunkRecords: 2 }));

    expect(batches.map((b) => b.body.toString())).toEqual(['{"cicid":1}\n{"cicid":2}\n', '{"cicid":3}\n{"cicid":4}\n', '{"cicid":5}\n']);
    // File lines 1-2, then 4-5 (after the blank line 3), then 6.
    expect(batches.map(lineOffset)).toEqual([0, 3, 5]);
  });

  it('yields a too-long line instead of sending a truncated copy', async () => {
    const path = tmp.path('long.ndjson');
    writeFileSync(path, `{"cicid":1}\n{"pad":"${'x'.repeat(1024 * 1024)}"}\n{"cicid":3}\n`);
    const events: BatchEvent[] = [];
    for await (const event of batchesOf(path, await openFeedSource(path, 'ndjson', { byDay: false, warn }), { byDay: false, feedDate: '2016-04-30', chunkRecords: 10 })) events.push(event);
    expect(events).toEqual([{ kind: 'too-long', line: 2 }, { kind: 'batch', batch: expect.objectContaining({ sourceLines: [1, 3] }) }]);
  });
});

describe('by-day grouping', () => {
  const item = (line: number, arrdate: unknown): FeedItem => ({ line, text: `r${line}`, arrdate });
  const source = (items: FeedItem[]): FeedSource => ({ contentType: 'application/x-ndjson', header: null, items });

  it('puts each record in its arrdate day, flushing a day as soon as it holds a chunk', async () => {
    const items = [item(1, 20545), item(2, 20546), item(3, '20545.0'), item(4, null), item(5, 20546), item(6, 'x'), item(7, 20546), item(8, 20545)];
    const events: BatchEvent[] = [];
    for await (const event of batchesOf('f.ndjson', source(items), { byDay: true, feedDate: '2016-05-01', chunkRecords: 2 })) events.push(event);
    const seen = events.map((e) => (e.kind === 'batch' ? [e.batch.feedDate, e.batch.sourceLines] : e));
    expect(seen).toEqual([
      ['2016-04-01', [1, 3]],
      ['2016-04-02', [2, 5]],
      ['2016-05-01', [4, 6]],
      ['2016-04-01', [8]],
      ['2016-04-02', [7]],
    ]);
  });

  it('sends everything to the one feed date without --by-day', async () => {
    const batches = await collect(batchesOf('f.ndjson', source([item(1, 20545), item(2, 20600)]), { byDay: false, feedDate: '2026-01-02', chunkRecords: 10 }));
    expect(batches.map((b) => [b.feedDate, b.sourceLines])).toEqual([['2026-01-02', [1, 2]]]);
  });

  it('groups the real sample by the arrdate column of each CSV row', async () => {
    const batches = await collect(batchesOf(SAMPLE_CSV, await openFeedSource(SAMPLE_CSV, 'csv', { byDay: true, warn }), { byDay: true, feedDate: '2000-01-01', chunkRecords: 25 }));
    const arrdateColumn = 7; // after the unnamed index column and cicid, i94yr, i94mon, i94cit, i94res, i94port
    for (const batch of batches) {
      expect(batch.count).toBeLessThanOrEqual(25);
      for (const line of linesOf(batch)) expect(sasDayToIsoDate(Number((csvFields(line) ?? [])[arrdateColumn]))).toBe(batch.feedDate);
    }
    expect(batches.reduce((n, b) => n + b.count, 0)).toBe(1000);
    expect(new Set(batches.map((b) => b.feedDate)).size).toBe(30);
  });
});

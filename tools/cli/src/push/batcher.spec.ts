import { linesOf } from '../../test/batches';
import { BlockPool } from './block-pool';
import { Batcher } from './batcher';
import { RecordBuffer } from './record-buffer';

describe('Batcher', () => {
  it('closes a batch at the chunk size or the byte cap, whichever comes first', () => {
    const batcher = new Batcher('f.ndjson', 'application/x-ndjson', null, 3, 25);
    // Each record is 15 bytes with its newline: the second one reaches the 25-byte cap.
    const full = [1, 2, 3].map((line) => batcher.add('2016-04-01', { line, text: `{"pad":"${'x'.repeat(5)}"}` }));
    expect(full.map((b) => b?.count ?? null)).toEqual([null, 2, null]);
    expect(batcher.drain().map((b) => [b.feedDate, b.sourceLines])).toEqual([['2016-04-01', [3]]]);
    expect(batcher.drain()).toEqual([]);
  });
});

describe('RecordBuffer', () => {
  it('keeps records as UTF-8 lines across blocks, and recycles the blocks', () => {
    const pool = new BlockPool(8);
    const buffer = new RecordBuffer(pool);
    const texts = ['São Paulo', 'x'.repeat(20), '東京', '', 'ab', 'ümlaut€'];
    texts.forEach((text, i) => buffer.append(text, i + 10));
    expect([buffer.count, buffer.sourceLines, buffer.byteLength]).toEqual([6, [10, 11, 12, 13, 14, 15], Buffer.byteLength(texts.join('\n')) + 1]);
    expect(linesOf({ body: buffer.take(), header: null })).toEqual(texts);
    const reused = pool.take();
    expect(reused.length).toBe(8);
  });
});

describe('RecordBuffer with a CSV header', () => {
  it('starts the body with the header, which is not counted as a record', () => {
    const buffer = new RecordBuffer(new BlockPool(), ',cicid');
    buffer.append('0,1.0', 2);
    expect(buffer.take().toString()).toBe(',cicid\n0,1.0\n');
    expect(buffer.count).toBe(1);
  });
});

describe('Batcher open-bytes budget', () => {
  it('sends the largest day early when all open days together pass the budget', () => {
    const batcher = new Batcher('f.ndjson', 'application/x-ndjson', null, 1000, 1_000_000, 45); // records are 10 bytes with their newline
    const item = (n: number) => ({ text: 'x'.repeat(9), line: n });
    const out = [];
    for (let i = 0; i < 3; i++) out.push(batcher.add('2016-04-01', item(i)));
    for (let i = 3; i < 5; i++) out.push(batcher.add('2016-04-02', item(i)));
    const sent = out.filter((b) => b !== null);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ feedDate: '2016-04-01', count: 3 });
    expect(batcher.drain().map((b) => [b.feedDate, b.count])).toEqual([['2016-04-02', 2]]);
  });
});

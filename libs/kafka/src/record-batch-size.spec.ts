import { type Message } from 'kafkajs';
import { recordInBatchBytes, singleRecordBatchBytes, splitBySize } from './record-batch-size';

// kafkajs's own record batch encoder (what the producer sends): the sizes must match it byte for byte.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { RecordBatch } = require('kafkajs/src/protocol/recordBatch/v0') as { RecordBatch: (batch: { records: unknown[]; lastOffsetDelta?: number }) => Promise<{ buffer: Buffer }> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Record = require('kafkajs/src/protocol/recordBatch/record/v0') as (record: { key: unknown; value: unknown; headers?: unknown; offsetDelta?: number; timestampDelta?: number }) => unknown;

const encodedBatchBytes = async (messages: Message[]) =>
  (await RecordBatch({ records: messages.map((m, i) => Record({ key: m.key, value: m.value, headers: m.headers, offsetDelta: i, timestampDelta: i })), lastOffsetDelta: messages.length - 1 })).buffer.length;

const cases: [string, Message][] = [
  ['string key, small value', { key: '2016-04/5748517', value: Buffer.alloc(300, 1), headers: { batchId: '2016-04-30-m3k2-0a1b2c3d' } }],
  ['null key, no headers', { key: null, value: Buffer.alloc(10) }],
  ['value past a 2-byte length varint', { key: 'k', value: Buffer.alloc(70_000), headers: { a: 'b', 'é': 'ü' } }],
  ['array header values', { key: Buffer.from('key'), value: 'text value', headers: { h: ['1', '22'] } }],
];

describe('record batch sizes', () => {
  it.each(cases)('a batch of one record is exactly what kafkajs encodes: %s', async (_, message) => {
    expect(singleRecordBatchBytes(message)).toBe(await encodedBatchBytes([message]));
  });

  it('bounds a batch of many records from above', async () => {
    const messages = Array.from({ length: 300 }, (_, i) => ({ key: `2016-04/${i}`, value: Buffer.alloc(200 + i), headers: { batchId: 'b' } }));
    const bound = 61 + messages.reduce((n, m) => n + recordInBatchBytes(m), 0);
    const actual = await encodedBatchBytes(messages);
    expect(bound).toBeGreaterThanOrEqual(actual);
    expect(bound - actual).toBeLessThan(messages.length * 10); // at most the widened deltas
  });

  it('splits into sends within the limit and sets apart the records too large alone', () => {
    const m = (bytes: number): Message => ({ key: 'k', value: Buffer.alloc(bytes) });
    const messages = [m(100), m(100), m(1000), m(100), m(100), m(100)];
    const limit = singleRecordBatchBytes(m(300));
    const { sends, tooLarge } = splitBySize(messages, limit);
    expect(tooLarge).toEqual([2]);
    expect(sends.map((s) => s.length)).toEqual([2, 2, 1]);
    for (const send of sends) expect(61 + send.reduce((n, x) => n + recordInBatchBytes(x), 0)).toBeLessThanOrEqual(limit);
  });

  it('keeps a record that fits exactly', () => {
    const message: Message = { key: 'k', value: Buffer.alloc(500) };
    expect(splitBySize([message], singleRecordBatchBytes(message))).toEqual({ sends: [[message]], tooLarge: [] });
    expect(splitBySize([message], singleRecordBatchBytes(message) - 1)).toEqual({ sends: [], tooLarge: [0] });
  });
});

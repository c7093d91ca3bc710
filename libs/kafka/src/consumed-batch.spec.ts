import { type KafkaMessage } from 'kafkajs';
import { batchIdsOf, lagAfter, nextOffsetOf } from './consumed-batch';

const message = (offset: number, batchId?: string): KafkaMessage =>
  ({ key: null, value: null, offset: String(offset), timestamp: '0', attributes: 0, headers: batchId ? { batchId: Buffer.from(batchId) } : {} }) as KafkaMessage;

describe('consumed batch facts', () => {
  it('lists each feed batch id once, in order of first appearance', () => {
    expect(batchIdsOf([message(1, '2016-04-01-a'), message(2, '2016-04-01-a'), message(3), message(4, '2016-04-02-b')])).toEqual(['2016-04-01-a', '2016-04-02-b']);
  });

  it('caps the ids listed, so a backlog batch keeps its log line short', () => {
    expect(batchIdsOf([message(1, 'a'), message(2, 'b'), message(3, 'c')], 2)).toEqual(['a', 'b']);
  });

  it('reads the header whether kafkajs gives a Buffer or a string', () => {
    const withString = { ...message(1), headers: { batchId: 'plain' } } as KafkaMessage;
    expect(batchIdsOf([withString])).toEqual(['plain']);
  });

  it.each([
    ['110', '103', 7],
    ['103', '103', 0],
    ['100', '103', 0], // a watermark fetched before the batch's last records were appended
  ])('lag with high watermark %s after committing %s is %d', (highWatermark, next, lag) => {
    expect(lagAfter(highWatermark, next)).toBe(lag);
  });

  it('commits one past the last message', () => {
    expect(nextOffsetOf([message(41), message(42)])).toBe('43');
  });
});

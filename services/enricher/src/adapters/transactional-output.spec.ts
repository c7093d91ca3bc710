import { type Kafka } from 'kafkajs';
import { type AvroSerde } from '@i94/avro';
import { BrokerUnavailableError, topicNames } from '@i94/kafka';
import { type EnrichedBatch } from '../enricher.service';
import { TransactionalOutput } from './transactional-output';

// Strict fakes of the kafkajs producer and admin: what a broker that went away mid-commit leaves
// behind (a commit that fails, an abort refused in state COMMITTING, no later transaction).
class FakeProducer {
  connected = false;
  commits = 0;
  stuck = false;

  constructor(private readonly failCommit: 'no' | 'aborted' | 'unknown') {}

  async connect() {
    this.connected = true;
  }

  async disconnect() {
    this.connected = false;
  }

  async transaction() {
    if (this.stuck) throw new Error('Transaction state exception: Cannot call "beginTransaction" in state "COMMITTING"');
    return {
      send: async () => undefined,
      sendOffsets: async () => undefined,
      commit: async () => {
        if (this.failCommit !== 'no' && this.commits === 0) {
          this.commits = -1;
          this.stuck = this.failCommit === 'unknown';
          throw new Error('Connection error: connect ECONNREFUSED');
        }
        this.commits = Math.max(this.commits, 0) + 1;
      },
      abort: async () => {
        if (this.stuck) throw new Error('Transaction state exception: Cannot call "abortTransaction" in state "COMMITTING"');
      },
    };
  }
}

const batch: EnrichedBatch = { topic: 'i94.arrivals.raw.v1', partition: 0, nextOffset: '11', enriched: [], deadLetters: [] };

function setUp(failCommit: 'aborted' | 'unknown', committedOffset: string) {
  const producers: FakeProducer[] = [];
  const kafka = {
    producer: () => {
      const producer = new FakeProducer(producers.length === 0 ? failCommit : 'no');
      producers.push(producer);
      return producer;
    },
    admin: () => ({
      connect: async () => undefined,
      disconnect: async () => undefined,
      fetchOffsets: async () => [{ topic: batch.topic, partitions: [{ partition: 0, offset: committedOffset }] }],
    }),
  } as unknown as Kafka;
  const output = new TransactionalOutput(kafka, {} as AvroSerde, 'group', 'i94-enricher-0', topicNames(''));
  return { output, producers };
}

describe('TransactionalOutput after a failed commit', () => {
  it('retries on the same producer when the transaction was aborted', async () => {
    const { output, producers } = setUp('aborted', '-1');
    await output.connect();
    await expect(output.commit(batch)).rejects.toBeInstanceOf(BrokerUnavailableError);
    await output.commit(batch);
    expect(producers.map((p) => p.commits)).toEqual([1]);
  });

  it('replaces a producer stuck in its transaction and produces the batch again when it did not commit', async () => {
    const { output, producers } = setUp('unknown', '5');
    await output.connect();
    await expect(output.commit(batch)).rejects.toBeInstanceOf(BrokerUnavailableError);
    await output.commit(batch);
    expect(producers.map((p) => [p.connected, p.commits])).toEqual([
      [false, -1],
      [true, 1],
    ]);
  });

  it('does not produce a batch twice when the commit whose answer was lost went through', async () => {
    const { output, producers } = setUp('unknown', '11');
    await output.connect();
    await expect(output.commit(batch)).rejects.toBeInstanceOf(BrokerUnavailableError);
    await output.commit(batch);
    expect(producers.map((p) => [p.connected, p.commits])).toEqual([
      [false, -1],
      [true, 0],
    ]);
  });
});

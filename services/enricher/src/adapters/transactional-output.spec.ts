import { type Kafka } from 'kafkajs';
import { type AvroSerde } from '@i94/avro';
import { BrokerUnavailableError, PartitionLostError, RecordTooLargeError, StalePositionError, topicNames } from '@i94/kafka';
import { type EnrichedBatch } from '../enricher.service';
import { TransactionalOutput } from './transactional-output';

const protocolError = (code: number) => Object.assign(new Error(`broker error ${code}`), { name: 'KafkaJSProtocolError', code });

type Failure = 'none' | 'aborted' | 'unknown' | 'fenced' | 'too-large';

// Strict fakes of the kafkajs producer and admin: what the broker answers a transaction (a commit
// that fails, an abort refused in state COMMITTING, a fenced producer, a record too large).
class FakeProducer {
  connected = false;
  commits = 0;
  stuck = false;

  constructor(
    readonly transactionalId: string,
    private failure: Failure,
  ) {}

  async connect() {
    this.connected = true;
  }

  async disconnect() {
    this.connected = false;
  }

  async transaction() {
    if (this.stuck) throw new Error('Transaction state exception: Cannot call "beginTransaction" in state "COMMITTING"');
    return {
      send: async () => {
        if (this.failure === 'too-large') throw protocolError(10);
      },
      sendOffsets: async () => undefined,
      commit: async () => {
        const failure = this.failure;
        this.failure = 'none';
        if (failure === 'fenced') throw protocolError(90);
        if (failure === 'aborted' || failure === 'unknown') {
          this.stuck = failure === 'unknown';
          throw new Error('Connection error: connect ECONNREFUSED');
        }
        this.commits += 1;
      },
      abort: async () => {
        if (this.stuck) throw new Error('Transaction state exception: Cannot call "abortTransaction" in state "COMMITTING"');
      },
    };
  }
}

const topics = topicNames('');
const batch = (overrides: Partial<EnrichedBatch> = {}): EnrichedBatch => ({
  topic: topics.raw, partition: 0, generation: 1, firstOffset: '5', nextOffset: '11', enriched: [], deadLetters: [], ...overrides,
});

function setUp(failures: Failure[], committedOffset: () => string) {
  const producers: FakeProducer[] = [];
  const kafka = {
    producer: ({ transactionalId }: { transactionalId: string }) => {
      const producer = new FakeProducer(transactionalId, failures[producers.length] ?? 'none');
      producers.push(producer);
      return producer;
    },
    admin: () => ({
      connect: async () => undefined,
      disconnect: async () => undefined,
      fetchOffsets: async () => [{ topic: topics.raw, partitions: [{ partition: 0, offset: committedOffset() }] }],
    }),
  } as unknown as Kafka;
  const serde = { encode: async () => Buffer.from([0, 0, 0, 0, 1]) } as unknown as AvroSerde;
  return { output: new TransactionalOutput(kafka, serde, 'group', topics), producers };
}

describe('TransactionalOutput', () => {
  it('gives every assigned partition its own producer, id from group, topic and partition, connected (fencing) at once', async () => {
    const { output, producers } = setUp([], () => '5');
    output.assign([0, 3], 1);
    await new Promise((r) => setImmediate(r));
    expect(producers.map((p) => [p.transactionalId, p.connected])).toEqual([
      ['group.i94.arrivals.raw.v1.0', true],
      ['group.i94.arrivals.raw.v1.3', true],
    ]);
    await output.commit(batch());
    expect(producers[0].commits).toBe(1);
  });

  it('refuses a batch of a partition it no longer owns, or of an earlier generation', async () => {
    const { output } = setUp([], () => '5');
    output.assign([0], 2);
    await expect(output.commit(batch({ partition: 1, generation: 2 }))).rejects.toBeInstanceOf(PartitionLostError);
    await expect(output.commit(batch({ generation: 1 }))).rejects.toBeInstanceOf(PartitionLostError);
  });

  it('drops a fenced partition without starting another producer, which would fence the new owner back', async () => {
    const { output, producers } = setUp(['fenced'], () => '5');
    output.assign([0], 1);
    await expect(output.commit(batch())).rejects.toBeInstanceOf(PartitionLostError);
    await expect(output.commit(batch())).rejects.toBeInstanceOf(PartitionLostError);
    expect(producers).toHaveLength(1);
  });

  it('refuses a first batch that starts before what another owner has committed since', async () => {
    const { output, producers } = setUp([], () => '40');
    output.assign([0], 1);
    await expect(output.commit(batch())).rejects.toBeInstanceOf(StalePositionError);
    expect(producers[0].commits).toBe(0);
  });

  it('reports a record the broker refuses as too large as such, not as an outage', async () => {
    const { output } = setUp(['too-large'], () => '5');
    output.assign([0], 1);
    await expect(output.commit(batch({ enriched: [{ key: 'k', value: {} as never, headers: {} }] }))).rejects.toBeInstanceOf(RecordTooLargeError);
  });

  it('retries on the same producer when the transaction was aborted', async () => {
    const { output, producers } = setUp(['aborted'], () => '5');
    output.assign([0], 1);
    await expect(output.commit(batch())).rejects.toBeInstanceOf(BrokerUnavailableError);
    await output.commit(batch());
    expect(producers.map((p) => p.commits)).toEqual([1]);
  });

  it('replaces a producer stuck in its transaction and produces the batch again when it did not commit', async () => {
    const { output, producers } = setUp(['unknown'], () => '5');
    output.assign([0], 1);
    await expect(output.commit(batch())).rejects.toBeInstanceOf(BrokerUnavailableError);
    await output.commit(batch());
    expect(producers.map((p) => [p.connected, p.commits])).toEqual([
      [false, 0],
      [true, 1],
    ]);
  });

  it('does not produce a batch twice when the commit whose answer was lost went through: the runner seeks past it', async () => {
    let committed = '5';
    const { output, producers } = setUp(['unknown'], () => committed);
    output.assign([0], 1);
    await expect(output.commit(batch())).rejects.toBeInstanceOf(BrokerUnavailableError);
    committed = '11';
    await expect(output.commit(batch())).rejects.toEqual(expect.objectContaining({ committedOffset: '11' }));
    expect(producers.map((p) => [p.connected, p.commits])).toEqual([
      [false, 0],
      [true, 0],
    ]);
  });

  // The zombie: frozen mid-commit, fenced while it slept, its replacement producer fences the new
  // owner back. Its stale batch must not be produced over what the new owner committed meanwhile.
  it('checks the position again with every new producer: a batch another owner passed is refused, not produced', async () => {
    let committed = '5';
    const { output, producers } = setUp(['unknown'], () => committed);
    output.assign([0], 1);
    await expect(output.commit(batch())).rejects.toBeInstanceOf(BrokerUnavailableError);
    committed = '8'; // another owner's batches 5-7 (any boundary) committed while this one was stuck
    await expect(output.commit(batch())).rejects.toBeInstanceOf(StalePositionError);
    expect(producers.map((p) => p.commits)).toEqual([0, 0]);
  });

  it('checks the position again after an aborted transaction too: its commit may have gone through', async () => {
    let committed = '5';
    const { output, producers } = setUp(['aborted'], () => committed);
    output.assign([0], 1);
    await expect(output.commit(batch())).rejects.toBeInstanceOf(BrokerUnavailableError);
    committed = '11';
    await expect(output.commit(batch())).rejects.toBeInstanceOf(StalePositionError);
    expect(producers.map((p) => p.commits)).toEqual([0]);
  });
});

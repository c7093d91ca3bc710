import { type Kafka, type Message } from 'kafkajs';
import { BrokerUnavailableError } from './errors';
import { singleRecordBatchBytes } from './record-batch-size';
import { TransactionalDeliveryProducer } from './transactional-producer';

const protocolError = (code: number) => Object.assign(new Error(`broker error ${code}`), { name: 'KafkaJSProtocolError', code });
const down = () => Object.assign(new Error('Connection error: connect ECONNREFUSED'), { name: 'KafkaJSConnectionError' });

type Failure = 'send' | 'send-and-abort' | 'commit' | 'too-large' | 'connect';

// Strict fakes of the kafkajs producer and admin: each producer answers as the broker did for the
// failure it was given (a send that fails, an abort that fails too, a commit fenced, a send refused
// as too large, a connect refused: the broker is down). As kafkajs, the first transaction()
// initialises the transactional id (InitProducerId, which fences), and aborting a transaction
// that sent nothing stays local (no EndTxn, so no outcome).
class FakeProducer {
  connected = false;
  initialised = false;
  readonly sent: Message[][] = [];
  readonly outcomes: string[] = [];

  constructor(
    readonly transactionalId: string,
    private readonly failure: Failure | undefined,
  ) {}

  async connect() {
    if (this.failure === 'connect') throw down();
    this.connected = true;
  }

  async disconnect() {
    this.connected = false;
  }

  async transaction() {
    this.initialised = true;
    let active = true;
    let added = false;
    return {
      isActive: () => active,
      send: async ({ messages }: { messages: Message[] }) => {
        added = true; // its partition joins the transaction before the records are produced
        if (this.failure === 'send' || this.failure === 'send-and-abort') throw down();
        if (this.failure === 'too-large') throw protocolError(10);
        this.sent.push(messages);
      },
      commit: async () => {
        if (this.failure === 'commit') throw protocolError(90); // PRODUCER_FENCED: the broker aborted it
        active = false;
        this.outcomes.push('committed');
      },
      abort: async () => {
        if (added && this.failure === 'send-and-abort') throw down();
        active = false;
        if (added) this.outcomes.push('aborted');
      },
    };
  }
}

function setUp(failures: (Failure | undefined)[], limits: number[] = [1_048_588]) {
  const producers: FakeProducer[] = [];
  let reads = 0;
  const kafka = {
    producer: ({ transactionalId }: { transactionalId: string }) => {
      const producer = new FakeProducer(transactionalId, failures[producers.length]);
      producers.push(producer);
      return producer;
    },
    admin: () => ({
      connect: async () => undefined,
      disconnect: async () => undefined,
      describeConfigs: async () => ({ resources: [{ configEntries: [{ configName: 'max.message.bytes', configValue: String(limits[Math.min(reads++, limits.length - 1)]) }] }] }),
    }),
  } as unknown as Kafka;
  return { delivery: new TransactionalDeliveryProducer(kafka, { transactionalIdPrefix: 'gw.0', slots: 1, reconnectDelayMs: 1 }), producers, reads: () => reads };
}

const message = (value: string): Message => ({ key: 'k', value });

describe('TransactionalDeliveryProducer', () => {
  it('commits what one run sent, in one transaction, on a producer whose id is the prefix and its slot', async () => {
    const { delivery, producers } = setUp([]);
    await delivery.connect();
    expect(await delivery.run(async (tx) => [await tx.send('raw', [message('a'), message('b')]), await tx.send('dlq', [message('c')])])).toEqual([[], []]);
    expect(producers.map((p) => [p.transactionalId, p.connected, p.sent.length, p.outcomes])).toEqual([['gw.0-0', true, 2, ['committed']]]);
  });

  it('initialises the transactional id of each slot when it connects, before any run: that fences what its last process left open', async () => {
    const { delivery, producers } = setUp([]);
    await delivery.connect();
    expect(producers.map((p) => [p.connected, p.initialised, p.sent.length, p.outcomes])).toEqual([[true, true, 0, []]]);
  });

  it('aborts when the work throws, and keeps the producer when no send failed', async () => {
    const { delivery, producers } = setUp([]);
    await delivery.connect();
    const failing = async (tx: { send: (topic: string, messages: Message[]) => Promise<unknown> }) => {
      await tx.send('raw', [message('a')]);
      throw new Error('the body is not CSV');
    };
    await expect(delivery.run(failing)).rejects.toThrow('the body is not CSV');
    await delivery.run(async (tx) => tx.send('raw', [message('a')]));
    expect(producers.map((p) => p.outcomes)).toEqual([['aborted', 'committed']]);
  });

  it.each([
    ['a send failed (its abort worked)', 'send' as const, ['aborted']],
    ['a send and its abort failed (outcome unknown: the new producer id aborts it)', 'send-and-abort' as const, []],
  ])('replaces the producer when %s, under the same id, and the next run goes on the new one', async (_, failure, outcomes) => {
    const { delivery, producers } = setUp([failure]);
    await delivery.connect();
    await expect(delivery.run((tx) => tx.send('raw', [message('a')]))).rejects.toBeInstanceOf(BrokerUnavailableError);
    await delivery.run((tx) => tx.send('raw', [message('b')]));
    expect(producers.map((p) => [p.transactionalId, p.connected, p.outcomes])).toEqual([
      ['gw.0-0', false, outcomes],
      ['gw.0-0', true, ['committed']],
    ]);
  });

  it('re-initialises the id of a producer that failed in an outage in the background, until the broker answers, without waiting for another run', async () => {
    // its abort never reached the broker: until a producer of the id connects, its open transaction holds back read_committed readers
    const { delivery, producers } = setUp(['send-and-abort', 'connect', 'connect', undefined]);
    await delivery.connect();
    await expect(delivery.run((tx) => tx.send('raw', [message('a')]))).rejects.toBeInstanceOf(BrokerUnavailableError);
    for (let i = 0; i < 100 && !producers[3]?.connected; i++) await new Promise((r) => setTimeout(r, 5));
    expect(producers.map((p) => p.connected)).toEqual([false, false, false, true]);
    await delivery.run((tx) => tx.send('raw', [message('b')]));
    expect(producers[3].outcomes).toEqual(['committed']);
  });

  it('fails a run at once while the id is not re-initialised (the client sends again later), and goes on trying', async () => {
    const { delivery, producers } = setUp(['connect', 'connect', undefined]);
    await expect(delivery.connect()).rejects.toThrow(/ECONNREFUSED/);
    await expect(delivery.run((tx) => tx.send('raw', [message('a')]))).rejects.toMatchObject({ retriable: true });
    for (let i = 0; i < 100 && !producers[2]?.connected; i++) await new Promise((r) => setTimeout(r, 5));
    await delivery.run((tx) => tx.send('raw', [message('b')]));
    expect(producers.map((p) => [p.connected, p.outcomes])).toEqual([[false, []], [false, []], [true, ['committed']]]);
  });

  it('stops re-initialising once disconnected', async () => {
    const { delivery, producers } = setUp(['connect', 'connect', 'connect', 'connect', 'connect']);
    await expect(delivery.connect()).rejects.toThrow(/ECONNREFUSED/);
    await delivery.disconnect();
    const made = producers.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(producers.length).toBe(made);
  });

  it('answers a commit fenced by the broker (timed out, or another producer of the id) as retriable: nothing of it is visible', async () => {
    const { delivery, producers } = setUp(['commit']);
    await delivery.connect();
    await expect(delivery.run((tx) => tx.send('raw', [message('a')]))).rejects.toMatchObject({ retriable: true });
    expect(producers).toHaveLength(2);
  });

  it('never sends a record larger than the topic takes, and asks the broker again before refusing it', async () => {
    const big = message('x'.repeat(400));
    const small = message('y');
    const { delivery, producers, reads } = setUp([], [singleRecordBatchBytes(small), singleRecordBatchBytes(small)]);
    await delivery.connect();
    expect(await delivery.run((tx) => tx.send('raw', [small, big, small]))).toEqual([1]);
    expect(producers[0].sent).toEqual([[small], [small]]);
    expect(reads()).toBe(2);
  });

  it('turns a send refused as too large after the limit was read (lowered since) into a retriable failure, and reads the limit again', async () => {
    const { delivery, reads } = setUp(['too-large']);
    await delivery.connect();
    await expect(delivery.run((tx) => tx.send('raw', [message('a')]))).rejects.toMatchObject({ retriable: true, message: expect.stringMatching(/changed since it was read/) });
    await delivery.run((tx) => tx.send('raw', [message('a')]));
    expect(reads()).toBe(2);
  });

  it('runs one transaction per producer at a time: a second run waits for the first', async () => {
    const { delivery } = setUp([]);
    await delivery.connect();
    const order: string[] = [];
    let release!: () => void;
    const first = delivery.run(async () => {
      order.push('first starts');
      await new Promise<void>((r) => (release = r));
      order.push('first ends');
    });
    const second = delivery.run(async () => void order.push('second starts'));
    await new Promise((r) => setImmediate(r));
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second starts']);
  });
});

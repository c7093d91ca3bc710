import { type EachBatchPayload, type Kafka, type KafkaMessage } from 'kafkajs';
import { PlatformError } from '@i94/domain';
import { BatchRunner, type BatchRunnerOptions } from './batch-runner';
import { PartitionLostError, RecordTooLargeError } from './delivery-errors';
import { BrokerUnavailableError } from './errors';

/** A strict fake of the kafkajs consumer: records pauses, resumes, seeks and commits; the test plays the group joins and batches. */
class FakeConsumer {
  readonly events = { GROUP_JOIN: 'group.join', CRASH: 'crash', FETCH_START: 'fetch.start', FETCH: 'fetch', START_BATCH_PROCESS: 'start.batch', END_BATCH_PROCESS: 'end.batch' };
  disconnected = false;
  readonly listeners = new Map<string, (event: { payload: never }) => void>();
  eachBatch?: (payload: EachBatchPayload) => Promise<void>;
  paused: string[] = [];
  resumed: string[] = [];
  seeks: string[] = [];
  commits: string[] = [];
  on(event: string, listener: (event: { payload: never }) => void) {
    this.listeners.set(event, listener);
  }
  async connect() {}
  async disconnect() {
    this.disconnected = true;
  }
  async subscribe() {}
  async run({ eachBatch }: { eachBatch: (payload: EachBatchPayload) => Promise<void> }) {
    this.eachBatch = eachBatch;
  }
  pause([{ topic, partitions }]: { topic: string; partitions: number[] }[]) {
    this.paused.push(`${topic}/${partitions[0]}`);
  }
  resume([{ topic, partitions }]: { topic: string; partitions: number[] }[]) {
    this.resumed.push(`${topic}/${partitions[0]}`);
  }
  seek({ topic, partition, offset }: { topic: string; partition: number; offset: string }) {
    this.seeks.push(`${topic}/${partition}@${offset}`);
  }
  async commitOffsets([{ topic, partition, offset }]: { topic: string; partition: number; offset: string }[]) {
    this.commits.push(`${topic}/${partition}@${offset}`);
  }
  join(assignment: Record<string, number[]>) {
    this.listeners.get(this.events.GROUP_JOIN)!({ payload: { memberAssignment: assignment } as never });
  }
}

const messages = (...offsets: number[]) => offsets.map((o) => ({ offset: String(o), value: Buffer.from(String(o)), key: null, headers: {}, timestamp: '0', attributes: 0 }) as KafkaMessage);

/** One batch through the runner; returns the offsets it resolved. */
async function deliver(consumer: FakeConsumer, topic: string, partition: number, batch: KafkaMessage[]): Promise<string[]> {
  const resolved: string[] = [];
  await consumer.eachBatch!({
    batch: { topic, partition, highWatermark: '100', messages: batch },
    resolveOffset: (o: string) => void resolved.push(o),
    commitOffsetsIfNecessary: async () => undefined,
    heartbeat: async () => undefined,
    isRunning: () => true,
    isStale: () => false,
  } as unknown as EachBatchPayload);
  return resolved;
}

async function runner(options: Partial<BatchRunnerOptions>) {
  const consumers: FakeConsumer[] = [];
  const kafka = { consumer: () => consumers[consumers.push(new FakeConsumer()) - 1] } as unknown as Kafka;
  const instance = new BatchRunner({ kafka, groupId: 'g', topics: ['raw'], handle: async () => undefined, backoff: { initialMs: 60_000, maxMs: 60_000 }, ...options });
  await instance.start();
  const [consumer] = consumers;
  consumer.join({ raw: [0, 1] });
  return { consumer, consumers, instance };
}

describe('BatchRunner', () => {
  afterEach(() => jest.useRealTimers());

  it('pauses only the partition whose batch failed for a retriable reason, resolving nothing of it', async () => {
    jest.useFakeTimers();
    const { consumer } = await runner({ handle: async (_m, { partition }) => { if (partition === 0) throw new BrokerUnavailableError('down'); } });
    expect(await deliver(consumer, 'raw', 0, messages(5, 6))).toEqual([]);
    expect(await deliver(consumer, 'raw', 1, messages(9))).toEqual(['9']);
    expect(consumer.paused).toEqual(['raw/0']);
    jest.advanceTimersByTime(60_000);
    expect(consumer.resumed).toEqual(['raw/0']);
  });

  it('after bounded attempts of a final failure, handles each record alone and dead-letters the one that still fails', async () => {
    jest.useFakeTimers();
    const dead: string[] = [];
    const { consumer } = await runner({
      maxFinalAttempts: 2,
      handle: async (batch) => { if (batch.some((m) => m.offset === '6')) throw new RecordTooLargeError('too large'); },
      deadLetter: async (batch, error) => void dead.push(...batch.map((m) => `${m.offset}:${error.name}`)),
    });
    expect(await deliver(consumer, 'raw', 0, messages(5, 6, 7))).toEqual([]);
    expect(await deliver(consumer, 'raw', 0, messages(5, 6, 7))).toEqual(['5', '6', '7']);
    expect(dead).toEqual(['6:RecordTooLargeError']);
  });

  it('re-throws a final failure when nothing can dead-letter it', async () => {
    const { consumer } = await runner({ handle: async () => Promise.reject(new RecordTooLargeError('too large')) });
    await expect(deliver(consumer, 'raw', 0, messages(5))).rejects.toBeInstanceOf(RecordTooLargeError);
  });

  it('does not resolve a batch whose partition was revoked while it was handled', async () => {
    const late: { consumer?: FakeConsumer } = {};
    const { consumer } = await runner({ handle: async () => late.consumer!.join({ raw: [1] }) });
    late.consumer = consumer;
    expect(await deliver(consumer, 'raw', 0, messages(5))).toEqual([]);
  });

  it('does not resolve a batch fetched before a join, even for a partition given back by it', async () => {
    const late: { consumer?: FakeConsumer } = {};
    const { consumer } = await runner({ handle: async () => late.consumer!.join({ raw: [0, 1] }) });
    late.consumer = consumer;
    expect(await deliver(consumer, 'raw', 0, messages(5))).toEqual([]);
  });

  it('commits a handler position only for a partition owned in that generation', async () => {
    const { consumer, instance } = await runner({ commits: 'handler' });
    expect(await instance.commitOffset('raw', 0, 10, 1)).toBe(true);
    expect(await instance.commitOffset('raw', 2, 10, 1)).toBe(false);
    consumer.join({ raw: [0] });
    expect(await instance.commitOffset('raw', 0, 11, 1)).toBe(false);
    expect(consumer.commits).toEqual(['raw/0@10']);
  });

  it('holds a lost partition until the next assignment, which resumes it', async () => {
    const { consumer } = await runner({ handle: async () => Promise.reject(new PartitionLostError('fenced')) });
    await deliver(consumer, 'raw', 0, messages(5));
    expect(consumer.paused).toEqual(['raw/0']);
    consumer.join({ raw: [0] });
    expect(consumer.resumed).toEqual(['raw/0']);
  });

  it('does not hold a partition lost in an older generation that the join since gave back', async () => {
    const late: { consumer?: FakeConsumer } = {};
    const { consumer } = await runner({
      handle: async () => {
        late.consumer!.join({ raw: [0, 1] }); // the rebalance lands while the batch is being committed
        throw new PartitionLostError('the partition is no longer assigned to this member');
      },
    });
    late.consumer = consumer;
    expect(await deliver(consumer, 'raw', 0, messages(5))).toEqual([]);
    expect(consumer.paused).toEqual([]);
  });

  it('replaces a consumer that went quiet with a new one that joins again; nothing the old one hands over after is committed', async () => {
    jest.useFakeTimers();
    const restarts: string[] = [];
    const assigned: number[] = [];
    const { consumer, consumers, instance } = await runner({ onRestart: (reason) => restarts.push(reason), onAssigned: (a) => assigned.push(a.size) });
    jest.advanceTimersByTime(75_000);
    await Promise.resolve();
    expect(restarts).toEqual([expect.stringMatching(/^stalled: no fetch, batch, join or crash for 6\d s/)]);
    expect(consumers).toHaveLength(2);
    expect(consumer.disconnected).toBe(true);
    expect(assigned).toEqual([1, 0]); // the old assignment dropped at once
    expect(await deliver(consumer, 'raw', 0, messages(5))).toEqual([]);
    consumers[1].join({ raw: [0] });
    expect(await deliver(consumers[1], 'raw', 0, messages(5))).toEqual(['5']);
    consumer.join({ raw: [0, 1] }); // the old one's late join is not this runner's
    expect(instance.owns('raw', 1)).toBe(false);
    await instance.stop();
  });

  it('lets a quiet consumer be while a batch is in hand', async () => {
    jest.useFakeTimers();
    const restarts: string[] = [];
    let release!: () => void;
    const { consumer, consumers, instance } = await runner({ onRestart: (reason) => restarts.push(reason), handle: () => new Promise<void>((r) => (release = r)) });
    const inHand = deliver(consumer, 'raw', 0, messages(5));
    jest.advanceTimersByTime(300_000);
    release();
    expect(await inHand).toEqual(['5']);
    expect([restarts, consumers.length]).toEqual([[], 1]);
    await instance.stop();
  });

  it('re-throws what is not a platform error (a bug): kafkajs restarts from the committed offset', async () => {
    const bug = new TypeError('x is undefined');
    const { consumer } = await runner({ handle: async () => Promise.reject(bug) });
    await expect(deliver(consumer, 'raw', 0, messages(5))).rejects.toBe(bug);
    expect(bug).not.toBeInstanceOf(PlatformError);
  });
});

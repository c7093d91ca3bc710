import { type Consumer, type EachBatchPayload, type Kafka } from 'kafkajs';
import { BrokerUnavailableError } from '../errors';

export interface TopicsFollowerOptions {
  kafka: Kafka;
  topics: readonly string[];
  /** A group of this follower alone: it reads from the beginning and commits nothing. */
  groupId: string;
  /** Applies a fetched batch; retries its own retriable failures. */
  eachBatch(payload: EachBatchPayload): Promise<void>;
  /** How long `start` waits to reach the end before it gives up. */
  catchUpTimeoutMs?: number;
}

const partitionKey = (topic: string, partition: number) => `${topic}:${partition}`;

/**
 * Reads topics from their beginning and keeps following them. `start()` resolves once every
 * partition was read up to the high watermark it had when `start` was called, so the caller holds
 * every record published before it started. Progress is taken from kafkajs's end-of-batch event,
 * which also fires for batches that compaction or control records left empty.
 */
export class TopicsFollower {
  private readonly consumer: Consumer;
  private readonly remaining = new Map<string, bigint>();
  private caughtUp?: () => void;
  private timer?: NodeJS.Timeout;

  constructor(private readonly options: TopicsFollowerOptions) {
    this.consumer = options.kafka.consumer({ groupId: options.groupId, allowAutoTopicCreation: false });
  }

  /** Connects, reads to the end of every topic, and goes on following. Broker failures become BrokerUnavailableError. */
  async start(): Promise<void> {
    const { topics } = this.options;
    for (const [key, high] of await this.endOffsets()) this.remaining.set(key, high);
    const done = this.whenCaughtUp();
    this.consumer.on(this.consumer.events.END_BATCH_PROCESS, ({ payload }) => this.progress(payload.topic, payload.partition, payload.lastOffset));
    this.checkCaughtUp();
    try {
      await this.consumer.connect();
      await this.consumer.subscribe({ topics: [...topics], fromBeginning: true });
      await this.consumer.run({ autoCommit: false, eachBatch: (payload) => this.options.eachBatch(payload) });
      await done;
    } catch (error) {
      await this.stop();
      if (error instanceof BrokerUnavailableError) throw error;
      throw new BrokerUnavailableError(`cannot read ${topics.join(', ')}: ${(error as Error).message}`, { topics }, error);
    }
  }

  /** Leaves the group; a batch in hand is finished first. */
  stop(): Promise<void> {
    clearTimeout(this.timer);
    return this.consumer.disconnect();
  }

  // Settles when every partition reached its end, or fails on a crash kafkajs will not restart from, or on the timeout.
  private whenCaughtUp(): Promise<void> {
    const { topics, catchUpTimeoutMs = 60_000 } = this.options;
    const done = new Promise<void>((resolve, reject) => {
      this.caughtUp = resolve;
      this.timer = setTimeout(() => reject(new BrokerUnavailableError(`not at the end of ${topics.join(', ')} after ${catchUpTimeoutMs} ms`, { topics })), catchUpTimeoutMs);
      this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
        if (!payload.restart) reject(new BrokerUnavailableError(`reader of ${topics.join(', ')} stopped: ${payload.error.message}`, { topics }, payload.error));
      });
    }).finally(() => clearTimeout(this.timer));
    // Awaited by start() once the consumer runs; a failure before then must not count as unhandled.
    done.catch(() => undefined);
    return done;
  }

  private async endOffsets(): Promise<Map<string, bigint>> {
    const admin = this.options.kafka.admin();
    try {
      await admin.connect();
      const ends = new Map<string, bigint>();
      for (const topic of this.options.topics) {
        for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
          if (BigInt(high) > BigInt(low)) ends.set(partitionKey(topic, partition), BigInt(high));
        }
      }
      return ends;
    } catch (error) {
      throw new BrokerUnavailableError(`cannot read the end offsets of ${this.options.topics.join(', ')}: ${(error as Error).message}`, { topics: this.options.topics }, error);
    } finally {
      await admin.disconnect();
    }
  }

  private progress(topic: string, partition: number, lastOffset: string): void {
    const key = partitionKey(topic, partition);
    const high = this.remaining.get(key);
    if (high !== undefined && BigInt(lastOffset) + 1n >= high) this.remaining.delete(key);
    this.checkCaughtUp();
  }

  private checkCaughtUp(): void {
    if (this.remaining.size === 0) this.caughtUp?.();
  }
}

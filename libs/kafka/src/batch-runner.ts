import { type Consumer, type EachBatchPayload, type Kafka, type KafkaMessage } from 'kafkajs';
import { PlatformError } from '@i94/domain';

export interface BatchContext {
  topic: string;
  partition: number;
  /** The partition's high watermark when the batch was fetched: lag = highWatermark - next offset. */
  highWatermark: string;
  heartbeat(): Promise<void>;
}

export interface BatchRunnerOptions {
  kafka: Kafka;
  groupId: string;
  topics: string[];
  fromBeginning?: boolean;
  /** Makes the batch's effects durable, or throws. Per-record poison must be dead-lettered inside. */
  handle(messages: KafkaMessage[], context: BatchContext): Promise<void>;
  /** Called before each wait after a retriable failure (metrics, logs). */
  onRetry?(error: PlatformError, attempt: number, waitMs: number, context: BatchContext): void;
  backoff?: { initialMs: number; maxMs: number };
  /**
   * Who commits offsets: 'consumer' (after handle succeeded) or 'handler', when the handler
   * sends them inside a Kafka transaction with its output (exactly-once consume-transform-produce).
   */
  commits?: 'consumer' | 'handler';
  partitionsConsumedConcurrently?: number;
  maxBytesPerPartition?: number;
  /** Called when the runner rejoins after a crash kafkajs does not restart from, and when that rejoin fails (logs). */
  onRestart?(reason: string): void;
}

/** Exponential backoff with full jitter, capped. */
export const backoffMs = (attempt: number, initialMs: number, maxMs: number, random = Math.random) =>
  Math.round(random() * Math.min(maxMs, initialMs * 2 ** Math.min(attempt - 1, 20)));

/**
 * A consumer loop over kafkajs eachBatch with the platform's delivery rule: a batch's offsets are
 * resolved and committed only after `handle` succeeded. A retriable failure (sink, broker or
 * registry down) holds the partition and retries with backoff, heartbeating, for as long as the
 * consumer runs; nothing is skipped. Anything else is a bug: it is re-thrown and kafkajs
 * restarts the consumer from the last committed offset.
 */
export class BatchRunner {
  private readonly consumer: Consumer;
  private stopping = false;

  constructor(private readonly options: BatchRunnerOptions) {
    this.consumer = options.kafka.consumer({
      groupId: options.groupId,
      maxBytesPerPartition: options.maxBytesPerPartition ?? 2 * 1024 * 1024,
      allowAutoTopicCreation: false,
    });
  }

  async start(): Promise<void> {
    // kafkajs restarts its consumer after retriable crashes only; after any other (e.g. the group
    // evicted this member while it was busy, then a commit failed) we rejoin instead of stalling.
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart && !this.stopping) setTimeout(() => void this.rejoin(`crashed without a restart: ${payload.error.message}`), 1000);
    });
    await this.run();
  }

  private async rejoin(reason: string): Promise<void> {
    if (this.stopping) return;
    this.options.onRestart?.(reason);
    await this.consumer.disconnect().catch(() => undefined);
    await this.run().catch((error: Error) => setTimeout(() => void this.rejoin(`rejoining failed: ${error.message}`), 5000));
  }

  private async run(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.options.topics, fromBeginning: this.options.fromBeginning ?? true });
    await this.consumer.run({
      eachBatchAutoResolve: false,
      autoCommit: (this.options.commits ?? 'consumer') === 'consumer',
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
      eachBatch: (payload) => this.eachBatch(payload),
    });
  }

  /** Commits a position the handler made durable itself (commits: 'handler' without transactions). */
  commitOffset(topic: string, partition: number, nextOffset: number): Promise<void> {
    return this.consumer.commitOffsets([{ topic, partition, offset: String(nextOffset) }]);
  }

  /** Finishes the batch in hand, commits what was resolved and leaves the group. */
  stop(): Promise<void> {
    this.stopping = true;
    return this.consumer.disconnect();
  }

  private async eachBatch({ batch, heartbeat, resolveOffset, commitOffsetsIfNecessary, isRunning, isStale }: EachBatchPayload) {
    if (batch.messages.length === 0) return;
    const context: BatchContext = { topic: batch.topic, partition: batch.partition, highWatermark: batch.highWatermark, heartbeat };
    const { initialMs, maxMs } = this.options.backoff ?? { initialMs: 200, maxMs: 30_000 };
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.handle(batch.messages, context);
        break;
      } catch (error) {
        if (!(error instanceof PlatformError && error.retriable)) throw error;
        if (!isRunning() || isStale()) return; // the partition moved on or we are stopping: leave it uncommitted
        const wait = backoffMs(attempt, initialMs, maxMs);
        this.options.onRetry?.(error, attempt, wait, context);
        await sleepWhile(wait, () => isRunning() && !isStale());
        await heartbeat().catch(() => undefined);
      }
    }
    resolveOffset(batch.messages[batch.messages.length - 1].offset);
    if ((this.options.commits ?? 'consumer') === 'consumer') await commitOffsetsIfNecessary();
  }
}

async function sleepWhile(ms: number, condition: () => boolean): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until && condition()) await new Promise((r) => setTimeout(r, Math.min(250, until - Date.now())));
}

export type { KafkaMessage };

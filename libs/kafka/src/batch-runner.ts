import { type Consumer, type EachBatchPayload, type Kafka, type KafkaMessage } from 'kafkajs';
import { PlatformError } from '@i94/domain';
import { classifyKafkaError, PartitionLostError, StalePositionError } from './delivery-errors';
import { PartitionOwnership, type TopicPartitions } from './partition-ownership';
import { StallWatchdog } from './stall-watchdog';

export interface BatchContext {
  topic: string;
  partition: number;
  /** The partition's high watermark when the batch was fetched: lag = highWatermark - next offset. */
  highWatermark: string;
  /** The runner's count of group joins when the batch was fetched: work of an older one is never committed. */
  generation: number;
  heartbeat(): Promise<void>;
}

export interface BatchRunnerOptions {
  kafka: Kafka;
  groupId: string;
  topics: string[];
  fromBeginning?: boolean;
  /** Makes the batch's effects durable, or throws. Per-record poison must be dead-lettered inside. */
  handle(messages: KafkaMessage[], context: BatchContext): Promise<void>;
  /**
   * Dead-letters records that failed for good (too large, schema refused) with the error as the
   * reason; with `commits: 'handler'` it commits their offsets too. Without it such a failure is re-thrown.
   */
  deadLetter?(messages: KafkaMessage[], error: PlatformError, context: BatchContext): Promise<void>;
  /** Called before each wait after a failure (metrics, logs). */
  onRetry?(error: PlatformError, attempt: number, waitMs: number, context: BatchContext): void;
  /**
   * Called at every group join with what this member now owns, before any batch of it is handled
   * (kafkajs does not await listeners: do the synchronous part here, e.g. drop revoked state).
   */
  onAssigned?(assignment: TopicPartitions, generation: number): void;
  backoff?: { initialMs: number; maxMs: number };
  /** Attempts of a batch that failed with a final error before its records are dead-lettered one by one (default 3). */
  maxFinalAttempts?: number;
  /**
   * Who commits offsets: 'consumer' (after handle succeeded) or 'handler', when the handler
   * sends them inside a Kafka transaction with its output (exactly-once consume-transform-produce).
   */
  commits?: 'consumer' | 'handler';
  partitionsConsumedConcurrently?: number;
  maxBytesPerPartition?: number;
  /** Without a heartbeat for this long the member loses its partitions (kafkajs default 30 s). */
  sessionTimeoutMs?: number;
  /** Called when the runner rejoins after a crash kafkajs does not restart from, or a stall, and when that rejoin fails (logs). */
  onRestart?(reason: string): void;
  /**
   * A consumer that shows no sign of life for this long while no batch is in hand (no fetch, no
   * batch, no join, no crash), or holds a partition paused until the next assignment that never
   * comes, is replaced by a new one that joins again (default 60 s; an idle consumer fetches every 5 s).
   */
  stallTimeoutMs?: number;
}

/** Exponential backoff with full jitter, capped. */
export const backoffMs = (attempt: number, initialMs: number, maxMs: number, random = Math.random) =>
  Math.round(random() * Math.min(maxMs, initialMs * 2 ** Math.min(attempt - 1, 20)));

/**
 * A consumer loop over kafkajs eachBatch with a lifecycle per partition. A batch's offsets are
 * resolved and committed only after `handle` succeeded, and only while this member still owns
 * the partition in the generation the batch was fetched in. A retriable failure pauses that
 * partition alone for a backoff (the others go on) and fetches the batch again; a final one
 * (too large, schema refused) is tried a bounded number of times, then record by record, and the
 * records that still fail are dead-lettered. A lost partition's batch is dropped. Any other
 * error is a bug: it is re-thrown and kafkajs restarts the consumer from the last committed offset.
 */
export class BatchRunner {
  private consumer: Consumer;
  private readonly ownership = new PartitionOwnership();
  private readonly attempts = new Map<string, number>();
  private readonly paused = new Map<string, NodeJS.Timeout | null>();
  private readonly watchdog: StallWatchdog;
  private stopping = false;

  constructor(private readonly options: BatchRunnerOptions) {
    this.watchdog = new StallWatchdog(options.stallTimeoutMs ?? 60_000, (reason) => void this.rejoin(reason));
    this.consumer = this.createConsumer();
  }

  async start(): Promise<void> {
    await this.run();
    this.watchdog.start();
  }

  /** True while this member owns the partition in `generation` (default: the current one). */
  owns(topic: string, partition: number, generation = this.ownership.generation): boolean {
    return this.ownership.owns(topic, partition, generation);
  }

  /**
   * Commits a position the handler made durable itself (commits: 'handler' without transactions),
   * unless the partition is no longer this member's in `generation`. False when it was not committed.
   */
  async commitOffset(topic: string, partition: number, nextOffset: number, generation: number): Promise<boolean> {
    if (!this.owns(topic, partition, generation)) return false;
    try {
      await this.consumer.commitOffsets([{ topic, partition, offset: String(nextOffset) }]);
      return true;
    } catch (error) {
      throw classifyKafkaError(error, { topic, partition });
    }
  }

  /** Finishes the batch in hand, commits what was resolved and leaves the group. */
  stop(): Promise<void> {
    this.stopping = true;
    this.watchdog.stop();
    for (const timer of this.paused.values()) if (timer) clearTimeout(timer);
    return this.consumer.disconnect();
  }

  private createConsumer(): Consumer {
    const consumer = this.options.kafka.consumer({
      groupId: this.options.groupId,
      maxBytesPerPartition: this.options.maxBytesPerPartition ?? 2 * 1024 * 1024,
      allowAutoTopicCreation: false,
      ...(this.options.sessionTimeoutMs ? { sessionTimeout: this.options.sessionTimeoutMs } : {}),
    });
    // a consumer replaced after a stall may still say something: only the current one counts
    const current = () => consumer === this.consumer;
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      if (!current()) return;
      this.watchdog.alive();
      this.joined(payload.memberAssignment);
    });
    // kafkajs restarts its consumer after retriable crashes only; after any other (e.g. the group
    // evicted this member while it was busy, then a commit failed) we rejoin instead of stalling.
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!current()) return;
      this.watchdog.alive();
      if (!payload.restart && !this.stopping) setTimeout(() => void this.rejoin(`crashed without a restart: ${payload.error.message}`), 1000);
    });
    for (const event of [consumer.events.FETCH_START, consumer.events.FETCH, consumer.events.START_BATCH_PROCESS, consumer.events.END_BATCH_PROCESS]) {
      consumer.on(event, () => current() && this.watchdog.alive());
    }
    return consumer;
  }

  private joined(assignment: Record<string, number[]>): void {
    const generation = this.ownership.assign(assignment);
    // the new assignment starts from the committed offsets: nothing of the last one is retried
    for (const [key, timer] of this.paused) {
      if (timer) clearTimeout(timer);
      const [topic, partition] = splitKey(key);
      this.consumer.resume([{ topic, partitions: [partition] }]);
    }
    this.paused.clear();
    this.watchdog.heldUntilAssignment(false);
    this.attempts.clear();
    this.options.onAssigned?.(this.ownership.assigned(), generation);
  }

  // A new consumer, not the old one run again: one that stalled may never finish disconnecting
  // (and kafkajs ignores run() on a consumer it still thinks is running). It leaves the group
  // in the background; its partitions come back from the committed offsets.
  private async rejoin(reason: string): Promise<void> {
    if (this.stopping) return;
    this.options.onRestart?.(reason);
    this.watchdog.alive();
    // nothing the old consumer has in hand is committed or kept: the new one's join starts afresh
    for (const timer of this.paused.values()) if (timer) clearTimeout(timer);
    this.paused.clear();
    this.attempts.clear();
    this.watchdog.heldUntilAssignment(false);
    this.options.onAssigned?.(new Map(), this.ownership.assign({}));
    const old = this.consumer;
    this.consumer = this.createConsumer();
    void old.disconnect().catch(() => undefined);
    await this.run().catch((error: Error) => setTimeout(() => void this.rejoin(`rejoining failed: ${error.message}`), 5000));
  }

  private async run(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.options.topics, fromBeginning: this.options.fromBeginning ?? true });
    await this.consumer.run({
      eachBatchAutoResolve: false,
      autoCommit: this.consumerCommits,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
      eachBatch: (payload) => this.eachBatch(payload),
    });
  }

  private get consumerCommits(): boolean {
    return (this.options.commits ?? 'consumer') === 'consumer';
  }

  private async eachBatch(payload: EachBatchPayload): Promise<void> {
    this.watchdog.busy(+1);
    try {
      await this.handleBatch(payload);
    } finally {
      this.watchdog.busy(-1);
    }
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, heartbeat } = payload;
    if (batch.messages.length === 0) return;
    const context: BatchContext = { topic: batch.topic, partition: batch.partition, highWatermark: batch.highWatermark, generation: this.ownership.generation, heartbeat };
    if (!this.owns(context.topic, context.partition, context.generation)) return;
    try {
      await this.options.handle(batch.messages, context);
    } catch (error) {
      return this.failed(error, batch.messages, payload, context);
    }
    this.attempts.delete(keyOf(context));
    await this.done(batch.messages[batch.messages.length - 1].offset, payload, context);
  }

  /** Resolves (and commits, when the consumer commits) through `offset`, if the partition is still ours. */
  private async done(offset: string, { resolveOffset, commitOffsetsIfNecessary }: EachBatchPayload, context: BatchContext): Promise<void> {
    if (!this.owns(context.topic, context.partition, context.generation)) return;
    resolveOffset(offset);
    // a refused commit stays a kafkajs error: kafkajs itself rejoins on UNKNOWN_MEMBER_ID or a rebalance
    if (this.consumerCommits) await commitOffsetsIfNecessary();
  }

  private async failed(error: unknown, messages: KafkaMessage[], payload: EachBatchPayload, context: BatchContext): Promise<void> {
    const failure = classifyKafkaError(error, { topic: context.topic, partition: context.partition });
    if (!(failure instanceof PlatformError)) throw error;
    if (failure instanceof PartitionLostError) {
      // Lost in a join since the batch was fetched: the new generation fetches what it owns afresh.
      // Lost in the current one (fenced: another member has it and this one has not heard yet):
      // hold it until the next assignment. Holding it after a join had given it back held it for good.
      if (context.generation !== this.ownership.generation) return;
      return this.pause(context, null);
    }
    if (failure instanceof StalePositionError) return this.consumer.seek({ topic: context.topic, partition: context.partition, offset: failure.committedOffset });
    const key = keyOf(context);
    const attempt = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, attempt);
    if (!failure.retriable) {
      if (!this.options.deadLetter) throw failure;
      if (attempt >= (this.options.maxFinalAttempts ?? 3)) return this.oneByOne(messages, payload, context);
    }
    if (!payload.isRunning() || payload.isStale()) return; // stopping, or the partition moved: leave it uncommitted
    const { initialMs, maxMs } = this.options.backoff ?? { initialMs: 200, maxMs: 30_000 };
    const wait = backoffMs(attempt, initialMs, maxMs);
    this.options.onRetry?.(failure, attempt, wait, context);
    this.pause(context, wait);
  }

  /** After a batch failed for good: each record alone, and the ones that still fail for good to the DLQ. */
  private async oneByOne(messages: KafkaMessage[], payload: EachBatchPayload, context: BatchContext): Promise<void> {
    this.attempts.delete(keyOf(context));
    for (const message of messages) {
      if (!this.owns(context.topic, context.partition, context.generation)) return;
      try {
        await this.options.handle([message], context);
      } catch (error) {
        const failure = classifyKafkaError(error, { topic: context.topic, partition: context.partition, offset: message.offset });
        if (!(failure instanceof PlatformError) || failure.retriable || failure instanceof PartitionLostError || failure instanceof StalePositionError) {
          return this.failed(error, [message], payload, context);
        }
        await this.options.deadLetter!([message], failure, context);
      }
      await this.done(message.offset, payload, context);
    }
  }

  /** Stops fetching the partition for `ms` (null: until the next assignment); its batch is fetched again after. */
  private pause(context: BatchContext, ms: number | null): void {
    const key = keyOf(context);
    const { topic, partition } = context;
    this.consumer.pause([{ topic, partitions: [partition] }]);
    if (ms === null) this.watchdog.heldUntilAssignment(true);
    const previous = this.paused.get(key);
    if (previous) clearTimeout(previous);
    const timer =
      ms === null
        ? null
        : setTimeout(() => {
            this.paused.delete(key);
            this.consumer.resume([{ topic, partitions: [partition] }]);
          }, ms);
    this.paused.set(key, timer);
  }
}

const keyOf = ({ topic, partition }: { topic: string; partition: number }) => `${partition}|${topic}`;
const splitKey = (key: string): [string, number] => {
  const at = key.indexOf('|');
  return [key.slice(at + 1), Number(key.slice(0, at))];
};

export type { KafkaMessage };

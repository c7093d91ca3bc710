import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { type EachBatchPayload, type Kafka, type KafkaMessage } from 'kafkajs';
import { type AvroSerde } from '@i94/avro';
import { DIMENSION_NAMES, type DimensionCache, type DimensionName, type DimensionValues, dimensionTopic, fromDimensionValue } from '@i94/dimensions';
import { type ErrorContext, PlatformError } from '@i94/domain';
import { backoffMs } from '../batch-runner';
import { decodeMessage } from '../decode-message';
import { DecodeError } from '../errors';
import { type DimensionTopicFor } from './dimension-topics';
import { DIMENSION_VERSION_HEADER } from './publish-dimensions';
import { TopicsFollower } from './topics-follower';

export interface DimensionTopicsReaderOptions {
  /** The topic of each dimension (default `i94.dim.<name>.v1`). */
  topicFor?: DimensionTopicFor;
  /** The dimensions to read (default: all). */
  dimensions?: readonly DimensionName[];
  /** Unique per reader by default: every reader reads the topics whole and commits nothing. */
  groupId?: string;
  /** How long `warmUp` may take to reach the end of the topics. */
  warmUpTimeoutMs?: number;
  /** A record that could not be applied: skipped when not retriable, retried with backoff when it is. */
  onError?(error: PlatformError, attempt: number): void;
  backoff?: { initialMs: number; maxMs: number };
}

/** What the warm-up read: records and tombstones up to the end of the topics, and how long it took. */
export interface WarmUpResult {
  records: number;
  ms: number;
}

const stderrWarning = (error: PlatformError, attempt: number) =>
  process.stderr.write(`${JSON.stringify({ level: 'warn', msg: error.message, error: error.name, retriable: error.retriable, attempt, ...error.context })}\n`);

/**
 * Keeps a DimensionCache equal to the dimension topics: `warmUp` reads every topic from its
 * beginning to the end it had at the call, then the reader goes on applying new records (and
 * tombstones) to the same cache until `stop`, so a changed code applies to lookups made after it
 * arrived, without a restart.
 */
export class DimensionTopicsReader {
  private readonly dimensionOf = new Map<string, DimensionName>();
  private follower?: TopicsFollower;
  private cache?: DimensionCache;
  private applied = 0;

  constructor(
    private readonly kafka: Kafka,
    private readonly serde: AvroSerde,
    private readonly options: DimensionTopicsReaderOptions = {},
  ) {
    const topicFor = options.topicFor ?? dimensionTopic;
    for (const dimension of options.dimensions ?? DIMENSION_NAMES) this.dimensionOf.set(topicFor(dimension), dimension);
  }

  /** Fills `cache` from the topics, resolving once they are read to their current end; then keeps it current. */
  async warmUp(cache: DimensionCache): Promise<WarmUpResult> {
    if (this.follower) throw new Error('DimensionTopicsReader.warmUp called twice');
    const started = performance.now();
    this.cache = cache;
    this.applied = 0;
    this.follower = new TopicsFollower({
      kafka: this.kafka,
      topics: [...this.dimensionOf.keys()],
      groupId: this.options.groupId ?? `i94-dimensions-reader-${randomUUID()}`,
      catchUpTimeoutMs: this.options.warmUpTimeoutMs,
      eachBatch: (payload) => this.applyBatch(payload),
    });
    try {
      await this.follower.start();
    } catch (error) {
      this.follower = undefined; // stopped already; a later warmUp may try again
      throw error;
    }
    return { records: this.applied, ms: Math.round(performance.now() - started) };
  }

  /** Stops following; the cache keeps what it holds. */
  async stop(): Promise<void> {
    await this.follower?.stop();
  }

  private async applyBatch({ batch, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const dimension = this.dimensionOf.get(batch.topic);
    if (dimension === undefined) return;
    for (const message of batch.messages) {
      if (!isRunning() || isStale()) return;
      await this.applyWithRetry(dimension, message, { topic: batch.topic, partition: batch.partition, offset: message.offset }, () => isRunning() && !isStale());
    }
  }

  private async applyWithRetry(dimension: DimensionName, message: KafkaMessage, context: ErrorContext, running: () => boolean): Promise<void> {
    const { initialMs, maxMs } = this.options.backoff ?? { initialMs: 200, maxMs: 10_000 };
    for (let attempt = 1; ; attempt++) {
      try {
        await this.apply(dimension, message, context);
        this.applied += 1;
        return;
      } catch (error) {
        if (!(error instanceof PlatformError)) throw error; // a bug: let kafkajs restart the reader
        (this.options.onError ?? stderrWarning)(error, attempt);
        if (!error.retriable || !running()) return;
        await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt, initialMs, maxMs)));
      }
    }
  }

  private async apply(dimension: DimensionName, message: KafkaMessage, context: ErrorContext): Promise<void> {
    const cache = this.cache as DimensionCache;
    const key = message.key?.toString();
    if (key === undefined) throw new DecodeError('dimension record without a key', context);
    if (message.value === null) {
      cache.apply(dimension, key, null, message.headers?.[DIMENSION_VERSION_HEADER]?.toString());
      return;
    }
    const value = await decodeMessage<DimensionValues[typeof dimension]>(this.serde, message.value, context);
    try {
      const { record, version } = fromDimensionValue(dimension, value);
      cache.apply(dimension, key, record, version);
    } catch (error) {
      throw new DecodeError(`not a ${dimension} record: ${(error as Error).message}`, context, error);
    }
  }
}

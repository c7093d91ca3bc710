import { type Kafka } from 'kafkajs';
import { type AvroSerde } from '@i94/avro';
import { DimensionCache, LiveCodeLists } from '@i94/dimensions';
import { type CodeLists, PlatformError } from '@i94/domain';
import { DimensionTopicsReader, namespacedDimensionTopic } from '@i94/kafka';
import { type Logger } from '@i94/observability';

/**
 * The valid codes for flagging unknown ones at ingest, from the dimension topics the enricher
 * reads too (one source: an `i94 dims load` of a changed file reaches both without a restart).
 */
export class DimensionCodeLists {
  private readonly cache = new DimensionCache();
  private readonly lists = new LiveCodeLists(this.cache);
  private readonly reader: DimensionTopicsReader;
  private retry?: NodeJS.Timeout;
  private stopped = false;

  constructor(kafka: Kafka, serde: AvroSerde, namespace: string, private readonly logger: Logger) {
    this.reader = new DimensionTopicsReader(kafka, serde, {
      topicFor: namespacedDimensionTopic(namespace),
      dimensions: ['countries', 'ports', 'states', 'modes', 'visas'],
      onError: (error, attempt) => logger.warn({ err: error.message, attempt }, 'dimension record not applied'),
    });
  }

  /**
   * Reads the topics to their end (the lists are complete before the first request), then follows
   * them. The gateway has just created the topics when it starts in a new namespace, and their
   * leaders may not be elected yet (NOT_LEADER_FOR_PARTITION): retriable failures are tried again
   * for up to `retryForMs`.
   */
  async start(retryForMs = 30_000): Promise<{ records: number; ms: number }> {
    const deadline = Date.now() + retryForMs;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.reader.warmUp(this.cache);
      } catch (error) {
        if (!(error instanceof PlatformError && error.retriable) || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(200 * 2 ** attempt, 2000)));
      }
    }
  }

  /**
   * `start`, and when the lists cannot be read (the registry or Kafka down while the gateway
   * starts) a warning and another try every `retryMs` until they load. Meanwhile the gateway
   * serves: a dimension never loaded is not checked, so records are accepted without unknown-code
   * flags rather than refused (the enricher still decodes every code against its own caches).
   */
  async startOrKeepTrying(retryMs = 10_000): Promise<void> {
    try {
      const { records, ms } = await this.start();
      this.logger.info({ records, ms }, 'code lists loaded');
    } catch (error) {
      if (this.stopped) return;
      this.logger.warn({ err: (error as Error).message, retryMs }, 'code lists not loaded; records are not checked for unknown codes until they are');
      this.retry = setTimeout(() => void this.startOrKeepTrying(retryMs), retryMs);
    }
  }

  stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    return this.reader.stop();
  }

  /** The lists as of now. */
  current(): CodeLists {
    return this.lists.current();
  }
}

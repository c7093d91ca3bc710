import { type Admin, type Consumer, type Kafka, Partitioners, type Producer } from 'kafkajs';
import { type AvroSerde, type DeadLetter, epochDaysToIsoDate, isoDateToEpochDays, type RawArrival, type SchemaTopic, type TopicValues } from '@i94/avro';
import { deadLetterHeaders, type TopicNames } from '@i94/kafka';
import { FeedTotalsTally } from '../feed-totals-tally';
import { type BatchSummary, type FeedPublisher, type FeedTotals } from '../ports/feed-publisher';
import { asPlatformError } from './kafka-errors';

interface Keyed<T> {
  key: string;
  value: T;
  headers?: Record<string, string>;
}

/**
 * FeedPublisher on Kafka: an idempotent producer with acks=all, and a consumer that keeps the
 * batch summaries of every feed so completion can total them. Produce retries are bounded so a
 * broker outage surfaces as a retriable error (HTTP 503) instead of a request that hangs.
 */
export class KafkaFeedPublisher implements FeedPublisher {
  private producer: Producer;
  private producerReady: Promise<void> = Promise.resolve();
  private readonly admin: Admin;
  private readonly consumer: Consumer;
  private readonly tally = new FeedTotalsTally();
  private readonly consumed = new Map<number, number>(); // partition -> next offset

  constructor(
    private readonly kafka: Kafka,
    private readonly serde: AvroSerde,
    private readonly topics: TopicNames,
    instanceId: string,
  ) {
    this.producer = this.newProducer();
    this.admin = kafka.admin();
    this.consumer = kafka.consumer({ groupId: `ingest-gateway-totals-${instanceId}` });
  }

  async start(): Promise<void> {
    await Promise.all([this.producer.connect(), this.admin.connect(), this.consumer.connect()]);
    await this.consumer.subscribe({ topic: this.topics.feedBatches, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        const value = await this.serde.decode<TopicValues['i94.feeds.batches.v1']>(message.value as Buffer);
        this.tally.add({ ...value, feedDate: epochDaysToIsoDate(value.feedDate) });
        this.consumed.set(partition, Number(message.offset) + 1);
      },
    });
  }

  async stop(): Promise<void> {
    await Promise.allSettled([this.consumer.disconnect(), this.producer.disconnect(), this.admin.disconnect()]);
  }

  publishRaw(records: readonly RawArrival[]): Promise<void> {
    return this.send('i94.arrivals.raw.v1', this.topics.raw, records.map((r) => ({ key: String(r.cicid), value: r, headers: { batchId: r.batchId } })));
  }

  publishDeadLetters(letters: readonly DeadLetter[]): Promise<void> {
    return this.send(
      'i94.arrivals.dlq.v1',
      this.topics.dlq,
      letters.map((l) => ({
        key: l.batchId ?? 'unknown',
        value: l,
        headers: deadLetterHeaders(l),
      })),
    );
  }

  publishBatchSummary(summary: BatchSummary): Promise<void> {
    const value = { ...summary, feedDate: isoDateToEpochDays(summary.feedDate), acceptedAt: Date.now() };
    return this.send('i94.feeds.batches.v1', this.topics.feedBatches, [{ key: summary.batchId, value }]);
  }

  async feedTotals(feedDate: string): Promise<FeedTotals> {
    await this.caughtUpWithBatches();
    return this.tally.totals(feedDate);
  }

  async publishFeedCompleted(feedDate: string, expectedCount: number, totals: FeedTotals): Promise<void> {
    const offsets = await this.admin.fetchTopicOffsets(this.topics.raw).catch((e) => Promise.reject(asPlatformError(e, this.topics.raw)));
    const value = {
      feedDate: isoDateToEpochDays(feedDate),
      expectedCount,
      acceptedCount: totals.accepted,
      rejectedCount: totals.rejected,
      rawEndOffsets: offsets.map((o) => ({ partition: o.partition, offset: Number(o.high) })),
      completedAt: Date.now(),
    };
    await this.send('i94.feeds.completed.v1', this.topics.feedsCompleted, [{ key: feedDate, value }]);
  }

  // The tally is complete once the consumer has read up to the end offsets as of now.
  private async caughtUpWithBatches(timeoutMs = 15_000): Promise<void> {
    const ends = await this.admin.fetchTopicOffsets(this.topics.feedBatches);
    const deadline = Date.now() + timeoutMs;
    while (!ends.every((e) => (this.consumed.get(e.partition) ?? 0) >= Number(e.high))) {
      if (Date.now() > deadline) throw asPlatformError(Object.assign(new Error('batch totals not caught up'), { name: 'KafkaJSTimeout' }), this.topics.feedBatches);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  // `schema` names the value schema; `topic` is where it goes (the same name in its namespace).
  private async send<T extends SchemaTopic>(schema: T, topic: string, messages: Keyed<TopicValues[T]>[]): Promise<void> {
    try {
      const encoded = await Promise.all(
        messages.map(async (m) => ({ key: m.key, value: await this.serde.encode(schema, m.value, topic), headers: m.headers })),
      );
      await this.producerReady;
      const producer = this.producer;
      await producer.send({ topic, acks: -1, messages: encoded }).catch((error: unknown) => {
        this.replaceProducer(producer);
        throw error;
      });
    } catch (error) {
      throw asPlatformError(error, topic);
    }
  }

  // Retries are bounded on purpose (kafkajs warns): past them the request fails with 503 and the
  // client resends the batch; sinks upsert by cicid, so a resent record is not counted twice.
  private newProducer(): Producer {
    return this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      retry: { retries: 5, maxRetryTime: 5000 },
      createPartitioner: Partitioners.DefaultPartitioner, // murmur2, the same partition for a cicid as Java clients
    });
  }

  /**
   * After a failed send the idempotent producer's sequence numbers may have moved past what the
   * broker holds (batches it gave up on during an outage): once the broker is back it then answers
   * every send with OUT_OF_ORDER_SEQUENCE_NUMBER, for good (seen in the Kafka fault scenario). A new
   * producer gets a new producer id and starts its sequences afresh. Only the producer that failed
   * is replaced, once, however many requests failed with it.
   */
  private replaceProducer(failed: Producer): void {
    if (this.producer !== failed) return;
    this.producer = this.newProducer();
    void failed.disconnect().catch(() => undefined);
    this.producerReady = this.producer.connect().catch(() => undefined); // a send on it reports the outage
  }
}

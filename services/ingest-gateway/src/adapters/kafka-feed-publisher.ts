import { randomUUID } from 'node:crypto';
import { type Admin, type Consumer, type Kafka } from 'kafkajs';
import { type AvroSerde, epochDaysToIsoDate, isoDateToEpochDays, type SchemaTopic, type TopicValues } from '@i94/avro';
import { DeliveryProducer, LastingConsumer, type TopicNames, TransactionalDeliveryProducer } from '@i94/kafka';
import { FeedTotalsTally } from '../feed-totals-tally';
import { type BatchSummary, type FeedPublisher, type FeedTotals, type RequestOutput } from '../ports/feed-publisher';
import { asPlatformError } from './kafka-errors';
import { encodeAll, type Keyed, TransactionOutput } from './transaction-output';

/** How the gateway's producers are named and how many transactions run at once. */
export interface PublisherIdentity {
  /** This gateway among its peers (GATEWAY_INSTANCE), stable across restarts: its transactional ids derive from it. */
  instance: string;
  /** The process (host and pid): with a random suffix, names this publisher's own consumer group of batch summaries. */
  process: string;
  /** Requests published at once, one Kafka transaction each; more wait for a free producer. */
  producers: number;
}

/**
 * FeedPublisher on Kafka: each request's raw records, dead letters and batch summary in one
 * transaction (libs/kafka's TransactionalDeliveryProducer), so a request answered with an error
 * leaves nothing a read_committed consumer sees; and a consumer that keeps the batch summaries
 * of every feed so completion can total them. Retries are bounded: a broker outage surfaces as a
 * retriable error (HTTP 503), the transaction is aborted, and the client resends the request.
 */
export class KafkaFeedPublisher implements FeedPublisher {
  private readonly transactions: TransactionalDeliveryProducer;
  private readonly producer: DeliveryProducer;
  private readonly admin: Admin;
  private readonly batches: LastingConsumer;
  private readonly tally = new FeedTotalsTally();
  private readonly consumed = new Map<number, number>(); // partition -> next offset

  constructor(
    kafka: Kafka,
    private readonly serde: AvroSerde,
    private readonly topics: TopicNames,
    identity: PublisherIdentity,
  ) {
    this.transactions = new TransactionalDeliveryProducer(kafka, { transactionalIdPrefix: `${topics.raw}.ingest-gateway.${identity.instance}`, slots: identity.producers });
    this.producer = new DeliveryProducer(kafka); // the end-of-feed marker: one record, no transaction
    this.admin = kafka.admin();
    // A group of its own, so it is given every partition: two publishers sharing a group (two
    // gateways in one process, as a test runs them) split the partitions, and each would wait
    // for the batch summaries of the other's forever. It commits no offsets; the group expires.
    // Lasting: every keyed request waits for it, and after a broker restart kafkajs's consumer
    // crashed for good ("Failed to find group coordinator"): each request was 503 from then on.
    const groupId = `ingest-gateway-totals-${identity.process}-${randomUUID().slice(0, 8)}`;
    this.batches = new LastingConsumer(() => kafka.consumer({ groupId }), (consumer) => this.followBatches(consumer));
  }

  async start(): Promise<void> {
    await Promise.all([this.transactions.connect(), this.producer.connect(), this.admin.connect()]);
    await this.batches.start();
  }

  // Reads every batch summary from the beginning (a consumer started again reads them again: the
  // tally is keyed by batch id, and the positions only grow).
  private async followBatches(consumer: Consumer): Promise<void> {
    await consumer.connect();
    await consumer.subscribe({ topic: this.topics.feedBatches, fromBeginning: true });
    // The position after each fetched batch, also one of only a commit marker or aborted records
    // (kafkajs hands those to no callback): a transactional topic's end is its last marker.
    consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
      this.consumed.set(payload.partition, Math.max(this.consumed.get(payload.partition) ?? 0, Number(payload.lastOffset) + 1));
    });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ message }) => {
        const value = await this.serde.decode<TopicValues['i94.feeds.batches.v1']>(message.value as Buffer);
        this.tally.add({ ...value, feedDate: epochDaysToIsoDate(value.feedDate), idempotencyKey: value.idempotencyKey ?? null, requestSha256: value.requestSha256 ?? null }); // null also in summaries written before the fields
      },
    });
  }

  async stop(): Promise<void> {
    await Promise.allSettled([this.batches.stop(), this.transactions.disconnect(), this.producer.disconnect(), this.admin.disconnect()]);
  }

  atomically<T>(work: (output: RequestOutput) => Promise<T>): Promise<T> {
    return this.transactions.run((transaction) => work(new TransactionOutput(transaction, this.serde, this.topics)));
  }

  async committedBatch(idempotencyKey: string): Promise<BatchSummary | undefined> {
    await this.caughtUpWithBatches();
    return this.tally.committed(idempotencyKey);
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
    const ends = await this.admin.fetchTopicOffsets(this.topics.feedBatches).catch((e) => Promise.reject(asPlatformError(e, this.topics.feedBatches)));
    const deadline = Date.now() + timeoutMs;
    while (!ends.every((e) => (this.consumed.get(e.partition) ?? 0) >= Number(e.high))) {
      if (Date.now() > deadline) throw asPlatformError(Object.assign(new Error('batch totals not caught up'), { name: 'KafkaJSTimeout' }), this.topics.feedBatches);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  private async send<T extends SchemaTopic>(schema: T, topic: string, messages: Keyed<TopicValues[T]>[]): Promise<void> {
    const encoded = await encodeAll(this.serde, schema, topic, messages);
    try {
      await this.producer.send(topic, encoded);
    } catch (error) {
      throw asPlatformError(error, topic);
    }
  }
}

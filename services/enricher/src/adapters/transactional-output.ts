import { type Kafka, Partitioners, type Producer } from 'kafkajs';
import { type AvroSerde } from '@i94/avro';
import { BrokerUnavailableError, deadLetterHeaders, RegistryUnavailableError, type TopicNames } from '@i94/kafka';
import { type EnrichedBatch } from '../enricher.service';

// A consumed batch can hold thousands of records; one produce request per few hundred keeps every
// record batch under the broker's message.max.bytes (1 MiB by default).
const SEND_CHUNK = 500;

function* chunks<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += SEND_CHUNK) yield items.slice(i, i + SEND_CHUNK);
}

/**
 * Produces a batch's enriched records and dead letters and commits the consumed offsets in one
 * Kafka transaction: read_committed consumers downstream see all of it or none of it, and a
 * crash before the commit replays the batch with no duplicate visible.
 *
 * A transaction that fails and cannot be aborted (the broker went away during the commit) leaves
 * the kafkajs producer refusing every later transaction, and its outcome unknown. The next commit
 * then starts a new producer with the same transactional id, which fences the old one and makes
 * the broker finish the open transaction, and reads the group's committed offset: if the batch
 * did commit, it is not produced again.
 */
export class TransactionalOutput {
  private producer: Producer;
  private outcomeUnknown = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly serde: AvroSerde,
    private readonly groupId: string,
    private readonly transactionalId: string,
    private readonly topics: TopicNames,
  ) {
    this.producer = this.newProducer();
  }

  connect = () => this.producer.connect();
  disconnect = () => this.producer.disconnect();

  async commit(batch: EnrichedBatch): Promise<void> {
    const [enriched, dead] = await this.encode(batch);
    const where = { topic: batch.topic, partition: batch.partition };
    try {
      if (this.outcomeUnknown && (await this.recover(batch))) return;
      const transaction = await this.producer.transaction().catch((error: unknown) => {
        this.outcomeUnknown = true; // a producer that cannot begin one is no use either: replace it
        throw error;
      });
      try {
        for (const chunk of chunks(enriched)) await transaction.send({ topic: this.topics.enriched, messages: chunk });
        for (const chunk of chunks(dead)) await transaction.send({ topic: this.topics.dlq, messages: chunk });
        await transaction.sendOffsets({ consumerGroupId: this.groupId, topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: batch.nextOffset }] }] });
        await transaction.commit();
      } catch (error) {
        this.outcomeUnknown = !(await transaction.abort().then(() => true, () => false));
        throw error;
      }
    } catch (error) {
      throw new BrokerUnavailableError(`enriched batch not committed: ${(error as Error).message}`, where, error);
    }
  }

  /**
   * A fresh producer in place of the one stuck in a transaction; true when the batch turns out
   * to be committed already (the group's offset is past it).
   */
  private async recover(batch: EnrichedBatch): Promise<boolean> {
    await this.producer.disconnect().catch(() => undefined);
    this.producer = this.newProducer();
    await this.producer.connect();
    this.outcomeUnknown = false;
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const [committed] = await admin.fetchOffsets({ groupId: this.groupId, topics: [batch.topic] });
      const offset = committed.partitions.find((p) => p.partition === batch.partition)?.offset ?? '-1';
      return Number(offset) >= Number(batch.nextOffset);
    } finally {
      await admin.disconnect();
    }
  }

  // A stable transactional id per enricher instance: a restarted instance fences its zombie and
  // aborts the transaction it left open, instead of waiting for the timeout.
  private newProducer(): Producer {
    return this.kafka.producer({ transactionalId: this.transactionalId, idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  }

  private async encode(batch: EnrichedBatch) {
    try {
      return await Promise.all([this.encodeEnriched(batch), this.encodeDeadLetters(batch)]);
    } catch (error) {
      throw new RegistryUnavailableError(`cannot encode the batch: ${(error as Error).message}`, { topic: batch.topic, partition: batch.partition }, error);
    }
  }

  private encodeEnriched(batch: EnrichedBatch) {
    return Promise.all(
      batch.enriched.map(async (m) => ({ key: m.key, value: await this.serde.encode('i94.arrivals.enriched.v1', m.value, this.topics.enriched), headers: m.headers })),
    );
  }

  private encodeDeadLetters(batch: EnrichedBatch) {
    return Promise.all(batch.deadLetters.map(async (l) => ({ key: l.batchId ?? batch.topic, value: await this.serde.encode('i94.arrivals.dlq.v1', l, this.topics.dlq), headers: deadLetterHeaders(l) })));
  }
}

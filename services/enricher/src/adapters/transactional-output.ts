import { type Kafka } from 'kafkajs';
import { type AvroSerde } from '@i94/avro';
import { BrokerUnavailableError, classifyKafkaError, deadLetterHeaders, PartitionLostError, PlatformError, RegistryUnavailableError, type TopicNames } from '@i94/kafka';
import { type EnrichedBatch } from '../enricher.service';
import { PartitionProducer } from './partition-producer';

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
 * Fencing is per input partition. kafkajs has no group-generation fencing (KIP-447: its
 * TxnOffsetCommit carries the group id only), so each assigned raw partition gets its own
 * transactional producer, with an id derived from (group, topic, partition) and initialised at
 * assignment. Initialising it fences every earlier owner of that partition, including a member
 * frozen past its session timeout that wakes up mid-transaction: its commit is refused
 * (PRODUCER_FENCED) and its open transaction aborted, so the partition's output is written once.
 */
export class TransactionalOutput {
  private readonly producers = new Map<number, PartitionProducer>();

  constructor(
    private readonly kafka: Kafka,
    private readonly serde: AvroSerde,
    private readonly groupId: string,
    private readonly topics: TopicNames,
  ) {}

  /** A group join: a fresh producer for every assigned partition (fencing its previous owner), none for the others. */
  assign(partitions: readonly number[], generation: number): void {
    for (const producer of this.producers.values()) void producer.close();
    this.producers.clear();
    for (const partition of partitions) {
      const transactionalId = `${this.groupId}.${this.topics.raw}.${partition}`;
      this.producers.set(partition, new PartitionProducer(this.kafka, this.groupId, transactionalId, generation));
    }
  }

  async disconnect(): Promise<void> {
    await Promise.allSettled([...this.producers.values()].map((p) => p.close()));
  }

  async commit(batch: EnrichedBatch): Promise<void> {
    const where = { topic: batch.topic, partition: batch.partition };
    const producer = this.producers.get(batch.partition);
    if (!producer || producer.generation !== batch.generation) throw new PartitionLostError('the partition is no longer assigned to this member', where);
    const [enriched, dead] = await this.encode(batch);
    try {
      await producer.inTransaction(batch, async (transaction) => {
        for (const chunk of chunks(enriched)) await transaction.send({ topic: this.topics.enriched, messages: chunk });
        for (const chunk of chunks(dead)) await transaction.send({ topic: this.topics.dlq, messages: chunk });
        await transaction.sendOffsets({ consumerGroupId: this.groupId, topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: batch.nextOffset }] }] });
      });
    } catch (error) {
      const failure = classifyKafkaError(error, where);
      if (failure instanceof PartitionLostError) this.producers.delete(batch.partition);
      if (failure instanceof PlatformError && !failure.retriable) throw failure; // lost, stale, too large: final for this batch
      throw new BrokerUnavailableError(`enriched batch not committed: ${(error as Error).message}`, where, error);
    }
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

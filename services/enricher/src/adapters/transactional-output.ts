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
 */
export class TransactionalOutput {
  private readonly producer: Producer;

  constructor(
    kafka: Kafka,
    private readonly serde: AvroSerde,
    private readonly groupId: string,
    transactionalId: string,
    private readonly topics: TopicNames,
  ) {
    // A stable transactional id per enricher instance: a restarted instance fences its zombie
    // and aborts the transaction it left open, instead of waiting for the timeout.
    this.producer = kafka.producer({ transactionalId, idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  }

  connect = () => this.producer.connect();
  disconnect = () => this.producer.disconnect();

  async commit(batch: EnrichedBatch): Promise<void> {
    const [enriched, dead] = await this.encode(batch);
    const transaction = await this.producer.transaction();
    try {
      for (const chunk of chunks(enriched)) await transaction.send({ topic: this.topics.enriched, messages: chunk });
      for (const chunk of chunks(dead)) await transaction.send({ topic: this.topics.dlq, messages: chunk });
      await transaction.sendOffsets({ consumerGroupId: this.groupId, topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: batch.nextOffset }] }] });
      await transaction.commit();
    } catch (error) {
      await transaction.abort().catch(() => undefined);
      throw new BrokerUnavailableError(`enriched batch not committed: ${(error as Error).message}`, { topic: batch.topic, partition: batch.partition }, error);
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

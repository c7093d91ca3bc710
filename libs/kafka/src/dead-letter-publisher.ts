import { type Kafka } from 'kafkajs';
import { type AvroSerde, type DeadLetter } from '@i94/avro';
import { classifyDeliveryError } from './delivery-errors';
import { DeliveryProducer } from './producer';
import { TOPICS } from './topics';

/**
 * Produces dead letters (acks=all) with their facts also in headers, so an operator can filter
 * the DLQ by reason, service or source position without decoding.
 */
export class DeadLetterPublisher {
  private readonly producer: DeliveryProducer;

  constructor(
    kafka: Kafka,
    private readonly serde: AvroSerde,
    private readonly topic: string = TOPICS.dlq,
  ) {
    this.producer = new DeliveryProducer(kafka);
  }

  connect = () => this.producer.connect();
  disconnect = () => this.producer.disconnect();

  async publish(letters: readonly DeadLetter[]): Promise<void> {
    if (letters.length === 0) return;
    try {
      const messages = await Promise.all(
        letters.map(async (l) => ({
          key: l.batchId ?? l.sourceTopic ?? 'unknown',
          value: await this.serde.encode('i94.arrivals.dlq.v1', l, this.topic),
          headers: deadLetterHeaders(l),
        })),
      );
      await this.producer.send(this.topic, messages);
    } catch (error) {
      throw classifyDeliveryError(error, { topic: this.topic });
    }
  }
}

/** The headers every dead letter carries. */
export function deadLetterHeaders(l: DeadLetter): Record<string, string> {
  const headers: Record<string, string> = {
    reason: l.reasonCode,
    errorClass: l.errorClass,
    service: l.service,
    failedAt: String(l.failedAt),
    attempts: String(l.attempts),
  };
  if (l.batchId) headers.batchId = l.batchId;
  if (l.sourceTopic) headers.sourceTopic = l.sourceTopic;
  if (l.sourcePartition !== null) headers.sourcePartition = String(l.sourcePartition);
  if (l.sourceOffset !== null) headers.sourceOffset = String(l.sourceOffset);
  return headers;
}

import { type Kafka, type Message, Partitioners, type Producer } from 'kafkajs';
import { classifyKafkaError } from './delivery-errors';

/**
 * Bounded on purpose (kafkajs warns that this may break exactly-once): past it a send fails with
 * a retriable error the caller backs off from, instead of hanging through an outage.
 */
const PRODUCER_RETRY = { retries: 5, maxRetryTime: 5000 };

/**
 * The platform's producer: idempotent (so acks=all), one request in flight, murmur2 partitioning
 * (the same partition for a key as Java clients), bounded retries; transactional when given an id.
 */
export function createProducer(kafka: Kafka, options: { transactionalId?: string; transactionTimeoutMs?: number } = {}): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    retry: PRODUCER_RETRY,
    createPartitioner: Partitioners.DefaultPartitioner,
    ...(options.transactionalId ? { transactionalId: options.transactionalId } : {}),
    ...(options.transactionTimeoutMs ? { transactionTimeout: options.transactionTimeoutMs } : {}),
  });
}

/**
 * Connects a transactional producer and initialises its transactions, as Java's
 * initTransactions(): the InitProducerId of its transactional id bumps the epoch, which fences
 * every earlier producer of the id and aborts the transaction one left open (waiting for one
 * being completed). kafkajs's connect() alone asks for an idempotent producer id only, without
 * the transactional id, and leaves this to the first transaction(); so it is asked for here with
 * an empty transaction, whose abort stays local (kafkajs sends no EndTxn when nothing was added).
 */
export async function connectTransactional(producer: Producer): Promise<void> {
  await producer.connect();
  const transaction = await producer.transaction();
  await transaction.abort();
}

/**
 * Sends with acks=all on a producer that is replaced after a failed send. After an outage an
 * idempotent producer's sequence numbers may have moved past what the broker holds (batches it
 * gave up on): it then answers every send with OUT_OF_ORDER_SEQUENCE_NUMBER, for good. A new
 * producer gets a new producer id and starts its sequences afresh. Only the producer that failed
 * is replaced, once, however many sends failed with it. Failures are classified (libs/kafka errors).
 */
export class DeliveryProducer {
  private producer: Producer;
  private ready: Promise<void> = Promise.resolve();

  constructor(private readonly kafka: Kafka) {
    this.producer = createProducer(kafka);
  }

  connect = () => this.producer.connect();
  disconnect = () => this.producer.disconnect();

  async send(topic: string, messages: Message[]): Promise<void> {
    await this.ready;
    const producer = this.producer;
    try {
      await producer.send({ topic, acks: -1, messages });
    } catch (error) {
      this.replace(producer);
      throw classifyKafkaError(error, { topic });
    }
  }

  private replace(failed: Producer): void {
    if (this.producer !== failed) return;
    this.producer = createProducer(this.kafka);
    void failed.disconnect().catch(() => undefined);
    this.ready = this.producer.connect().catch(() => undefined); // a send on it reports the outage
  }
}

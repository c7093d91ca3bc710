import { type Admin, ConfigResourceTypes, type Kafka, type Message, type Producer, type Transaction } from 'kafkajs';
import { classifyKafkaError, PartitionLostError, RecordTooLargeError } from './delivery-errors';
import { BrokerUnavailableError } from './errors';
import { connectTransactional, createProducer } from './producer';
import { splitBySize } from './record-batch-size';

/**
 * The broker aborts a transaction left open longer than this (its producer died without a
 * successor of the same id); until then read_committed consumers of its partitions wait.
 */
const TRANSACTION_TIMEOUT_MS = 120_000;

/** Sends inside one open transaction. */
export interface DeliveryTransaction {
  /**
   * Sends `messages` to `topic` in sends the broker cannot refuse as too large, and returns the
   * indices of those it would refuse (alone larger than the topic's max.message.bytes), which are
   * not sent. A refused send would break the transaction: kafkajs's sequence for that partition
   * moves on, and whatever the send's other partitions took would still be committed.
   */
  send(topic: string, messages: Message[]): Promise<number[]>;
}

/** Options of a TransactionalDeliveryProducer. */
export interface TransactionalDeliveryOptions {
  /** Stable per instance (not per process): a restarted instance's producers fence its predecessor's open transactions. */
  transactionalIdPrefix: string;
  /** Producers, so this many transactions run at once; more callers wait for a free one. */
  slots: number;
  /** Between attempts to re-initialise a failed producer's id while the broker is unreachable. */
  reconnectDelayMs?: number;
}

/**
 * Delivery in Kafka transactions: each `run` gets a producer of its own for one transaction, and
 * what it sent becomes visible to read_committed consumers together, when `run` resolves, or
 * not at all. On any failure the transaction is aborted; a producer whose send failed is
 * replaced (a new producer id: fresh sequence numbers after OUT_OF_ORDER_SEQUENCE_NUMBER, and its
 * InitProducerId aborts the transaction even if the abort itself failed; retried in the
 * background until the broker answers). Producer ids are
 * `<prefix>-<slot>`, so the next process of the same instance fences the last one's transactions.
 */
export class TransactionalDeliveryProducer {
  private readonly slots: Slot[];
  private readonly free: Slot[];
  private readonly waiting: ((slot: Slot) => void)[] = [];
  private readonly limits: TopicSizeLimits;
  private readonly admin: Admin;

  constructor(kafka: Kafka, options: TransactionalDeliveryOptions) {
    this.slots = Array.from({ length: options.slots }, (_, i) => new Slot(kafka, `${options.transactionalIdPrefix}-${i}`, options.reconnectDelayMs ?? 1000));
    this.free = [...this.slots];
    this.admin = kafka.admin();
    this.limits = new TopicSizeLimits(this.admin);
  }

  async connect(): Promise<void> {
    await Promise.all([this.admin.connect(), ...this.slots.map((s) => s.connect())]);
  }

  async disconnect(): Promise<void> {
    await Promise.allSettled([this.admin.disconnect(), ...this.slots.map((s) => s.disconnect())]);
  }

  /** Runs `work` in one transaction: committed if it resolves, aborted if it (or the commit) throws. */
  async run<T>(work: (transaction: DeliveryTransaction) => Promise<T>): Promise<T> {
    const slot = this.free.pop() ?? (await new Promise<Slot>((resolve) => this.waiting.push(resolve)));
    try {
      return await slot.run(work, this.limits);
    } finally {
      const next = this.waiting.shift();
      if (next) next(slot);
      else this.free.push(slot);
    }
  }
}

/** One transactional producer, one transaction at a time. */
class Slot {
  private producer: Producer;
  /** The current producer's connect and fence (connectTransactional). */
  private connected: Promise<void> = Promise.resolve();
  /** Bumped by each replacement and by disconnect: a re-initialisation loop of an older one stops. */
  private generation = 0;
  private closed = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly transactionalId: string,
    private readonly reconnectDelayMs: number,
  ) {
    this.producer = this.create();
  }

  /** The first producer's connect; should it fail (the broker is down), the slot goes on trying in the background. */
  connect(): Promise<void> {
    this.connected = connectTransactional(this.producer);
    this.connected.catch(() => this.replace());
    return this.connected;
  }

  disconnect(): Promise<void> {
    this.closed = true;
    this.generation += 1;
    return this.producer.disconnect();
  }

  async run<T>(work: (transaction: DeliveryTransaction) => Promise<T>, limits: TopicSizeLimits): Promise<T> {
    // not re-initialised yet (the broker is still down): fail now, the client sends again later
    await this.connected.catch((error) => Promise.reject(classifyKafkaError(error, { transactionalId: this.transactionalId })));
    let transaction: Transaction;
    try {
      transaction = await this.producer.transaction();
    } catch (error) {
      this.replace();
      throw classifyKafkaError(error, { transactionalId: this.transactionalId });
    }
    let sendFailed = false;
    const send = async (topic: string, messages: Message[]) => {
      let split = splitBySize(messages, await limits.of(topic));
      if (split.tooLarge.length > 0) {
        limits.forget(topic); // before refusing a record for good, ask the broker again: the limit may have been raised
        split = splitBySize(messages, await limits.of(topic));
      }
      const { sends, tooLarge } = split;
      try {
        for (const batch of sends) await transaction.send({ topic, acks: -1, messages: batch });
      } catch (error) {
        sendFailed = true;
        throw this.sendFailure(error, topic, limits);
      }
      return tooLarge;
    };
    let result: T;
    try {
      result = await work({ send });
    } catch (error) {
      await this.abort(transaction, sendFailed);
      throw error;
    }
    try {
      await transaction.commit();
    } catch (error) {
      await this.abort(transaction, true);
      throw this.commitFailure(error);
    }
    return result;
  }

  // Fenced at commit: the broker aborted the transaction (open past its timeout) or a producer of
  // the same id took over. Either way nothing of it is visible, so the caller may send it all again.
  private commitFailure(error: unknown): unknown {
    const failure = classifyKafkaError(error, { transactionalId: this.transactionalId });
    if (!(failure instanceof PartitionLostError)) return failure;
    return new BrokerUnavailableError(`transaction ${this.transactionalId} was aborted by the broker (timed out or fenced); send again`, { transactionalId: this.transactionalId }, error);
  }

  // A send refused as too large although it fit the limit read before: the limit was lowered since.
  private sendFailure(error: unknown, topic: string, limits: TopicSizeLimits): unknown {
    const failure = classifyKafkaError(error, { topic });
    if (!(failure instanceof RecordTooLargeError)) return failure;
    limits.forget(topic);
    return new BrokerUnavailableError(`${topic} took less than its max.message.bytes said (changed since it was read); send again`, { topic }, error);
  }

  private async abort(transaction: Transaction, replace: boolean): Promise<void> {
    try {
      if (transaction.isActive()) await transaction.abort();
    } catch {
      replace = true; // outcome unknown: a new InitProducerId of this id aborts it
    }
    if (replace) this.replace();
  }

  private replace(): void {
    this.generation += 1;
    void this.reinitialize(this.generation, this.producer);
  }

  // A producer that failed in an outage may have left its transaction open on the broker (the
  // abort never reached it), and read_committed readers of every partition it wrote stop there,
  // also at the transactions committed after it, until the broker's transaction timeout. A new
  // producer of the same id aborts it in its InitProducerId, so that is retried until it gets
  // through, not left to this slot's next run: that may not come for minutes when fewer requests
  // arrive than there are slots (the CI failure of 2 Dec: 17,376 accepted records unreadable).
  private async reinitialize(generation: number, failed: Producer): Promise<void> {
    let previous = failed;
    for (;;) {
      await previous.disconnect().catch(() => undefined);
      if (this.closed || generation !== this.generation) return;
      this.producer = previous = this.create();
      this.connected = connectTransactional(previous);
      try {
        return await this.connected;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, this.reconnectDelayMs).unref());
      }
    }
  }

  private create(): Producer {
    return createProducer(this.kafka, { transactionalId: this.transactionalId, transactionTimeoutMs: TRANSACTION_TIMEOUT_MS });
  }
}

/** Each topic's max.message.bytes (the broker's default when the topic sets none), read once. */
class TopicSizeLimits {
  private readonly known = new Map<string, Promise<number>>();

  constructor(private readonly admin: Admin) {}

  of(topic: string): Promise<number> {
    let limit = this.known.get(topic);
    if (!limit) {
      limit = this.read(topic);
      this.known.set(topic, limit);
      limit.catch(() => this.known.delete(topic));
    }
    return limit;
  }

  forget(topic: string): void {
    this.known.delete(topic);
  }

  private async read(topic: string): Promise<number> {
    try {
      const { resources } = await this.admin.describeConfigs({ resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['max.message.bytes'] }], includeSynonyms: false });
      const value = resources[0]?.configEntries.find((e) => e.configName === 'max.message.bytes')?.configValue;
      if (!value || !Number.isFinite(Number(value))) throw new BrokerUnavailableError(`no max.message.bytes for ${topic}`, { topic });
      return Number(value);
    } catch (error) {
      throw classifyKafkaError(error, { topic });
    }
  }
}

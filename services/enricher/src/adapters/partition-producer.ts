import { type Kafka, type Producer, type Transaction } from 'kafkajs';
import { connectTransactional, createProducer, StalePositionError } from '@i94/kafka';

/** Where a batch sits in its partition: the transaction's consumed range. */
export interface BatchPosition {
  topic: string;
  partition: number;
  /** The batch's first offset and one past its last. */
  firstOffset: string;
  nextOffset: string;
}

/**
 * The transactional producer of one input partition in one group generation. It is initialised
 * (connectTransactional: InitProducerId of its transactional id) as soon as it is made, which fences the partition's earlier owner and
 * waits for that owner's open transaction to finish. Its first transaction then checks that the
 * group's committed offset is where the batch starts: an owner that committed after this member
 * fetched the batch is seen there (StalePositionError: fetch again from the committed offset).
 *
 * The rule that keeps the output exact: a producer epoch is initialised, then the committed offset
 * is read, then it transacts. Initialising first means no other owner can commit after the read.
 * So the check runs before the first transaction of every epoch, and again after any failed
 * transaction (a commit that timed out may have committed).
 *
 * A transaction that fails and cannot be aborted (the broker went away during the commit, or a
 * member frozen mid-commit was fenced while it slept) leaves the kafkajs producer refusing every
 * later transaction, and its outcome unknown. The next one starts a new producer with the same id,
 * which is a new epoch, and so checks again. If the batch did commit, the check sees it, and the
 * runner seeks past it instead of producing it twice.
 */
export class PartitionProducer {
  private producer: Producer;
  private ready!: Promise<void>;
  private checked = false;
  private outcomeUnknown = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly groupId: string,
    private readonly transactionalId: string,
    readonly generation: number,
  ) {
    this.producer = createProducer(kafka, { transactionalId });
    this.connect();
  }

  close(): Promise<void> {
    return this.producer.disconnect().catch(() => undefined);
  }

  /** Runs `work` in a transaction and commits it; StalePositionError when the group committed past the batch's start. */
  async inTransaction(batch: BatchPosition, work: (transaction: Transaction) => Promise<void>): Promise<void> {
    await this.ready.catch((error: unknown) => {
      this.connect(); // the next batch tries again
      throw error;
    });
    if (this.outcomeUnknown) await this.replace();
    if (!this.checked) await this.checkPosition(batch);
    const transaction = await this.producer.transaction().catch((error: unknown) => {
      this.outcomeUnknown = true; // a producer that cannot begin one is no use either: replace it
      throw error;
    });
    try {
      await work(transaction);
      await transaction.commit();
    } catch (error) {
      this.checked = false;
      this.outcomeUnknown = !(await transaction.abort().then(() => true, () => false));
      throw error;
    }
  }

  /** Starts connecting (and so fencing) now; a failure surfaces in the next transaction. */
  private connect(): void {
    this.ready = connectTransactional(this.producer);
    this.ready.catch(() => undefined);
  }

  private async checkPosition(batch: BatchPosition): Promise<void> {
    const committed = await this.committedOffset(batch);
    if (committed > Number(batch.firstOffset)) throw new StalePositionError(String(committed), { topic: batch.topic, partition: batch.partition, offset: batch.firstOffset });
    this.checked = true;
  }

  /**
   * A fresh producer in place of the one stuck in a transaction. Its epoch fences the old one and
   * waits out that one's transaction; its first transaction checks the position again.
   */
  private async replace(): Promise<void> {
    await this.producer.disconnect().catch(() => undefined);
    this.producer = createProducer(this.kafka, { transactionalId: this.transactionalId });
    this.checked = false;
    this.connect();
    await this.ready;
    this.outcomeUnknown = false;
  }

  private async committedOffset(batch: BatchPosition): Promise<number> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const [committed] = await admin.fetchOffsets({ groupId: this.groupId, topics: [batch.topic] });
      return Number(committed.partitions.find((p) => p.partition === batch.partition)?.offset ?? '-1');
    } finally {
      await admin.disconnect();
    }
  }
}

import { type DeadLetter, type EnrichedArrival } from '@i94/avro';
import { type BatchContext, decodeBatch, type KafkaMessage, lagAfter, nextOffsetOf } from '@i94/kafka';
import { type RollManifest } from '@i94/s3-parquet';
import { type OffsetRecord, PartitionRoll, type RollLimits, type RollPorts, type RollReason, type RollToCommit } from './partition-roll';
import { type RollupMetrics } from './rollup.metrics';

/** At most this many feed batch ids go into a roll's log line. */
const MAX_LOGGED_BATCH_IDS = 20;

/** A committed roll's facts, for its log line. */
export interface RollCommittedReport {
  partition: number;
  startOffset: number;
  endOffset: number;
  rows: number;
  files: number;
  /** The feed batches (correlation ids) whose records are in the roll. */
  batchIds: string[];
}

export interface RollupPorts extends RollPorts {
  decode(value: Buffer | null, context: { topic: string; partition: number; offset: string }): Promise<EnrichedArrival>;
  deadLetter(letters: readonly DeadLetter[]): Promise<void>;
}

/**
 * Routes enriched records to one PartitionRoll per partition, closes idle files on ticks, and
 * flushes every open file when a feed is declared complete or the service stops.
 */
export class RollupService {
  private readonly rolls = new Map<number, PartitionRoll>();
  private owned = new Set<number>();
  private generation = 0;

  constructor(
    private readonly enrichedTopic: string,
    private readonly limits: RollLimits,
    private readonly ports: RollupPorts,
    private readonly metrics: RollupMetrics,
  ) {}

  /**
   * A group join: this member now owns `partitions` of the enriched topic in `generation`. Every
   * open roll is dropped, kept partitions included: kafkajs fetches them again from the committed
   * offsets, and a roll must not mix records read before and after the rebalance.
   */
  assigned(partitions: readonly number[], generation: number): void {
    for (const [partition, roll] of this.rolls) {
      roll.drop();
      this.metrics.rowsBuffered.set({ partition: String(partition) }, 0);
    }
    this.rolls.clear();
    this.owned = new Set(partitions);
    this.generation = generation;
  }

  async handleEnriched(messages: KafkaMessage[], { topic, partition, highWatermark, generation }: BatchContext): Promise<void> {
    if (generation !== this.generation || !this.owned.has(partition)) return; // fetched before the last rebalance
    const stop = this.metrics.batchSeconds.startTimer();
    const { decoded, deadLetters: dead } = await decodeBatch(messages, (value, at) => this.ports.decode(value, at), { service: 'parquet-rollup', topic, partition });
    let lastBatchId = '';
    const records: OffsetRecord[] = decoded.map(({ message, value: { ingestedAt, batchId } }) => {
      // one string per feed batch, not per record; a copy of the bytes, as a slice would keep
      // kafkajs's whole fetch response alive while the roll is open
      if (batchId !== lastBatchId) lastBatchId = batchId;
      return { offset: Number(message.offset), ingestedAt, batchId: lastBatchId, bytes: Buffer.from(message.value as Buffer) };
    });
    await this.ports.deadLetter(dead);
    this.metrics.deadLetters.inc(dead.length);
    this.count(partition, await this.roll(partition).add(records));
    this.metrics.recordsIn.inc(messages.length);
    this.metrics.lag.set({ partition: String(partition) }, lagAfter(highWatermark, nextOffsetOf(messages)));
    stop();
  }

  /** Counts a roll made durable and returns its facts, with the feed batches it holds. */
  committed(roll: RollToCommit, manifest: RollManifest, now = Date.now()): RollCommittedReport {
    this.metrics.rowsCommitted.inc(manifest.rows);
    this.metrics.files.inc(manifest.files.length);
    this.metrics.lastCommit.set(now / 1000);
    const batchIds = new Set<string>();
    for (const record of roll.records) if (batchIds.size < MAX_LOGGED_BATCH_IDS) batchIds.add(record.batchId);
    const { partition, startOffset, endOffset, rows } = manifest;
    return { partition, startOffset, endOffset, rows, files: manifest.files.length, batchIds: [...batchIds] };
  }

  /** Closes the owned partitions' files idle for longer than the limit; failures are retried on the next tick. */
  async tick(): Promise<void> {
    await Promise.all(this.ownedRolls().map(async ([partition, roll]) => this.count(partition, [await roll.tick()])));
  }

  /** Closes every open file of the owned partitions now (a feed was declared complete, or the service stops). */
  async flushAll(reason: RollReason): Promise<void> {
    for (const [partition, roll] of this.ownedRolls()) this.count(partition, [await roll.flush(reason)]);
  }

  private ownedRolls(): [number, PartitionRoll][] {
    return [...this.rolls].filter(([partition, roll]) => this.owned.has(partition) && roll.generation === this.generation);
  }

  private roll(partition: number): PartitionRoll {
    let roll = this.rolls.get(partition);
    if (!roll) {
      roll = new PartitionRoll(this.enrichedTopic, partition, this.limits, this.ports, Date.now, this.generation);
      this.rolls.set(partition, roll);
    }
    return roll;
  }

  private count(partition: number, reasons: (RollReason | null)[]) {
    for (const reason of reasons) if (reason) this.metrics.rolls.inc({ reason });
    this.metrics.rowsBuffered.set({ partition: String(partition) }, this.rolls.get(partition)?.buffered ?? 0);
  }

}

import { type DeadLetter, type EnrichedArrival } from '@i94/avro';
import { type BatchContext, DecodeError, decodeFailureLetter, type KafkaMessage, lagAfter, nextOffsetOf } from '@i94/kafka';
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

  constructor(
    private readonly enrichedTopic: string,
    private readonly limits: RollLimits,
    private readonly ports: RollupPorts,
    private readonly metrics: RollupMetrics,
  ) {}

  async handleEnriched(messages: KafkaMessage[], { topic, partition, highWatermark }: BatchContext): Promise<void> {
    const stop = this.metrics.batchSeconds.startTimer();
    const records: OffsetRecord[] = [];
    const dead: DeadLetter[] = [];
    let lastBatchId = '';
    for (const message of messages) {
      try {
        const { ingestedAt, batchId } = await this.ports.decode(message.value, { topic, partition, offset: message.offset });
        // one string per feed batch, not per record; a copy of the bytes, as a slice would keep
        // kafkajs's whole fetch response alive while the roll is open
        if (batchId !== lastBatchId) lastBatchId = batchId;
        records.push({ offset: Number(message.offset), ingestedAt, batchId: lastBatchId, bytes: Buffer.from(message.value as Buffer) });
      } catch (error) {
        if (!(error instanceof DecodeError)) throw error;
        dead.push(decodeFailureLetter('parquet-rollup', error, message, topic, partition));
      }
    }
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

  /** Closes files idle for longer than the limit; failures are retried on the next tick. */
  async tick(): Promise<void> {
    await Promise.all([...this.rolls.entries()].map(async ([partition, roll]) => this.count(partition, [await roll.tick()])));
  }

  /** Closes every open file now (a feed was declared complete, or the service stops). */
  async flushAll(reason: RollReason): Promise<void> {
    for (const [partition, roll] of this.rolls) this.count(partition, [await roll.flush(reason)]);
  }

  private roll(partition: number): PartitionRoll {
    let roll = this.rolls.get(partition);
    if (!roll) {
      roll = new PartitionRoll(this.enrichedTopic, partition, this.limits, this.ports);
      this.rolls.set(partition, roll);
    }
    return roll;
  }

  private count(partition: number, reasons: (RollReason | null)[]) {
    for (const reason of reasons) if (reason) this.metrics.rolls.inc({ reason });
    this.metrics.rowsBuffered.set({ partition: String(partition) }, this.rolls.get(partition)?.buffered ?? 0);
  }

}

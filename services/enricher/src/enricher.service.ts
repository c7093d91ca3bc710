import { type DeadLetter, type EnrichedArrival, type RawArrival } from '@i94/avro';
import { arrivalKeyString, enrichArrival, type EnrichmentLookups } from '@i94/domain';
import { type BatchContext, batchIdsOf, decodeBatch, type KafkaMessage, lagAfter, nextOffsetOf } from '@i94/kafka';
import { type EnricherMetrics } from './enricher.metrics';

export interface EnrichedMessage {
  key: string;
  value: EnrichedArrival;
  headers: Record<string, string>;
}

/** What one batch produces, committed atomically with the consumed offsets. */
export interface EnrichedBatch {
  topic: string;
  partition: number;
  /** The group generation the batch was fetched in: it is committed only while that is current. */
  generation: number;
  /** The batch's first offset, and the offset to commit: one past its last message. */
  firstOffset: string;
  nextOffset: string;
  enriched: EnrichedMessage[];
  deadLetters: DeadLetter[];
}

/** The enricher's ports: decode a raw message; commit a batch's output and offsets together. */
export interface EnricherPorts {
  decode(value: Buffer | null, context: { topic: string; partition: number; offset: string }): Promise<RawArrival>;
  commit(batch: EnrichedBatch): Promise<void>;
}

/** Per-batch facts, for the batch log line. */
export interface BatchReport {
  partition: number;
  records: number;
  enriched: number;
  deadLetters: number;
  lag: number;
  /** The feed batches (correlation ids) the records came from. */
  batchIds: string[];
}

/**
 * Enriches one batch of raw arrivals against the current dimension caches. Unknown codes are not
 * errors (null fields + flags); undecodable messages are dead-lettered. The output and the
 * offsets are committed together, so a crash never leaves one without the other.
 */
export class EnricherService {
  constructor(
    private readonly ports: EnricherPorts,
    private readonly lookups: EnrichmentLookups,
    private readonly metrics: EnricherMetrics,
    private readonly clock: () => number = Date.now,
  ) {}

  async handleBatch(messages: KafkaMessage[], context: BatchContext): Promise<BatchReport> {
    const stop = this.metrics.batchSeconds.startTimer();
    const { topic, partition } = context;
    const { decoded, deadLetters } = await decodeBatch(messages, (value, at) => this.ports.decode(value, at), { service: 'enricher', topic, partition }, this.clock);
    const enriched: EnrichedMessage[] = decoded.map(({ value: raw }) => {
      const value: EnrichedArrival = enrichArrival(raw, this.lookups, this.clock());
      return { key: arrivalKeyString(value), value, headers: { batchId: value.batchId } };
    });
    const nextOffset = nextOffsetOf(messages);
    await this.ports.commit({ topic, partition, generation: context.generation, firstOffset: messages[0].offset, nextOffset, enriched, deadLetters });
    this.metrics.recordsIn.inc(messages.length);
    this.metrics.recordsOut.inc(enriched.length);
    for (const d of deadLetters) this.metrics.deadLetters.inc({ reason: d.reasonCode });
    const lag = lagAfter(context.highWatermark, nextOffset);
    this.metrics.lag.set({ partition: String(partition) }, lag);
    stop();
    return { partition, records: messages.length, enriched: enriched.length, deadLetters: deadLetters.length, lag, batchIds: batchIdsOf(messages) };
  }

}

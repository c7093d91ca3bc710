import { type DeadLetter, type RawArrival } from '@i94/avro';
import { type PositionedArrival } from '@i94/cassandra';
import { type PlatformError } from '@i94/domain';
import { type BatchContext, batchIdsOf, decodeBatch, type KafkaMessage, lagAfter, nextOffsetOf } from '@i94/kafka';
import { type RawSinkMetrics } from './raw-sink.metrics';

/** The ports raw-sink needs: decode, write rows, dead-letter. */
export interface RawSinkPorts {
  decode(value: Buffer | null, context: { topic: string; partition: number; offset: string }): Promise<RawArrival>;
  write(arrivals: readonly PositionedArrival[]): Promise<number>;
  deadLetter(letters: readonly DeadLetter[]): Promise<void>;
}

/** Per-batch facts, for the batch log line. */
export interface RawSinkBatchReport {
  partition: number;
  records: number;
  written: number;
  deadLetters: number;
  lag: number;
  /** The feed batches (correlation ids) the records came from. */
  batchIds: string[];
}

/**
 * One batch of raw messages into Cassandra. Undecodable messages are dead-lettered with their
 * bytes and position; everything else is upserted. Any retriable failure propagates so the
 * runner retries the whole batch (upserts make the retry harmless).
 */
export class RawSinkService {
  constructor(
    private readonly ports: RawSinkPorts,
    private readonly metrics: RawSinkMetrics,
    private readonly clock: () => number = Date.now,
  ) {}

  async handleBatch(messages: KafkaMessage[], { topic, partition, highWatermark }: BatchContext): Promise<RawSinkBatchReport> {
    const stop = this.metrics.batchSeconds.startTimer();
    const { decoded, deadLetters: dead } = await decodeBatch(messages, (value, at) => this.ports.decode(value, at), { service: 'raw-sink', topic, partition }, this.clock);
    const arrivals: PositionedArrival[] = decoded.map(({ message, value }) => ({ value, at: { topic, partition, offset: Number(message.offset) } }));
    await this.ports.deadLetter(dead);
    await this.ports.write(arrivals);
    this.metrics.recordsIn.inc(messages.length);
    this.metrics.rowsWritten.inc(arrivals.length);
    for (const d of dead) this.metrics.deadLetters.inc({ reason: d.reasonCode });
    const lag = lagAfter(highWatermark, nextOffsetOf(messages));
    this.metrics.lag.set({ partition: String(partition) }, lag);
    stop();
    return { partition, records: messages.length, written: arrivals.length, deadLetters: dead.length, lag, batchIds: batchIdsOf(messages) };
  }

  onRetry(error: PlatformError) {
    this.metrics.retries.inc({ error: error.name });
  }

}

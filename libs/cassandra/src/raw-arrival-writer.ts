import { type Client, concurrent } from 'cassandra-driver';
import { type RawArrival } from '@i94/avro';
import { arrivalInserts, byIdParams, byStateDateParams, type KafkaPosition } from './arrival-rows';
import { asSinkError } from './sink-errors';

export interface PositionedArrival {
  value: RawArrival;
  at: KafkaPosition;
}

/**
 * Upserts raw arrivals into arrivals_by_id and arrivals_by_state_date with prepared statements
 * and bounded concurrency. Keyed writes make it idempotent: a replayed record rewrites its row.
 */
export class RawArrivalWriter {
  private readonly inserts: ReturnType<typeof arrivalInserts>;

  constructor(
    private readonly client: Client,
    keyspace: string,
    private readonly validStates: ReadonlySet<string>,
    private readonly concurrencyLevel = 64,
  ) {
    this.inserts = arrivalInserts(keyspace);
  }

  /** Resolves when every row is written; a retriable failure rejects with SinkUnavailableError. */
  async write(arrivals: readonly PositionedArrival[], writtenAt = new Date()): Promise<number> {
    const statements = arrivals.flatMap(({ value, at }) => {
      const byStateDate = byStateDateParams(value, this.validStates);
      const byId = { query: this.inserts.byId, params: byIdParams(value, at, writtenAt) };
      return byStateDate ? [byId, { query: this.inserts.byStateDate, params: byStateDate }] : [byId];
    });
    try {
      await concurrent.executeConcurrent(this.client, statements, { concurrencyLevel: this.concurrencyLevel, raiseOnFirstError: true });
    } catch (error) {
      throw asSinkError(error);
    }
    return arrivals.length;
  }
}

import { type Client } from 'cassandra-driver';
import { type RawArrival } from '@i94/avro';
import { arrivalInserts, byKeyParams, byStateDateParams, type KafkaPosition } from './arrival-rows';
import { runBounded } from './run-bounded';
import { asSinkError } from './sink-errors';

export interface PositionedArrival {
  value: RawArrival;
  at: KafkaPosition;
}

// Rows of one (destination_state, arrival_date) partition go in one unlogged batch: a single-
// partition batch is one mutation for Cassandra, and a feed pushed by day puts hundreds of a
// batch's records in the same few partitions. 25 rows stay under the 5 KiB batch warning.
const ROWS_PER_PARTITION_BATCH = 25;

/**
 * Upserts raw arrivals into arrivals_by_key (one prepared insert per row: rows of one cicid are
 * one small partition, a row per month) and arrivals_by_state_date (unlogged single-partition batches), with bounded
 * concurrency. Keyed writes make it idempotent: a replayed record rewrites its row.
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
    const byKey = arrivals.map(({ value, at }) => byKeyParams(value, at, writtenAt));
    const partitions = this.byStateDatePartitions(arrivals);
    const writes = [
      ...byKey.map((params) => () => this.client.execute(this.inserts.byKey, params, { prepare: true })),
      ...partitions.map((rows) => () => this.client.batch(rows.map((params) => ({ query: this.inserts.byStateDate, params })), { prepare: true, logged: false })),
    ];
    try {
      await runBounded(writes, this.concurrencyLevel);
    } catch (error) {
      throw asSinkError(error);
    }
    return arrivals.length;
  }

  /** The arrivals_by_state_date rows grouped by partition key, at most ROWS_PER_PARTITION_BATCH a group. */
  private byStateDatePartitions(arrivals: readonly PositionedArrival[]): unknown[][][] {
    const open = new Map<string, unknown[][]>();
    const groups: unknown[][][] = [];
    for (const { value } of arrivals) {
      const params = byStateDateParams(value, this.validStates);
      if (!params) continue;
      const key = `${params[0] as string}|${String(params[1])}`; // destination_state, arrival_date
      let group = open.get(key);
      if (!group || group.length === ROWS_PER_PARTITION_BATCH) {
        group = [];
        groups.push(group);
        open.set(key, group);
      }
      group.push(params);
    }
    return groups;
  }
}

import { type Client } from 'cassandra-driver';
import { AGGREGATE_JSON_COLUMNS } from '../aggregate-writer';
import { rowsToObjects } from './row-mapping';

/** Reads the compactor's state/month aggregates (prepared statements only). */
export class StateMonthRepository {
  constructor(
    private readonly client: Client,
    private readonly keyspace: string,
  ) {}

  /** Every state's aggregate of one month, or one state's, ordered by state. */
  async byMonth(month: string, state?: string): Promise<Record<string, unknown>[]> {
    const query = state
      ? `SELECT * FROM ${this.keyspace}.state_month_aggregates WHERE month = ? AND state = ?`
      : `SELECT * FROM ${this.keyspace}.state_month_aggregates WHERE month = ?`;
    const result = await this.client.execute(query, state ? [month, state] : [month], { prepare: true });
    return rowsToObjects(result, AGGREGATE_JSON_COLUMNS);
  }

  /** One state's monthly trend between two months (inclusive), oldest first. */
  async trend(state: string, from: string, to: string): Promise<Record<string, unknown>[]> {
    const result = await this.client.execute(
      `SELECT * FROM ${this.keyspace}.state_month_by_state WHERE state = ? AND month >= ? AND month <= ?`,
      [state, from, to],
      { prepare: true },
    );
    return rowsToObjects(result);
  }

  /** The months that have aggregates, newest first (small: one row per state and month). */
  async months(): Promise<string[]> {
    const result = await this.client.execute(`SELECT DISTINCT month FROM ${this.keyspace}.state_month_aggregates`, [], { prepare: true });
    return result.rows.map((r) => String(r.month)).sort().reverse();
  }
}

import { type Client, types } from 'cassandra-driver';
import { rowToObject } from './row-mapping';

export interface ArrivalPage {
  items: Record<string, unknown>[];
  /** Opaque cursor for the next page, null on the last one. */
  next: string | null;
}

/** Reads raw arrivals: by cicid, and by destination state and arrival date, paged. */
export class ArrivalRepository {
  constructor(
    private readonly client: Client,
    private readonly keyspace: string,
  ) {}

  async byId(cicid: number): Promise<Record<string, unknown> | null> {
    const result = await this.client.execute(`SELECT * FROM ${this.keyspace}.arrivals_by_id WHERE cicid = ?`, [cicid], { prepare: true });
    const row = result.first();
    return row ? rowToObject(row) : null;
  }

  /** One page of a state's arrivals on a date, in cicid order; `cursor` is the previous page's `next`. */
  async byStateAndDate(state: string, date: string, limit: number, cursor?: string): Promise<ArrivalPage> {
    const result = await this.client.execute(
      `SELECT * FROM ${this.keyspace}.arrivals_by_state_date WHERE destination_state = ? AND arrival_date = ?`,
      [state, types.LocalDate.fromString(date)],
      { prepare: true, fetchSize: limit, pageState: cursor },
    );
    return { items: result.rows.map((r) => rowToObject(r)), next: result.pageState ?? null };
  }
}

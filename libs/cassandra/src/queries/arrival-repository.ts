import { type Client, types } from 'cassandra-driver';
import { type ArrivalKey } from '@i94/domain';
import { ARRIVALS_TABLE } from '../arrival-rows';
import { rowsToObjects } from './row-mapping';

export interface ArrivalPage {
  items: Record<string, unknown>[];
  /** Opaque cursor for the next page, null on the last one. */
  next: string | null;
}

/** Reads raw arrivals: by their key, every month's with a cicid, and by destination state and arrival date, paged. */
export class ArrivalRepository {
  constructor(
    private readonly client: Client,
    private readonly keyspace: string,
  ) {}

  /** The arrival (i94yr, i94mon, cicid), or null. */
  async byKey({ i94yr, i94mon, cicid }: ArrivalKey): Promise<Record<string, unknown> | null> {
    const query = `SELECT * FROM ${this.keyspace}.${ARRIVALS_TABLE} WHERE cicid = ? AND i94yr = ? AND i94mon = ?`;
    const [arrival] = rowsToObjects(await this.client.execute(query, [cicid, i94yr, i94mon], { prepare: true }));
    return arrival ?? null;
  }

  /** Every month's arrival with this cicid (one partition), oldest month first. */
  async byCicid(cicid: number): Promise<Record<string, unknown>[]> {
    const result = await this.client.execute(`SELECT * FROM ${this.keyspace}.${ARRIVALS_TABLE} WHERE cicid = ?`, [cicid], { prepare: true });
    return rowsToObjects(result);
  }

  /** One page of a state's arrivals on a date, in cicid order; `cursor` is the previous page's `next`. */
  async byStateAndDate(state: string, date: string, limit: number, cursor?: string): Promise<ArrivalPage> {
    const result = await this.client.execute(
      `SELECT * FROM ${this.keyspace}.arrivals_by_state_date WHERE destination_state = ? AND arrival_date = ?`,
      [state, types.LocalDate.fromString(date)],
      { prepare: true, fetchSize: limit, pageState: cursor },
    );
    return { items: rowsToObjects(result), next: result.pageState ?? null };
  }
}

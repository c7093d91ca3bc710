/** One arrival month counted at every stage. */
export interface Reconciliation {
  month: string;
  /** Records the gateway accepted onto the raw topic for the month, every copy (a re-pushed feed counts twice). */
  accepted: number;
  /** Records the gateway rejected, counted by the month of their feed date. */
  rejected: number;
  /** Distinct arrivals (i94yr, i94mon, cicid) of the month on the raw topic. */
  raw: number;
  /** Distinct arrivals of the month in arrivals_by_key, counted by a scan. */
  cassandra: number;
  /** Distinct arrivals of the month in the rolled-up Parquet files. */
  parquet: number;
  /** Arrivals of the month over all states in the aggregates. */
  aggregated: number;
  ok: boolean;
}

/** Every stage agrees on the distinct arrivals, and nothing distinct was made up downstream. */
export const reconciled = (c: Omit<Reconciliation, 'ok'>): boolean => c.raw === c.cassandra && c.raw === c.parquet && c.raw === c.aggregated && c.accepted >= c.raw;

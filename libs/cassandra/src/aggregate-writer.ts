import { type Client, concurrent } from 'cassandra-driver';
import { type StateMonthAggregate } from '@i94/domain';
import { asSinkError } from './sink-errors';

const BY_MONTH = [
  'month', 'state', 'state_name', 'arrivals', 'male', 'female', 'gender_unknown', 'business', 'pleasure', 'student', 'visa_unknown', 'air', 'sea', 'land',
  'mode_not_reported', 'average_age', 'average_stay_days', 'median_stay_days', 'top_residence_countries', 'distinct_ports', 'population', 'male_population',
  'female_population', 'foreign_born', 'foreign_born_share', 'median_age', 'race_counts', 'average_temperature_c', 'input_rows', 'computed_at', 'version', 'lineage',
];
const BY_STATE = ['state', 'month', 'state_name', 'arrivals', 'male', 'female', 'gender_unknown', 'business', 'pleasure', 'student', 'average_age', 'average_stay_days', 'average_temperature_c', 'version'];

const insert = (keyspace: string, table: string, columns: string[]) => `INSERT INTO ${keyspace}.${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
/** The aggregate columns held as JSON text (lists and maps of counts, lineage). */
export const AGGREGATE_JSON_COLUMNS: ReadonlySet<string> = new Set(['top_residence_countries', 'race_counts', 'lineage']);

function params(a: StateMonthAggregate, columns: string[]): unknown[] {
  return columns.map((column) => {
    const value = (a as unknown as Record<string, unknown>)[camel(column)];
    if (column === 'computed_at') return new Date(a.computedAt);
    return AGGREGATE_JSON_COLUMNS.has(column) ? JSON.stringify(value) : (value ?? null);
  });
}

/** Upserts state/month aggregates into both query tables (keyed, so a recomputation overwrites). */
export class AggregateWriter {
  constructor(
    private readonly client: Client,
    private readonly keyspace: string,
  ) {}

  async write(aggregates: readonly StateMonthAggregate[]): Promise<void> {
    const byMonth = insert(this.keyspace, 'state_month_aggregates', BY_MONTH);
    const byState = insert(this.keyspace, 'state_month_by_state', BY_STATE);
    const statements = aggregates.flatMap((a) => [{ query: byMonth, params: params(a, BY_MONTH) }, { query: byState, params: params(a, BY_STATE) }]);
    try {
      await concurrent.executeConcurrent(this.client, statements, { concurrencyLevel: 32, raiseOnFirstError: true });
    } catch (error) {
      throw asSinkError(error);
    }
  }
}

import { type I94RawRecord } from './i94-raw-record';
import { formatYearMonth } from './sas-date';

/**
 * What identifies one arrival: the monthly I94 file it belongs to (i94yr, i94mon) and its record
 * number in that file. `cicid` alone repeats across months (each monthly file numbers from its
 * own start), so no table, object key or dedupe rule may use it without the file month.
 */
export interface ArrivalKey {
  i94yr: number;
  i94mon: number;
  cicid: number;
}

/** The key of an accepted record; validation refuses records without i94yr or i94mon, so both are set. */
export function arrivalKeyOf(record: Pick<I94RawRecord, 'i94yr' | 'i94mon' | 'cicid'>): ArrivalKey {
  const { i94yr, i94mon, cicid } = record;
  if (i94yr === null || i94mon === null) throw new Error(`arrival ${cicid} has no file month (i94yr ${i94yr}, i94mon ${i94mon})`);
  return { i94yr, i94mon, cicid };
}

/**
 * 'YYYY-MM/cicid': the Kafka message key and the key of every per-arrival set. Kafka partitions by
 * it, so every copy of one arrival lands on one partition (its latest copy is the highest offset).
 */
export function formatArrivalKey(key: ArrivalKey): string {
  return `${formatYearMonth(key.i94yr, key.i94mon)}/${key.cicid}`;
}

/** `formatArrivalKey` of a record's key. */
export const arrivalKeyString = (record: Pick<I94RawRecord, 'i94yr' | 'i94mon' | 'cicid'>): string => formatArrivalKey(arrivalKeyOf(record));

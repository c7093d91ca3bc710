import { types } from 'cassandra-driver';
import { type RawArrival } from '@i94/avro';
import { destinationStateCode, sasDayToIsoDate, isValidSasDay } from '@i94/domain';

/** Where a record was read from Kafka, kept with its row. */
export interface KafkaPosition {
  topic: string;
  partition: number;
  offset: number;
}

const I94_COLUMNS = [
  'cicid', 'i94yr', 'i94mon', 'i94cit', 'i94res', 'i94port', 'arrdate', 'i94mode', 'i94addr', 'depdate', 'i94bir', 'i94visa',
  'count', 'dtadfile', 'visapost', 'occup', 'entdepa', 'entdepd', 'entdepu', 'matflag', 'biryear', 'dtaddto', 'gender',
  'insnum', 'airline', 'admnum', 'fltno', 'visatype',
] as const;

/** The table of raw arrivals, keyed by (cicid, i94yr, i94mon): an arrival's identity (deploy/cassandra/006). */
export const ARRIVALS_TABLE = 'arrivals_by_key';

/** Columns of ARRIVALS_TABLE, and of arrivals_by_id, the cicid-keyed table it replaces. */
export const ARRIVAL_COLUMNS = [...I94_COLUMNS, 'batch_id', 'feed_date', 'source_file', 'source_line', 'ingested_at', 'quality_flags', 'kafka_topic', 'kafka_partition', 'kafka_offset', 'written_at'] as const;
const BY_STATE_DATE_COLUMNS = ['destination_state', 'arrival_date', 'cicid', 'i94port', 'i94cit', 'i94res', 'i94mode', 'i94visa', 'visatype', 'gender', 'i94bir', 'depdate', 'airline', 'admnum', 'fltno', 'insnum', 'batch_id', 'feed_date'];

const insert = (keyspace: string, table: string, columns: readonly string[]) =>
  `INSERT INTO ${keyspace}.${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;

/** The two upserts every raw arrival becomes; both are keyed so a replay overwrites, never adds. */
export const arrivalInserts = (keyspace: string) => ({
  byKey: insert(keyspace, ARRIVALS_TABLE, ARRIVAL_COLUMNS),
  byStateDate: insert(keyspace, 'arrivals_by_state_date', BY_STATE_DATE_COLUMNS),
});

const MS_PER_DAY = 86_400_000;
const localDate = (epochDays: number) => types.LocalDate.fromDate(new Date(epochDays * MS_PER_DAY));

/** Parameters of the ARRIVALS_TABLE upsert, in column order. */
export function byKeyParams(a: RawArrival, at: KafkaPosition, writtenAt: Date): unknown[] {
  return [
    ...I94_COLUMNS.map((c) => a[c]),
    a.batchId, localDate(a.feedDate), a.sourceFile, a.sourceLine, new Date(a.ingestedAt), a.qualityFlags,
    at.topic, at.partition, at.offset, writtenAt,
  ];
}

/** Parameters of the arrivals_by_state_date upsert, or null when the record has no arrival date. */
export function byStateDateParams(a: RawArrival, validStates: ReadonlySet<string>): unknown[] | null {
  if (a.arrdate === null || !isValidSasDay(a.arrdate)) return null;
  const arrival = types.LocalDate.fromString(sasDayToIsoDate(a.arrdate));
  return [
    destinationStateCode(a.i94addr, validStates), arrival, a.cicid, a.i94port, a.i94cit, a.i94res, a.i94mode, a.i94visa,
    a.visatype, a.gender, a.i94bir, a.depdate, a.airline, a.admnum, a.fltno, a.insnum, a.batchId, localDate(a.feedDate),
  ];
}

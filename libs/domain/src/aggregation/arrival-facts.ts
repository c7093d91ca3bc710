import { type EnrichedArrivalLike } from '../enrichment/enriched-arrival';

/** The month bucket of records without an arrival month, as the Parquet partitions name it. */
export const UNKNOWN_MONTH = 'unknown';

/** Gender buckets, named after the aggregate's count fields; the index is the packed code. */
export const GENDER_BUCKETS = ['male', 'female', 'genderUnknown'] as const;
/** i94visa buckets: 1, 2, 3, anything else. */
export const VISA_BUCKETS = ['business', 'pleasure', 'student', 'visaUnknown'] as const;
/** i94mode buckets: 1, 2, 3, and 9 together with null and unlisted codes. */
export const MODE_BUCKETS = ['air', 'sea', 'land', 'modeNotReported'] as const;

export type GenderBucket = (typeof GENDER_BUCKETS)[number];
export type VisaBucket = (typeof VISA_BUCKETS)[number];
export type ModeBucket = (typeof MODE_BUCKETS)[number];

/** The fields of an enriched arrival the state/month aggregates read. */
export type AggregatedFields = Pick<
  EnrichedArrivalLike,
  'cicid' | 'destinationState' | 'arrivalMonth' | 'gender' | 'i94visa' | 'i94mode' | 'age' | 'stayDays' | 'residenceCountry' | 'i94port' | 'portName'
>;

/** An enriched arrival as read back from the rolled-up Parquet files: its Kafka position included. */
export interface AggregationRow extends AggregatedFields {
  kafkaPartition: number;
  /** Offsets stay below 2^53, so a number holds them exactly. */
  kafkaOffset: number;
}

/** One arrival reduced to what aggregation counts; what the deduplicator keeps per cicid. */
export interface ArrivalFacts {
  state: string;
  /** 'YYYY-MM', or `UNKNOWN_MONTH`. */
  month: string;
  gender: GenderBucket;
  visa: VisaBucket;
  mode: ModeBucket;
  age: number | null;
  stayDays: number | null;
  residenceCountry: string | null;
  /** The i94port code when it decoded to a known port; null otherwise. */
  port: string | null;
}

/** 'M' and 'F' after trim and upper-casing; anything else (null, '', 'X', 'U') is unknown. */
export function genderBucket(gender: string | null): GenderBucket {
  const given = gender?.trim().toUpperCase();
  if (given === 'M') return 'male';
  if (given === 'F') return 'female';
  return 'genderUnknown';
}

/** 1 Business, 2 Pleasure, 3 Student; null and unlisted codes are unknown. */
export function visaBucket(i94visa: number | null): VisaBucket {
  if (i94visa === 1) return 'business';
  if (i94visa === 2) return 'pleasure';
  if (i94visa === 3) return 'student';
  return 'visaUnknown';
}

/** 1 Air, 2 Sea, 3 Land; 9, null and unlisted codes all count as not reported, so the four add up. */
export function modeBucket(i94mode: number | null): ModeBucket {
  if (i94mode === 1) return 'air';
  if (i94mode === 2) return 'sea';
  if (i94mode === 3) return 'land';
  return 'modeNotReported';
}

const wholeOrNull = (value: number | null): number | null => (value !== null && Number.isInteger(value) && value >= 0 ? value : null);

/** Reduces an enriched arrival to the facts aggregation counts. */
export function arrivalFacts(row: AggregatedFields): ArrivalFacts {
  return {
    state: row.destinationState,
    month: row.arrivalMonth ?? UNKNOWN_MONTH,
    gender: genderBucket(row.gender),
    visa: visaBucket(row.i94visa),
    mode: modeBucket(row.i94mode),
    age: wholeOrNull(row.age),
    stayDays: wholeOrNull(row.stayDays),
    residenceCountry: row.residenceCountry,
    // Unknown port codes are skipped so dirty codes do not inflate the distinct count.
    port: row.portName !== null && row.i94port !== null ? row.i94port.trim().toUpperCase() : null,
  };
}

/** Where one roll of one partition goes, derived only from validated values. */
export interface RollPosition {
  topic: string;
  partition: number;
  startOffset: number;
}

const TOPIC = /^[a-zA-Z0-9._-]{1,200}$/;
const HOUR = /^\d{4}-\d{2}-\d{2}T\d{2}$/;
const MONTH = /^(\d{4}-\d{2}|unknown)$/;

function check(value: string, pattern: RegExp, what: string): string {
  if (!pattern.test(value)) throw new Error(`invalid ${what} for an object key: ${JSON.stringify(value)}`);
  return value;
}

const position = (p: RollPosition) => {
  if (!Number.isSafeInteger(p.partition) || p.partition < 0 || !Number.isSafeInteger(p.startOffset) || p.startOffset < 0) throw new Error('invalid partition or offset');
  return `${check(p.topic, TOPIC, 'topic')}+${p.partition}+${p.startOffset}`;
};

/** The hour (UTC) of a timestamp, as the ingest_hour partition value: YYYY-MM-DDTHH. */
export const ingestHourOf = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 13);

/**
 * The Parquet object of one roll and arrival month. It depends on the roll's start offset only,
 * so a replay of the same roll overwrites the same object instead of adding one.
 */
export function rollupObjectKey(p: RollPosition, ingestHour: string, arrivalMonth: string): string {
  return `enriched/ingest_hour=${check(ingestHour, HOUR, 'ingest hour')}/arrival_month=${check(arrivalMonth, MONTH, 'arrival month')}/${position(p)}.parquet`;
}

/** The manifest entry of one roll, found again by its start offset on a replay. */
export const rollManifestKey = (p: RollPosition) => `manifests/rolls/${position(p)}.json`;

/**
 * The claim of one roll: its end offset and ingest hour, written once (a conditional create)
 * before its objects, so every member that rolls the same start offset rolls the same records.
 */
export const rollClaimKey = (p: RollPosition) => `manifests/claims/${position(p)}.json`;

/** Prefix of every roll manifest entry. */
export const ROLL_MANIFEST_PREFIX = 'manifests/rolls/';

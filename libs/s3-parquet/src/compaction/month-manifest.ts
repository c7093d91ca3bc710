/** A rolled-up file a month version was built from. */
export interface MonthInput {
  key: string;
  partition: number;
  startOffset: number;
  endOffset: number;
  rows: number;
}

/**
 * One version of a month's compacted data. Versions are immutable objects; the month's
 * `current.json` pointer names the live one, and replacing that single object is the atomic
 * swap: a reader that read the pointer sees one complete version, never a mix.
 */
export interface MonthVersion {
  month: string;
  version: number;
  createdAt: string;
  /** Every rolled-up file merged so far (the previous version's inputs plus the new ones). */
  inputs: MonthInput[];
  files: { key: string; rows: number }[];
  rows: number;
  aggregatesKey: string;
  /**
   * Rows of the rolled-up files merged so far per `state|month`, duplicates included: the
   * aggregates' inputRows, carried forward so an incremental version counts what a rebuild does.
   * Absent in versions written before it existed.
   */
  inputRows?: Record<string, number>;
}

export interface MonthPointer {
  month: string;
  version: number;
  manifestKey: string;
}

const MONTH = /^(\d{4}-(0[1-9]|1[0-2])|unknown)$/;

function checkedMonth(month: string): string {
  if (!MONTH.test(month)) throw new Error(`invalid month for an object key: ${JSON.stringify(month)}`);
  return month;
}

// Versions and part numbers come back from manifests read off S3 (JSON.parse, not validated):
// only a whole, non-negative number may become part of a key.
function pad(n: number, width: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`invalid number for an object key: ${JSON.stringify(n)}`);
  return String(n).padStart(width, '0');
}

export const monthPointerKey = (month: string) => `manifests/months/${checkedMonth(month)}/current.json`;
export const monthVersionKey = (month: string, version: number) => `manifests/months/${checkedMonth(month)}/v${pad(version, 6)}.json`;
/** Created (if absent) by the one compactor that builds this version: two never write the same version's files. */
export const monthClaimKey = (month: string, version: number) => `manifests/months/${checkedMonth(month)}/v${pad(version, 6)}.claim`;
export const compactedObjectKey = (month: string, version: number, part: number) => `compacted/month=${checkedMonth(month)}/v${pad(version, 6)}/part-${pad(part, 4)}.parquet`;
export const aggregatesObjectKey = (month: string) => `aggregates/state_month/month=${checkedMonth(month)}/part-0000.parquet`;

/** One Parquet object of a roll: the roll's records of one arrival month. */
export interface RollFile {
  key: string;
  arrivalMonth: string;
  rows: number;
  minArrivalDate: string | null;
  maxArrivalDate: string | null;
}

/**
 * The manifest entry of a committed roll: which offsets it covers and which objects hold them.
 * Written after every object is uploaded and before the offsets are committed.
 */
export interface RollManifest {
  topic: string;
  partition: number;
  startOffset: number;
  /** The last offset in the roll (inclusive). */
  endOffset: number;
  ingestHour: string;
  rows: number;
  schemaId: number | null;
  files: RollFile[];
  committedAt: string;
}

/** Parses a manifest entry, refusing anything that is not one. */
export function parseRollManifest(bytes: Buffer | string): RollManifest {
  const value = JSON.parse(bytes.toString()) as RollManifest;
  if (typeof value.startOffset !== 'number' || typeof value.endOffset !== 'number' || !Array.isArray(value.files)) {
    throw new Error('not a roll manifest');
  }
  return value;
}

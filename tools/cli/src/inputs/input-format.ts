import { extname } from 'node:path';

/** File formats `i94 feed push` reads. */
export const INPUT_FORMATS = ['csv', 'ndjson', 'parquet', 'sas7bdat'] as const;
/** One input format. */
export type InputFormat = (typeof INPUT_FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.csv': 'csv',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.parquet': 'parquet',
  '.sas7bdat': 'sas7bdat',
};

/** The format a file name implies (case-insensitive extension), or null when it implies none. */
export function inferFormat(path: string): InputFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

// Test-only: paths and records of the repository's sample data.
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { type I94RawRecord, parseRecords } from '@i94/domain';
import { readCsv, readNdjson } from '@i94/feed-readers';
import { generateRecords, learnDistributions } from '@i94/sample-data';

/** The 1,000-row April 2016 Udacity sample. */
export const SAMPLE_CSV = resolve(__dirname, '../../../data/sample/immigration_data_sample.csv');

/** The SAS7BDAT written by ReadStat from the sample's first 60 rows (see fixtures/README.md). */
export const READSTAT_FIXTURE = resolve(__dirname, '../../../libs/feed-readers/test/fixtures/sample-60.readstat.sas7bdat');

/** Validated records of a CSV or NDJSON file read with the domain readers, with their verdicts. */
export async function readRecords(path: string, format: 'csv' | 'ndjson' = 'csv'): Promise<{ ok: I94RawRecord[]; refused: number }> {
  const rows = format === 'csv' ? readCsv(createReadStream(path)) : readNdjson(createReadStream(path));
  const ok: I94RawRecord[] = [];
  let refused = 0;
  for await (const parsed of parseRecords(rows)) {
    if (parsed.outcome.ok) ok.push(parsed.outcome.record);
    else refused += 1;
  }
  return { ok, refused };
}

/** `count` records generated from the sample's distributions. */
export async function generatedRecords(count: number, month = '2016-04', messyShare = 0.05): Promise<I94RawRecord[]> {
  const model = learnDistributions((await readRecords(SAMPLE_CSV)).ok);
  return [...generateRecords(model, { count, month, seed: 7, messyShare })];
}

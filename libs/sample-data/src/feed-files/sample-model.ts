import { createReadStream } from 'node:fs';
import { type I94RawRecord, parseRecords } from '@i94/domain';
import { readCsv } from '@i94/feed-readers';
import { type DistributionModel } from '../generator/distribution-model';
import { learnDistributions } from '../generator/learn-distributions';

/** Path of the 1,000-row Udacity sample, relative to the repository root. */
export const SAMPLE_RELATIVE_PATH = 'data/sample/immigration_data_sample.csv';

/** The valid rows of a CSV feed, as records; the refused ones are skipped. */
export async function readValidRecords(path: string): Promise<I94RawRecord[]> {
  const records: I94RawRecord[] = [];
  for await (const parsed of parseRecords(readCsv(createReadStream(path)))) {
    if (parsed.outcome.ok) records.push(parsed.outcome.record);
  }
  return records;
}

/** Learn the generator's distributions from the valid rows of a sample CSV (e.g. the Udacity sample). */
export async function learnFromSample(path: string): Promise<DistributionModel> {
  const records = await readValidRecords(path);
  if (records.length === 0) throw new Error(`${path} holds no valid I94 record to learn from`);
  return learnDistributions(records);
}

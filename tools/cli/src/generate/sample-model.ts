import { createReadStream } from 'node:fs';
import { type DistributionModel, type I94RawRecord, learnDistributions, parseRecords } from '@i94/domain';
import { readCsv } from '@i94/feed-readers';

/** Learn the generator's distributions from the valid rows of a sample CSV (e.g. the Udacity sample). */
export async function learnFromSample(path: string): Promise<DistributionModel> {
  const records: I94RawRecord[] = [];
  for await (const parsed of parseRecords(readCsv(createReadStream(path)))) {
    if (parsed.outcome.ok) records.push(parsed.outcome.record);
  }
  if (records.length === 0) throw new Error(`${path} holds no valid I94 record to learn from`);
  return learnDistributions(records);
}

import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { type RawArrival, toRawArrival } from '@i94/avro';
import { parseRecords } from '@i94/domain';
import { readCsv } from '@i94/feed-readers';

/** The project's 1,000-record sample file. */
export const SAMPLE_CSV = join(__dirname, '../../../data/sample/immigration_data_sample.csv');

/** The sample as the gateway would publish it: every row validated and stamped with `batchId`. */
export async function sampleRawArrivals(batchId = 'sample-batch', feedDate = '2016-04-30'): Promise<RawArrival[]> {
  const arrivals: RawArrival[] = [];
  for await (const { line, outcome } of parseRecords(readCsv(createReadStream(SAMPLE_CSV)))) {
    if (!outcome.ok) throw new Error(`sample line ${line} does not validate`);
    arrivals.push(toRawArrival(outcome.record, { batchId, feedDate, sourceFile: 'immigration_data_sample.csv', sourceLine: line, qualityFlags: outcome.flags }, 1_461_974_400_000));
  }
  return arrivals;
}

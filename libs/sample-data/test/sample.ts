// Test-only: the repository's sample and reference files, read with the platform's own readers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { type I94RawRecord } from '@i94/domain';
import { parseSasLabels } from '@i94/dimensions';
import { readCsv } from '@i94/feed-readers';
import { readValidRecords, SAMPLE_RELATIVE_PATH } from '../src/feed-files/sample-model';

const REPO_ROOT = join(__dirname, '../../..');

/** The sample's valid rows (all 1,000 of them). */
export const sampleRecords = (): Promise<I94RawRecord[]> => readValidRecords(join(REPO_ROOT, SAMPLE_RELATIVE_PATH));

/** A CSV text's rows as the feed readers give them. */
export const csvRows = (text: string) => readCsv(Readable.from([text]));

/** The state codes of the SAS labels file's i94addrl list. */
export function sasStateCodes(): ReadonlySet<string> {
  const sas = readFileSync(join(REPO_ROOT, 'data/reference/I94_SAS_Labels_Descriptions.SAS'), 'utf8');
  return new Set(parseSasLabels(sas).states.records.map((state) => state.code));
}

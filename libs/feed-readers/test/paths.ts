// Test-only: paths of the repository's sample data and fixtures.
import { resolve } from 'node:path';

/** The 1,000-row April 2016 Udacity sample. */
export const SAMPLE_CSV = resolve(__dirname, '../../../data/sample/immigration_data_sample.csv');

/** The SAS7BDAT written by ReadStat from the sample's first 60 rows (see fixtures/README.md). */
export const READSTAT_FIXTURE = resolve(__dirname, 'fixtures/sample-60.readstat.sas7bdat');

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA = join(__dirname, '..', '..', '..', 'data');

/** The content of a file of `data/reference/`, read as UTF-8 exactly as shipped. */
export function readReference(name: 'sas' | 'demographics' | 'airports' | 'temperatures'): string {
  const files = {
    sas: 'I94_SAS_Labels_Descriptions.SAS',
    demographics: 'us-cities-demographics.csv',
    airports: 'airport-codes_csv.partial.csv',
    temperatures: 'GlobalLandTemperaturesByMajorCity.partial.csv',
  } as const;
  return readFileSync(join(DATA, 'reference', files[name]), 'utf8');
}

/** The content of the 1,000-record I94 sample of April 2016. */
export function readI94Sample(): string {
  return readFileSync(join(DATA, 'sample', 'immigration_data_sample.csv'), 'utf8');
}

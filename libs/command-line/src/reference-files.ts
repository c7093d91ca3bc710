import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The reference files a dimension load reads, by dimension source. */
export const REFERENCE_FILES = {
  sasLabels: 'I94_SAS_Labels_Descriptions.SAS',
  demographics: 'us-cities-demographics.csv',
  airports: 'airport-codes_csv.partial.csv',
  temperatures: 'GlobalLandTemperaturesByMajorCity.partial.csv',
} as const;

/** The reference files of `dir` as text, by dimension source; a missing file names itself. */
export function readReferenceFiles(dir: string): Record<keyof typeof REFERENCE_FILES, string> {
  return Object.fromEntries(
    Object.entries(REFERENCE_FILES).map(([name, file]) => {
      try {
        return [name, readFileSync(join(dir, file), 'utf8')];
      } catch (error) {
        throw new Error(`cannot read ${file} in ${dir}: ${(error as Error).message}`);
      }
    }),
  ) as Record<keyof typeof REFERENCE_FILES, string>;
}

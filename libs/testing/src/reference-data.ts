import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DimensionEntry, loadDimensionCache, referenceDimensionEntries, type DimensionCache } from '@i94/dimensions';

/** The project's reference files (data/reference). */
export const REFERENCE_DIR = join(__dirname, '../../../data/reference');

const read = (file: string) => readFileSync(join(REFERENCE_DIR, file), 'utf8');

/** Every dimension entry of the real reference files, stamped with their versions. */
export function referenceEntries(): DimensionEntry[] {
  return referenceDimensionEntries({
    sasLabels: read('I94_SAS_Labels_Descriptions.SAS'),
    demographics: read('us-cities-demographics.csv'),
    airports: read('airport-codes_csv.partial.csv'),
    temperatures: read('GlobalLandTemperaturesByMajorCity.partial.csv'),
  });
}

/** A dimension cache loaded straight from the reference files (no Kafka). */
export const referenceCache = (): DimensionCache => loadDimensionCache(referenceEntries());

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DimensionEntry, type DimensionName, type DimensionRecords, referenceDimensionEntries } from '@i94/dimensions';

const REFERENCE = join(__dirname, '..', '..', '..', 'data', 'reference');
const read = (file: string) => readFileSync(join(REFERENCE, file), 'utf8');

/** Every dimension entry of the real files of data/reference/. */
export function referenceEntries(): DimensionEntry[] {
  return referenceDimensionEntries({
    sasLabels: read('I94_SAS_Labels_Descriptions.SAS'),
    demographics: read('us-cities-demographics.csv'),
    airports: read('airport-codes_csv.partial.csv'),
    temperatures: read('GlobalLandTemperaturesByMajorCity.partial.csv'),
  });
}

/** A record as it reads back from its topic: climate months carry no observation count. */
export function asPublished<D extends DimensionName>(record: DimensionRecords[D]): DimensionRecords[D] {
  if (!('months' in record)) return record;
  return { ...record, months: record.months.map((m) => ({ ...m, observations: 0 })) };
}

/** The same entries with one record changed. */
export function withChangedRecord(entries: readonly DimensionEntry[], dimension: DimensionName, code: string, change: Record<string, unknown>): DimensionEntry[] {
  return entries.map((e) => (e.dimension === dimension && e.code === code ? { ...e, record: { ...e.record, ...change } as DimensionEntry['record'] } : e));
}

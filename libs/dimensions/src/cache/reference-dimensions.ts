import { parseAirports } from '../airports/parse-airports';
import { aggregateStateDemographics } from '../demographics/aggregate-state-demographics';
import { parseCityDemographics } from '../demographics/parse-city-demographics';
import { dimensionVersion } from '../dimension-version';
import { parseSasLabels } from '../sas-labels/parse-sas-labels';
import { cityStateIndex } from '../temperatures/city-state-index';
import { buildCountryClimates } from '../temperatures/country-climate';
import { parseTemperatures } from '../temperatures/parse-temperatures';
import { buildStateClimates } from '../temperatures/state-climate';
import { DimensionCache } from './dimension-cache';
import { type DimensionName, type DimensionRecords } from './dimension-names';

/** The contents (not paths) of the four files of `data/reference/`. */
export interface ReferenceContents {
  readonly sasLabels: string;
  readonly demographics: string;
  readonly airports: string;
  readonly temperatures: string;
}

/** One record of one dimension, as published on its topic: key, value and version stamp. */
export interface DimensionEntry<D extends DimensionName = DimensionName> {
  readonly dimension: D;
  readonly code: string;
  readonly record: DimensionRecords[D];
  readonly version: string;
}

function entries<D extends DimensionName>(dimension: D, records: readonly DimensionRecords[D][], version: string): DimensionEntry<D>[] {
  return records.map((record) => ({ dimension, code: String(record.code), record, version }));
}

/**
 * Every dimension record the reference files give, each stamped with the version of the file(s)
 * it comes from; state climates depend on the demographics too (cities are placed through it).
 */
export function referenceDimensionEntries(files: ReferenceContents): DimensionEntry[] {
  const labels = parseSasLabels(files.sasLabels);
  const cities = parseCityDemographics(files.demographics).records;
  const observations = parseTemperatures(files.temperatures).records;
  const sas = dimensionVersion(files.sasLabels);
  const temperatures = dimensionVersion(files.temperatures);
  return [
    ...entries('countries', labels.countries.records, sas),
    ...entries('ports', labels.ports.records, sas),
    ...entries('modes', labels.modes.records, sas),
    ...entries('states', labels.states.records, sas),
    ...entries('visas', labels.visas.records, sas),
    ...entries('state-demographics', aggregateStateDemographics(cities), dimensionVersion(files.demographics)),
    ...entries('country-climate', buildCountryClimates(observations), temperatures),
    ...entries('state-climate', buildStateClimates(observations, cityStateIndex(cities)).records, dimensionVersion([files.temperatures, files.demographics])),
    ...entries('airports', parseAirports(files.airports).records, dimensionVersion(files.airports)),
  ];
}

/** A cache holding the given entries, applied in order. */
export function loadDimensionCache(items: Iterable<DimensionEntry>): DimensionCache {
  const cache = new DimensionCache();
  for (const item of items) cache.apply(item.dimension, item.code, item.record, item.version);
  return cache;
}

import { type AirportRecord } from '../airports/airport.types';
import { type StateDemographicsRecord } from '../demographics/demographics.types';
import { type CountryRecord, type ModeRecord, type PortRecord, type StateRecord, type VisaRecord } from '../sas-labels/sas-label.types';
import { type CountryClimateRecord, type StateClimateRecord } from '../temperatures/climate.types';

/** The record type of each dimension, by the name its topic `i94.dim.<name>.v1` uses. */
export interface DimensionRecords {
  countries: CountryRecord;
  ports: PortRecord;
  modes: ModeRecord;
  states: StateRecord;
  visas: VisaRecord;
  'state-demographics': StateDemographicsRecord;
  'country-climate': CountryClimateRecord;
  'state-climate': StateClimateRecord;
  airports: AirportRecord;
}

/** A dimension name, e.g. 'ports' or 'state-demographics'. */
export type DimensionName = keyof DimensionRecords;

/** Every dimension, in the order the topics are listed. */
export const DIMENSION_NAMES: readonly DimensionName[] = [
  'countries',
  'ports',
  'modes',
  'states',
  'visas',
  'state-demographics',
  'country-climate',
  'state-climate',
  'airports',
];

/** The compacted topic of a dimension: `i94.dim.<name>.v1`, keyed by code. */
export const dimensionTopic = (name: DimensionName): string => `i94.dim.${name}.v1`;

/**
 * The key a code is held under: trimmed and upper-cased text, so the Kafka key '209', the record
 * code 209 and a padded 'hhw ' all meet.
 */
export const dimensionKey = (code: string | number): string => String(code).trim().toUpperCase();

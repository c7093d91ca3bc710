import {
  type AirportDimension,
  type CountryClimateDimension,
  type CountryDimension,
  I94_DIM_AIRPORTS_V1_SCHEMA,
  I94_DIM_COUNTRIES_V1_SCHEMA,
  I94_DIM_COUNTRY_CLIMATE_V1_SCHEMA,
  I94_DIM_MODES_V1_SCHEMA,
  I94_DIM_PORTS_V1_SCHEMA,
  I94_DIM_STATES_V1_SCHEMA,
  I94_DIM_STATE_CLIMATE_V1_SCHEMA,
  I94_DIM_STATE_DEMOGRAPHICS_V1_SCHEMA,
  I94_DIM_VISAS_V1_SCHEMA,
  type ModeDimension,
  type PortDimension,
  type StateClimateDimension,
  type StateDemographicsDimension,
  type StateDimension,
  type VisaDimension,
} from '@i94/avro';
import { type DimensionName, type DimensionRecords } from '../cache/dimension-names';
import { type DimensionEntry } from '../cache/reference-dimensions';
import * as reference from './reference-values';
import * as labels from './sas-label-values';

/** The Avro value of each dimension's topic `i94.dim.<name>.v1`: the record, code as text, and its version. */
export interface DimensionValues {
  countries: CountryDimension;
  ports: PortDimension;
  modes: ModeDimension;
  states: StateDimension;
  visas: VisaDimension;
  'state-demographics': StateDemographicsDimension;
  'country-climate': CountryClimateDimension;
  'state-climate': StateClimateDimension;
  airports: AirportDimension;
}

/** The value schema of each dimension (schemas/i94.dim.<name>.v1.avsc). */
export const DIMENSION_VALUE_SCHEMAS = {
  countries: I94_DIM_COUNTRIES_V1_SCHEMA,
  ports: I94_DIM_PORTS_V1_SCHEMA,
  modes: I94_DIM_MODES_V1_SCHEMA,
  states: I94_DIM_STATES_V1_SCHEMA,
  visas: I94_DIM_VISAS_V1_SCHEMA,
  'state-demographics': I94_DIM_STATE_DEMOGRAPHICS_V1_SCHEMA,
  'country-climate': I94_DIM_COUNTRY_CLIMATE_V1_SCHEMA,
  'state-climate': I94_DIM_STATE_CLIMATE_V1_SCHEMA,
  airports: I94_DIM_AIRPORTS_V1_SCHEMA,
} as const satisfies Record<DimensionName, unknown>;

/** The topic whose schema a dimension's values use (the schema's name in `TOPIC_SCHEMAS`), typed. */
export const dimensionSchemaTopic = <D extends DimensionName>(name: D) => `i94.dim.${name}.v1` as const;

/** A dimension record read back from its topic value, with the version it was stamped with. */
export interface VersionedRecord<D extends DimensionName = DimensionName> {
  readonly record: DimensionRecords[D];
  readonly version: string;
}

interface Mapping<D extends DimensionName> {
  toValue(record: DimensionRecords[D], version: string): DimensionValues[D];
  fromValue(value: DimensionValues[D]): DimensionRecords[D];
}

const MAPPINGS: { [D in DimensionName]: Mapping<D> } = {
  countries: { toValue: labels.countryToValue, fromValue: labels.countryFromValue },
  ports: { toValue: labels.portToValue, fromValue: labels.portFromValue },
  modes: { toValue: labels.modeToValue, fromValue: labels.modeFromValue },
  states: { toValue: labels.stateToValue, fromValue: labels.stateFromValue },
  visas: { toValue: labels.visaToValue, fromValue: labels.visaFromValue },
  'state-demographics': { toValue: reference.stateDemographicsToValue, fromValue: reference.stateDemographicsFromValue },
  'country-climate': { toValue: reference.countryClimateToValue, fromValue: reference.countryClimateFromValue },
  'state-climate': { toValue: reference.stateClimateToValue, fromValue: reference.stateClimateFromValue },
  airports: { toValue: reference.airportToValue, fromValue: reference.airportFromValue },
};

/** The topic value of a dimension record stamped with `version`. */
export function toDimensionValue<D extends DimensionName>(dimension: D, record: DimensionRecords[D], version: string): DimensionValues[D] {
  const mapping: Mapping<D> = MAPPINGS[dimension];
  return mapping.toValue(record, version);
}

/**
 * The record and version of a topic value. Climate months come back with `observations: 0` (the
 * topic carries only the means); a numeric code that is not an integer throws a TypeError.
 */
export function fromDimensionValue<D extends DimensionName>(dimension: D, value: DimensionValues[D]): VersionedRecord<D> {
  const mapping: Mapping<D> = MAPPINGS[dimension];
  return { record: mapping.fromValue(value), version: value.version };
}

/** The topic value of an entry of `referenceDimensionEntries`. */
export function entryValue(entry: DimensionEntry): DimensionValues[DimensionName] {
  // DimensionEntry does not tie `record` to `dimension` in its type; referenceDimensionEntries does.
  return toDimensionValue(entry.dimension, entry.record as never, entry.version);
}

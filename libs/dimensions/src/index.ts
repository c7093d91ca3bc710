// Pure parsers for the I94 reference data: each takes a file's CONTENT (no fs here) and returns
// records keyed by `code` plus the lines it skipped, ready to publish as Avro keyed by code.
export { type ParseResult, type SkippedLine } from './parse-result';
export { dimensionVersion } from './dimension-version';
export { US_STATE_CODES } from './us-state-codes';

export {
  type CountryRecord,
  type ModeRecord,
  type PortRecord,
  type StateRecord,
  type VisaRecord,
} from './sas-labels/sas-label.types';
export { readSasValueBlock, type SasValueEntry } from './sas-labels/sas-value-block';
export { isValidCountryName, parseCountries } from './sas-labels/parse-countries';
export { isValidPortName, parsePorts } from './sas-labels/parse-ports';
export { splitPortLocation, type PortLocation } from './sas-labels/split-port-location';
export { parseModes } from './sas-labels/parse-modes';
export { parseStates } from './sas-labels/parse-states';
export { DEFAULT_VISAS, parseVisas, type VisaParseResult } from './sas-labels/parse-visas';
export { parseSasLabels, type SasLabels } from './sas-labels/parse-sas-labels';
export { buildCodeLists, type CodeListSources } from './sas-labels/build-code-lists';

export { type CityDemographicsRecord, type RaceCounts, type StateDemographicsRecord } from './demographics/demographics.types';
export { parseCityDemographics } from './demographics/parse-city-demographics';
export { aggregateStateDemographics } from './demographics/aggregate-state-demographics';

export { type AirportRecord } from './airports/airport.types';
export { parseAirports, stateOf, type AirportGaps, type AirportParseResult } from './airports/parse-airports';
export { parseCoordinates, type Coordinates } from './airports/parse-coordinates';

export {
  type CountryClimateRecord,
  type MonthlyTemperature,
  type StateClimateRecord,
  type TemperatureObservation,
} from './temperatures/climate.types';
export { parseDegrees, parseTemperatures } from './temperatures/parse-temperatures';
export { countryKey, matchCountryName, normaliseCountryName } from './temperatures/country-key';
export { COUNTRY_ALIASES } from './temperatures/country-aliases';
export { monthlyMeans } from './temperatures/monthly-means';
export { buildCountryClimates } from './temperatures/country-climate';
export { cityStateIndex, normaliseCityName, type CityStateIndex } from './temperatures/city-state-index';
export { buildStateClimates, type StateClimateResult, type UnmatchedCity } from './temperatures/state-climate';
export { createClimateLookup, type ClimateLookup } from './temperatures/climate-lookup';

export { DIMENSION_NAMES, dimensionKey, dimensionTopic, type DimensionName, type DimensionRecords } from './cache/dimension-names';
export { DimensionCache, type LookupStats } from './cache/dimension-cache';
export { codeListsFrom } from './cache/code-lists-from';
export { LiveCodeLists } from './cache/live-code-lists';
export { loadDimensionCache, referenceDimensionEntries, type DimensionEntry, type ReferenceContents } from './cache/reference-dimensions';

export {
  DIMENSION_VALUE_SCHEMAS,
  dimensionSchemaTopic,
  entryValue,
  fromDimensionValue,
  toDimensionValue,
  type DimensionValues,
  type VersionedRecord,
} from './avro/dimension-values';

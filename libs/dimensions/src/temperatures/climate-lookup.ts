import { type CountryClimateRecord, type StateClimateRecord } from './climate.types';
import { countryKey } from './country-key';

/** Mean temperatures (°C) by country name or state code and calendar month; null when unknown. */
export interface ClimateLookup {
  countryTemperature(countryName: string, month: number): number | null;
  stateTemperature(stateCode: string, month: number): number | null;
}

/**
 * Builds lookups over climate records. Country names go through `countryKey`, so I94 spellings
 * ('MEXICO Air Sea, and Not Reported (I-94, no land arrivals)', 'INVALID: UNITED STATES') find
 * the temperature file's 'Mexico' and 'United States'.
 */
export function createClimateLookup(
  countries: readonly CountryClimateRecord[],
  states: readonly StateClimateRecord[],
): ClimateLookup {
  const byCountry = monthIndex(countries);
  const byState = monthIndex(states);
  return {
    countryTemperature: (countryName, month) => byCountry.get(`${countryKey(countryName)}|${month}`) ?? null,
    stateTemperature: (stateCode, month) => byState.get(`${stateCode.trim().toUpperCase()}|${month}`) ?? null,
  };
}

function monthIndex(records: readonly (CountryClimateRecord | StateClimateRecord)[]): ReadonlyMap<string, number> {
  const entries = records.flatMap((record) => record.months.map((m) => [`${record.code}|${m.month}`, m.averageTemperature] as const));
  return new Map(entries);
}

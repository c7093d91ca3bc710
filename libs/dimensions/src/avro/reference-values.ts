import {
  type AirportDimension,
  type CountryClimateDimension,
  type CountryMonthlyTemperature,
  type StateClimateDimension,
  type StateDemographicsDimension,
} from '@i94/avro';
import { type AirportRecord } from '../airports/airport.types';
import { type StateDemographicsRecord } from '../demographics/demographics.types';
import { type CountryClimateRecord, type MonthlyTemperature, type StateClimateRecord } from '../temperatures/climate.types';

export const stateDemographicsToValue = (r: StateDemographicsRecord, version: string): StateDemographicsDimension => ({
  code: r.code,
  state: r.state,
  cityCount: r.cityCount,
  totalPopulation: r.totalPopulation,
  malePopulation: r.malePopulation,
  femalePopulation: r.femalePopulation,
  veterans: r.veterans,
  foreignBorn: r.foreignBorn,
  foreignBornShare: r.foreignBornShare,
  medianAge: r.medianAge,
  americanIndianAlaskaNative: r.americanIndianAlaskaNative,
  asian: r.asian,
  blackAfricanAmerican: r.blackAfricanAmerican,
  hispanicLatino: r.hispanicLatino,
  white: r.white,
  version,
});

// Field by field, so a value written with a later schema brings no extra fields into the record.
export const stateDemographicsFromValue = (v: StateDemographicsDimension): StateDemographicsRecord => ({
  code: v.code,
  state: v.state,
  cityCount: v.cityCount,
  totalPopulation: v.totalPopulation,
  malePopulation: v.malePopulation,
  femalePopulation: v.femalePopulation,
  veterans: v.veterans,
  foreignBorn: v.foreignBorn,
  foreignBornShare: v.foreignBornShare,
  medianAge: v.medianAge,
  americanIndianAlaskaNative: v.americanIndianAlaskaNative,
  asian: v.asian,
  blackAfricanAmerican: v.blackAfricanAmerican,
  hispanicLatino: v.hispanicLatino,
  white: v.white,
});

// The topic carries only each month's mean: the observation count is a detail of how the file was
// averaged, and it comes back as 0 (nothing reads it after publication).
const monthToValue = (m: MonthlyTemperature): CountryMonthlyTemperature => ({ month: m.month, avgTemperatureC: m.averageTemperature });
const monthFromValue = (m: CountryMonthlyTemperature): MonthlyTemperature => ({ month: m.month, averageTemperature: m.avgTemperatureC, observations: 0 });

export const countryClimateToValue = (r: CountryClimateRecord, version: string): CountryClimateDimension => ({
  code: r.code,
  country: r.country,
  cities: [...r.cities],
  months: r.months.map(monthToValue),
  version,
});

export const countryClimateFromValue = (v: CountryClimateDimension): CountryClimateRecord => ({
  code: v.code,
  country: v.country,
  cities: [...v.cities],
  months: v.months.map(monthFromValue),
});

export const stateClimateToValue = (r: StateClimateRecord, version: string): StateClimateDimension => ({
  code: r.code,
  cities: [...r.cities],
  months: r.months.map(monthToValue),
  version,
});

export const stateClimateFromValue = (v: StateClimateDimension): StateClimateRecord => ({
  code: v.code,
  cities: [...v.cities],
  months: v.months.map(monthFromValue),
});

export const airportToValue = (r: AirportRecord, version: string): AirportDimension => ({
  code: r.code,
  type: r.type,
  name: r.name,
  elevationFt: r.elevationFt,
  continent: r.continent,
  isoCountry: r.isoCountry,
  isoRegion: r.isoRegion,
  municipality: r.municipality,
  gpsCode: r.gpsCode,
  iataCode: r.iataCode,
  localCode: r.localCode,
  state: r.state,
  longitude: r.longitude,
  latitude: r.latitude,
  version,
});

export const airportFromValue = (v: AirportDimension): AirportRecord => ({
  code: v.code,
  type: v.type,
  name: v.name,
  elevationFt: v.elevationFt,
  continent: v.continent,
  isoCountry: v.isoCountry,
  isoRegion: v.isoRegion,
  municipality: v.municipality,
  gpsCode: v.gpsCode,
  iataCode: v.iataCode,
  localCode: v.localCode,
  state: v.state,
  longitude: v.longitude,
  latitude: v.latitude,
});

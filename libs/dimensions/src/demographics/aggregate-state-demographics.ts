import { groupBy } from '../util/group-by';
import { type CityDemographicsRecord, type StateDemographicsRecord } from './demographics.types';
import { RACE_COLUMNS } from './race-columns';

/**
 * Adds up cities per state code. Each city counts once (the per-race repetition is already gone
 * in `CityDemographicsRecord`); figures a city does not report are left out of the sums rather
 * than read as zero (null when no city reports them), and the foreign-born share and the
 * population-weighted median age use only the cities that report them.
 */
export function aggregateStateDemographics(cities: readonly CityDemographicsRecord[]): StateDemographicsRecord[] {
  return [...groupBy(cities, (city) => city.stateCode).entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, members]) => aggregateState(code, members));
}

type RaceSums = Pick<StateDemographicsRecord, (typeof RACE_COLUMNS)[number]>;

function aggregateState(code: string, cities: readonly CityDemographicsRecord[]): StateDemographicsRecord {
  const sum = (pick: (city: CityDemographicsRecord) => number | null): number | null => sumReported(cities.map(pick));
  const reportingForeignBorn = cities.filter((city) => city.foreignBorn !== null);
  const reportingAge = cities.filter((city) => city.medianAge !== null);
  const races = Object.fromEntries(RACE_COLUMNS.map((race) => [race, sum((city) => city[race])])) as RaceSums;
  return {
    code,
    state: cities[0].state,
    cityCount: cities.length,
    totalPopulation: cities.reduce((total, city) => total + city.totalPopulation, 0),
    malePopulation: sum((city) => city.malePopulation),
    femalePopulation: sum((city) => city.femalePopulation),
    veterans: sum((city) => city.veterans),
    foreignBorn: sum((city) => city.foreignBorn),
    foreignBornShare: ratio(reportingForeignBorn, (city) => city.foreignBorn ?? 0),
    medianAge: ratio(reportingAge, (city) => (city.medianAge ?? 0) * city.totalPopulation),
    ...races,
  };
}

/** Sum of the reported values; null when no city reports the figure, so "unknown" is not "zero". */
function sumReported(values: readonly (number | null)[]): number | null {
  const reported = values.filter((value): value is number => value !== null);
  return reported.length === 0 ? null : reported.reduce((total, value) => total + value, 0);
}

/** Sum of `pick` over the cities divided by their population; null for no cities or no people. */
function ratio(cities: readonly CityDemographicsRecord[], pick: (city: CityDemographicsRecord) => number): number | null {
  const population = cities.reduce((total, city) => total + city.totalPopulation, 0);
  return population === 0 ? null : cities.reduce((total, city) => total + pick(city), 0) / population;
}

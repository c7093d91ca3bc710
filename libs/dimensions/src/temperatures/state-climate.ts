import { groupBy } from '../util/group-by';
import { type CityStateIndex, normaliseCityName } from './city-state-index';
import { type StateClimateRecord, type TemperatureObservation } from './climate.types';
import { countryKey } from './country-key';
import { monthlyMeans } from './monthly-means';

/** A US city of the temperature file that no state climate uses, and why. */
export interface UnmatchedCity {
  readonly city: string;
  readonly reason: string;
}

/** State climates plus the US cities that could not be placed in a state. */
export interface StateClimateResult {
  readonly records: readonly StateClimateRecord[];
  readonly unmatched: readonly UnmatchedCity[];
}

const UNITED_STATES = countryKey('United States');

/**
 * Monthly climatology per US state from the US cities of the temperature file. The file has no
 * state column, so each city is placed through `cities` (e.g. built from the demographics); a
 * city that is missing there or whose name exists in several states is left out and reported.
 */
export function buildStateClimates(observations: readonly TemperatureObservation[], cities: CityStateIndex): StateClimateResult {
  const us = observations.filter((o) => countryKey(o.country) === UNITED_STATES);
  const placed: { readonly state: string; readonly observation: TemperatureObservation }[] = [];
  const unmatched: UnmatchedCity[] = [];
  for (const [, rows] of groupBy(us, (o) => normaliseCityName(o.city))) {
    const states = [...(cities.get(normaliseCityName(rows[0].city)) ?? [])].sort();
    if (states.length === 1) placed.push(...rows.map((observation) => ({ state: states[0], observation })));
    else unmatched.push({ city: rows[0].city, reason: unplacedReason(states) });
  }
  const records = [...groupBy(placed, (p) => p.state).entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, rows]): StateClimateRecord => ({
      code,
      cities: [...new Set(rows.map((row) => row.observation.city))].sort(),
      months: monthlyMeans(rows.map((row) => row.observation)),
    }));
  return { records, unmatched };
}

function unplacedReason(states: readonly string[]): string {
  return states.length === 0 ? 'city not in the city-to-state table' : `city name in several states: ${states.join(', ')}`;
}

import { type CountryClimateRecord, type TemperatureObservation } from './climate.types';
import { countryKey } from './country-key';
import { groupBy } from '../util/group-by';
import { monthlyMeans } from './monthly-means';

/**
 * Monthly climatology per country: every city-year observation of a (country, month) weighs the
 * same, so countries with long records in one city lean toward that city. Sorted by code.
 */
export function buildCountryClimates(observations: readonly TemperatureObservation[]): CountryClimateRecord[] {
  return [...groupBy(observations, (o) => countryKey(o.country)).entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, rows]) => ({
      code,
      country: rows[0].country,
      cities: [...new Set(rows.map((row) => row.city))].sort(),
      months: monthlyMeans(rows),
    }));
}

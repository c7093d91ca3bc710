import { type MonthlyTemperature, type TemperatureObservation } from './climate.types';

/** Averages observations per calendar month over all years; months without data are absent. */
export function monthlyMeans(observations: readonly TemperatureObservation[]): MonthlyTemperature[] {
  const sums = new Map<number, { total: number; count: number }>();
  for (const { month, averageTemperature } of observations) {
    const sum = sums.get(month) ?? { total: 0, count: 0 };
    sums.set(month, { total: sum.total + averageTemperature, count: sum.count + 1 });
  }
  return [...sums.entries()]
    .sort(([a], [b]) => a - b)
    .map(([month, { total, count }]) => ({ month, averageTemperature: total / count, observations: count }));
}

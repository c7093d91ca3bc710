/** Normalised city name → the state codes that have a city of that name. */
export type CityStateIndex = ReadonlyMap<string, ReadonlySet<string>>;

/** Upper-cases, strips accents and collapses spaces so 'New  York' and 'NEW YORK' meet. */
export function normaliseCityName(city: string): string {
  return city.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/\s+/g, ' ').trim();
}

/**
 * Indexes cities by name, e.g. from `parseCityDemographics` records or a hand-written list.
 * A name can map to several states ('Portland': ME and OR), which callers must treat as ambiguous.
 */
export function cityStateIndex(cities: Iterable<{ readonly city: string; readonly stateCode: string }>): CityStateIndex {
  const index = new Map<string, Set<string>>();
  for (const { city, stateCode } of cities) {
    const key = normaliseCityName(city);
    const states = index.get(key) ?? new Set<string>();
    states.add(stateCode);
    index.set(key, states);
  }
  return index;
}

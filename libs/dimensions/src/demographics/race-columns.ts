import { type RaceCounts } from './demographics.types';

/** The race columns in a fixed order, for pivoting and summing. */
export const RACE_COLUMNS: readonly (keyof RaceCounts)[] = [
  'americanIndianAlaskaNative',
  'asian',
  'blackAfricanAmerican',
  'hispanicLatino',
  'white',
];

const BY_LABEL: ReadonlyMap<string, keyof RaceCounts> = new Map([
  ['americanindianandalaskanative', 'americanIndianAlaskaNative'],
  ['asian', 'asian'],
  ['blackorafricanamerican', 'blackAfricanAmerican'],
  ['hispanicorlatino', 'hispanicLatino'],
  ['white', 'white'],
]);

/** Maps a `Race` label of the file to its column; case, spaces and hyphens do not matter. */
export function raceColumn(label: string): keyof RaceCounts | null {
  return BY_LABEL.get(label.toLowerCase().replace(/[^a-z]/g, '')) ?? null;
}

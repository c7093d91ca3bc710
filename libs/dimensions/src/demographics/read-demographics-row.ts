import { type CsvRow } from '../text/parse-csv';
import { normaliseSpace } from '../text/normalise-space';
import { parseOptionalNumber } from '../text/parse-number';
import { widthError, type RowError } from '../text/read-table';
import { type RaceCounts } from './demographics.types';
import { raceColumn } from './race-columns';

/** Header names of the demographics file, by field. */
export const DEMOGRAPHICS_COLUMNS = {
  city: 'City',
  state: 'State',
  medianAge: 'Median Age',
  malePopulation: 'Male Population',
  femalePopulation: 'Female Population',
  totalPopulation: 'Total Population',
  veterans: 'Number of Veterans',
  foreignBorn: 'Foreign-born',
  averageHouseholdSize: 'Average Household Size',
  stateCode: 'State Code',
  race: 'Race',
  count: 'Count',
} as const;

type Column = keyof typeof DEMOGRAPHICS_COLUMNS;
const NUMERIC = [
  'medianAge',
  'malePopulation',
  'femalePopulation',
  'totalPopulation',
  'veterans',
  'foreignBorn',
  'averageHouseholdSize',
  'count',
] as const;
type NumericColumn = (typeof NUMERIC)[number];

/** One line of the file: city-level figures (repeated on every race line) plus one race count. */
export interface DemographicsRow {
  readonly city: string;
  readonly state: string;
  readonly stateCode: string;
  readonly numbers: Readonly<Record<Exclude<NumericColumn, 'totalPopulation' | 'count'>, number | null>>;
  readonly totalPopulation: number;
  readonly race: keyof RaceCounts;
  readonly count: number;
}

/** Reads one data line, or says why it cannot be used. */
export function readDemographicsRow(row: CsvRow, index: Readonly<Record<Column, number>>, width: number): DemographicsRow | RowError {
  const wrongWidth = widthError(row, width);
  if (wrongWidth) return wrongWidth;
  const text = (column: Column): string => normaliseSpace(row.fields[index[column]]);
  const numbers: Partial<Record<NumericColumn, number | null>> = {};
  for (const column of NUMERIC) {
    const parsed = parseOptionalNumber(text(column));
    if (!parsed.ok) return { error: `${DEMOGRAPHICS_COLUMNS[column]} is not a number: ${text(column)}` };
    numbers[column] = parsed.value;
  }
  const { totalPopulation, count, ...rest } = numbers as Record<NumericColumn, number | null>;
  const race = raceColumn(text('race'));
  const missing = (['city', 'state', 'stateCode'] as const).find((c) => text(c) === '');
  if (missing) return { error: `missing ${DEMOGRAPHICS_COLUMNS[missing]}` };
  if (totalPopulation === null) return { error: 'missing Total Population' };
  if (race === null) return { error: `unknown race: ${text('race')}` };
  if (count === null) return { error: 'missing Count' };
  const stateCode = text('stateCode').toUpperCase();
  return { city: text('city'), state: text('state'), stateCode, numbers: rest, totalPopulation, race, count };
}

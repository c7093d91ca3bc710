import { type ParseResult, type SkippedLine } from '../parse-result';
import { readTable } from '../text/read-table';
import { type CityDemographicsRecord } from './demographics.types';
import { DEMOGRAPHICS_COLUMNS, readDemographicsRow, type DemographicsRow } from './read-demographics-row';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
interface CityEntry {
  readonly firstLine: number;
  readonly record: Mutable<CityDemographicsRecord>;
}

/**
 * Parses `us-cities-demographics.csv` (`;`-separated, one line per city and race) into one record
 * per city, the race lines pivoted into columns. City figures repeat on each race line; a line
 * whose repeated figures disagree with the city's first line, or that repeats a race, is skipped.
 */
export function parseCityDemographics(content: string): ParseResult<CityDemographicsRecord> {
  const table = readTable(content, DEMOGRAPHICS_COLUMNS, ';');
  if (!table.ok) return { records: [], skipped: table.skipped };
  const cities = new Map<string, CityEntry>();
  const skipped: SkippedLine[] = [...table.skipped];
  for (const row of table.rows) {
    const read = readDemographicsRow(row, table.index, table.width);
    const problem = 'error' in read ? read.error : addRow(cities, read, row.line);
    if (problem !== null) skipped.push({ line: row.line, reason: problem });
  }
  return { records: [...cities.values()].map((entry) => entry.record), skipped: skipped.sort((a, b) => a.line - b.line) };
}

function addRow(cities: Map<string, CityEntry>, row: DemographicsRow, line: number): string | null {
  const code = `${row.stateCode}:${row.city}`;
  const entry = cities.get(code);
  if (!entry) {
    cities.set(code, { firstLine: line, record: { ...newCity(code, row), [row.race]: row.count } });
    return null;
  }
  if (!sameCityFigures(entry.record, row)) return `city figures differ from line ${entry.firstLine}`;
  if (entry.record[row.race] !== null) return `duplicate ${row.race} line for ${code}`;
  entry.record[row.race] = row.count;
  return null;
}

function newCity(code: string, row: DemographicsRow): Mutable<CityDemographicsRecord> {
  return {
    code,
    city: row.city,
    state: row.state,
    stateCode: row.stateCode,
    ...row.numbers,
    totalPopulation: row.totalPopulation,
    americanIndianAlaskaNative: null,
    asian: null,
    blackAfricanAmerican: null,
    hispanicLatino: null,
    white: null,
  };
}

function sameCityFigures(city: CityDemographicsRecord, row: DemographicsRow): boolean {
  const figures = Object.entries(row.numbers) as [keyof DemographicsRow['numbers'], number | null][];
  const sameFigures = figures.every(([key, value]) => city[key] === value);
  return sameFigures && city.state === row.state && city.totalPopulation === row.totalPopulation;
}

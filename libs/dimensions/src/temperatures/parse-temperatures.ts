import { type ParseResult, type SkippedLine } from '../parse-result';
import { normaliseSpace } from '../text/normalise-space';
import { type CsvRow } from '../text/parse-csv';
import { parseOptionalNumber } from '../text/parse-number';
import { readTable, widthError, type RowError } from '../text/read-table';
import { type TemperatureObservation } from './climate.types';

const COLUMNS = {
  dt: 'dt',
  averageTemperature: 'AverageTemperature',
  uncertainty: 'AverageTemperatureUncertainty',
  city: 'City',
  country: 'Country',
  latitude: 'Latitude',
  longitude: 'Longitude',
} as const;
type Column = keyof typeof COLUMNS;

/**
 * Parses Berkeley Earth temperatures in the Kaggle by-city layout. Rows without a temperature
 * (common in the early years) are skipped with the reason 'missing AverageTemperature', as are
 * rows with a malformed date, temperature, city or country.
 */
export function parseTemperatures(content: string): ParseResult<TemperatureObservation> {
  const table = readTable(content, COLUMNS);
  if (!table.ok) return { records: [], skipped: table.skipped };
  const records: TemperatureObservation[] = [];
  const skipped: SkippedLine[] = [...table.skipped];
  for (const row of table.rows) {
    const read = readObservation(row, table.index, table.width);
    if ('error' in read) skipped.push({ line: row.line, reason: read.error });
    else records.push(read);
  }
  return { records, skipped: skipped.sort((a, b) => a.line - b.line) };
}

function readObservation(row: CsvRow, index: Readonly<Record<Column, number>>, width: number): TemperatureObservation | RowError {
  const wrongWidth = widthError(row, width);
  if (wrongWidth) return wrongWidth;
  const text = (column: Column): string => normaliseSpace(row.fields[index[column]]);
  const date = /^(\d{4})-(\d{2})-\d{2}$/.exec(text('dt'));
  const month = date ? Number(date[2]) : 0;
  if (!date || month < 1 || month > 12) return { error: `dt is not a YYYY-MM-DD date: ${text('dt')}` };
  const temperature = parseOptionalNumber(text('averageTemperature'));
  if (!temperature.ok) return { error: `AverageTemperature is not a number: ${text('averageTemperature')}` };
  if (temperature.value === null) return { error: 'missing AverageTemperature' };
  if (text('city') === '' || text('country') === '') return { error: 'missing City or Country' };
  const uncertainty = parseOptionalNumber(text('uncertainty'));
  return {
    line: row.line,
    year: Number(date[1]),
    month,
    averageTemperature: temperature.value,
    uncertainty: uncertainty.ok ? uncertainty.value : null,
    city: text('city'),
    country: text('country'),
    latitude: parseDegrees(text('latitude'), 'N', 'S'),
    longitude: parseDegrees(text('longitude'), 'E', 'W'),
  };
}

/** Reads '5.63N' or '3.23W' style degrees; the second hemisphere letter makes the value negative. */
export function parseDegrees(text: string, positive: string, negative: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([A-Za-z])$/.exec(text.trim());
  const hemisphere = match?.[2].toUpperCase();
  if (!match || (hemisphere !== positive && hemisphere !== negative)) return null;
  return hemisphere === negative ? -Number(match[1]) : Number(match[1]);
}

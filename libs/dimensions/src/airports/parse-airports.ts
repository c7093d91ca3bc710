import { type SkippedLine } from '../parse-result';
import { type CsvRow } from '../text/parse-csv';
import { parseOptionalNumber } from '../text/parse-number';
import { readTable, widthError, type RowError } from '../text/read-table';
import { US_STATE_CODES } from '../us-state-codes';
import { type AirportRecord } from './airport.types';
import { parseCoordinates } from './parse-coordinates';

const COLUMNS = {
  ident: 'ident',
  type: 'type',
  name: 'name',
  elevationFt: 'elevation_ft',
  continent: 'continent',
  isoCountry: 'iso_country',
  isoRegion: 'iso_region',
  municipality: 'municipality',
  gpsCode: 'gps_code',
  iataCode: 'iata_code',
  localCode: 'local_code',
  coordinates: 'coordinates',
} as const;
type Column = keyof typeof COLUMNS;

/** How many kept rows lack each optional field: the rows stay, the gaps are counted. */
export interface AirportGaps {
  readonly gpsCode: number;
  readonly iataCode: number;
  readonly localCode: number;
  readonly municipality: number;
  readonly coordinates: number;
  readonly elevationFt: number;
}

/** Airports, refused lines, and the count of kept rows with missing codes or fields. */
export interface AirportParseResult {
  readonly records: readonly AirportRecord[];
  readonly skipped: readonly SkippedLine[];
  readonly gaps: AirportGaps;
}

/**
 * Parses `airport-codes_csv` (OurAirports). Rows without IATA, GPS or local codes are kept (most
 * small fields have none) and counted in `gaps`; rows without ident, type, name or country, with
 * the wrong number of fields, or cut off mid-quote (the partial file's last line) are skipped.
 * Unreadable coordinates or elevation become null and are counted in `gaps` as well.
 */
export function parseAirports(content: string): AirportParseResult {
  const table = readTable(content, COLUMNS);
  if (!table.ok) return { records: [], skipped: table.skipped, gaps: countGaps([]) };
  const records: AirportRecord[] = [];
  const skipped: SkippedLine[] = [...table.skipped];
  for (const row of table.rows) {
    const read = readAirport(row, table.index, table.width);
    if ('error' in read) skipped.push({ line: row.line, reason: read.error });
    else records.push(read);
  }
  return { records, skipped: skipped.sort((a, b) => a.line - b.line), gaps: countGaps(records) };
}

function readAirport(row: CsvRow, index: Readonly<Record<Column, number>>, width: number): AirportRecord | RowError {
  const wrongWidth = widthError(row, width);
  if (wrongWidth) return wrongWidth;
  const text = (column: Column): string => row.fields[index[column]].trim();
  const optional = (column: Column): string | null => (text(column) === '' ? null : text(column));
  const required = (['ident', 'type', 'name', 'isoCountry'] as const).find((column) => text(column) === '');
  if (required) return { error: `missing ${COLUMNS[required]}` };
  const elevation = parseOptionalNumber(text('elevationFt'));
  const coordinates = parseCoordinates(text('coordinates'));
  return {
    code: text('ident'),
    type: text('type'),
    name: text('name'),
    elevationFt: elevation.ok ? elevation.value : null,
    continent: optional('continent'),
    isoCountry: text('isoCountry'),
    isoRegion: text('isoRegion'),
    municipality: optional('municipality'),
    gpsCode: optional('gpsCode'),
    iataCode: optional('iataCode'),
    localCode: optional('localCode'),
    state: stateOf(text('isoRegion'), text('isoCountry')),
    longitude: coordinates?.longitude ?? null,
    latitude: coordinates?.latitude ?? null,
  };
}

// US territories have their own ISO country code ('PR', region 'PR-U-A') but are I94 address states.
const TERRITORIES: ReadonlySet<string> = new Set(['PR', 'GU', 'VI', 'AS', 'MP']);

/** The US state or territory of an airport: 'US-NY' gives 'NY', country 'PR' gives 'PR', else null. */
export function stateOf(isoRegion: string, isoCountry: string): string | null {
  const region = /^US-([A-Z]{2})$/.exec(isoRegion);
  if (region) return US_STATE_CODES.has(region[1]) ? region[1] : null;
  return TERRITORIES.has(isoCountry) ? isoCountry : null;
}

function countGaps(records: readonly AirportRecord[]): AirportGaps {
  const count = (missing: (airport: AirportRecord) => boolean): number => records.filter(missing).length;
  return {
    gpsCode: count((a) => a.gpsCode === null),
    iataCode: count((a) => a.iataCode === null),
    localCode: count((a) => a.localCode === null),
    municipality: count((a) => a.municipality === null),
    coordinates: count((a) => a.latitude === null),
    elevationFt: count((a) => a.elevationFt === null),
  };
}

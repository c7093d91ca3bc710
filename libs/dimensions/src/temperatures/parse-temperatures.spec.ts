import { readReference } from '../../test/reference-files';
import { parseDegrees, parseTemperatures } from './parse-temperatures';

const HEADER = 'dt,AverageTemperature,AverageTemperatureUncertainty,City,Country,Latitude,Longitude';

describe('parseTemperatures on the real partial file', () => {
  const { records, skipped } = parseTemperatures(readReference('temperatures'));

  it('reads 5,224 observations and skips the 117 rows without a temperature', () => {
    expect(records).toHaveLength(5224);
    expect(skipped).toHaveLength(117);
    expect(new Set(skipped.map((s) => s.reason))).toEqual(new Set(['missing AverageTemperature']));
  });

  it('has January only: one row per city and year', () => {
    expect(new Set(records.map((o) => o.month))).toEqual(new Set([1]));
  });

  it('reads the first row, under an LF header followed by CRLF rows', () => {
    expect(records[0]).toEqual({
      line: 2, year: 1970, month: 1, averageTemperature: 27.183000000000003, uncertainty: 0.247,
      city: 'Abidjan', country: "Coste D'Ivoire", latitude: 5.63, longitude: -3.23,
    });
  });
});

describe('parseTemperatures quirks', () => {
  it.each([
    ['an empty temperature', '1797-01-01,,,Ahmadabad,India,23.31N,72.52E', 'missing AverageTemperature'],
    ['a month 13', '1990-13-01,1.5,0.1,X,Y,1N,1E', 'dt is not a YYYY-MM-DD date: 1990-13-01'],
    ['a US-style date', '01/01/1990,1.5,0.1,X,Y,1N,1E', 'dt is not a YYYY-MM-DD date: 01/01/1990'],
    ['a word for a temperature', '1990-01-01,warm,0.1,X,Y,1N,1E', 'AverageTemperature is not a number: warm'],
    ['no country', '1990-01-01,1.5,0.1,X,,1N,1E', 'missing City or Country'],
    ['a short line', '1990-01-01,1.5,0.1,X,Y,1N', 'expected 7 fields, found 6'],
  ])('skips %s', (_case, line, reason) => {
    expect(parseTemperatures(`${HEADER}\r\n${line}\r\n`)).toEqual({ records: [], skipped: [{ line: 2, reason }] });
  });

  it('keeps a row with unreadable coordinates and a missing uncertainty', () => {
    const { records } = parseTemperatures(`${HEADER}\n1990-07-01, 21.5 ,,Springfield , United States ,north,\n`);
    expect(records[0]).toMatchObject({ month: 7, averageTemperature: 21.5, uncertainty: null, city: 'Springfield', country: 'United States', latitude: null, longitude: null });
  });
});

describe('parseDegrees', () => {
  it.each([
    ['5.63N', 'N', 'S', 5.63],
    ['34.56S', 'N', 'S', -34.56],
    ['3.23W', 'E', 'W', -3.23],
    ['108.97E', 'E', 'W', 108.97],
    ['108.97N', 'E', 'W', null],
    ['108.97', 'E', 'W', null],
  ])('%s', (text, positive, negative, expected) => {
    expect(parseDegrees(text, positive, negative)).toBe(expected);
  });
});

import { readReference } from '../../test/reference-files';
import { parseCityDemographics } from './parse-city-demographics';

const HEADER =
  'City;State;Median Age;Male Population;Female Population;Total Population;Number of Veterans;Foreign-born;Average Household Size;State Code;Race;Count';

describe('parseCityDemographics on the real file', () => {
  const { records, skipped } = parseCityDemographics(readReference('demographics'));
  const byCode = new Map(records.map((city) => [city.code, city]));

  it('pivots 2,891 race lines into 596 cities in 49 state codes and skips nothing', () => {
    expect(records).toHaveLength(596);
    expect(new Set(records.map((city) => city.stateCode)).size).toBe(49);
    expect(skipped).toEqual([]);
  });

  it('reads Silver Spring, MD with all five races', () => {
    expect(byCode.get('MD:Silver Spring')).toEqual({
      code: 'MD:Silver Spring',
      city: 'Silver Spring',
      state: 'Maryland',
      stateCode: 'MD',
      medianAge: 33.8,
      malePopulation: 40601,
      femalePopulation: 41862,
      totalPopulation: 82463,
      veterans: 1562,
      foreignBorn: 30908,
      averageHouseholdSize: 2.6,
      americanIndianAlaskaNative: 1084,
      asian: 8841,
      blackAfricanAmerican: 21330,
      hispanicLatino: 25924,
      white: 37756,
    });
  });

  it.each([
    // missing male/female/household size and no American Indian or Asian line
    ['FL:The Villages', { totalPopulation: 72590, malePopulation: null, averageHouseholdSize: null, asian: null, white: 72211 }],
    // Puerto Rico reports no veterans, foreign-born or household size
    ['PR:San Juan', { totalPopulation: 342237, veterans: null, foreignBorn: null, averageHouseholdSize: null }],
    // accents survive the UTF-8 read
    ['PR:Mayagüez', { totalPopulation: 66581 }],
    // the doubled space of 'Lexington-Fayette  county' is collapsed
    ['KY:Lexington-Fayette county', { totalPopulation: 314488 }],
    ['HI:Urban Honolulu', { totalPopulation: 352766, foreignBorn: 101312, asian: 240978 }],
    ['NY:New York', { totalPopulation: 8550405, medianAge: 36 }],
  ])('%s', (code, expected) => {
    expect(byCode.get(code)).toMatchObject(expected);
  });
});

describe('parseCityDemographics quirks', () => {
  it('reads CRLF, trailing spaces and missing values', () => {
    const content = `${HEADER}\r\nA Town ;Somestate;30.5;;;1000;;;;ST ;White;900\r\nA Town;Somestate;30.5;;;1000;;;;ST;Asian;50\r\n`;
    const { records, skipped } = parseCityDemographics(content);
    expect(skipped).toEqual([]);
    expect(records).toEqual([
      expect.objectContaining({ code: 'ST:A Town', malePopulation: null, veterans: null, totalPopulation: 1000, white: 900, asian: 50, hispanicLatino: null }),
    ]);
  });

  it.each([
    ['a short line', 'X;Y;30;1;1;2;0;0;2;ST;White', 'expected 12 fields, found 11'],
    ['a word where a number belongs', 'X;Y;thirty;1;1;2;0;0;2;ST;White;1', 'Median Age is not a number: thirty'],
    ['no total population', 'X;Y;30;1;1;;0;0;2;ST;White;1', 'missing Total Population'],
    ['no state code', 'X;Y;30;1;1;2;0;0;2;;White;1', 'missing State Code'],
    ['an unknown race', 'X;Y;30;1;1;2;0;0;2;ST;Martian;1', 'unknown race: Martian'],
  ])('skips %s', (_case, line, reason) => {
    expect(parseCityDemographics(`${HEADER}\n${line}\n`)).toEqual({ records: [], skipped: [{ line: 2, reason }] });
  });

  it('skips a repeated race and city figures that contradict the first line', () => {
    const lines = [HEADER, 'X;Y;30;1;1;2;0;0;2;ST;White;1', 'X;Y;30;1;1;2;0;0;2;ST;White;1', 'X;Y;31;1;1;2;0;0;2;ST;Asian;1'];
    expect(parseCityDemographics(lines.join('\n')).skipped).toEqual([
      { line: 3, reason: 'duplicate white line for ST:X' },
      { line: 4, reason: 'city figures differ from line 2' },
    ]);
  });

  it('refuses a file without the expected columns', () => {
    expect(parseCityDemographics('City;State\nX;Y\n').skipped[0]).toEqual({ line: 1, reason: expect.stringMatching(/^missing columns: Median Age/) });
  });
});

import { readReference } from '../../test/reference-files';
import { parseCountries } from '../sas-labels/parse-countries';
import { countryKey, matchCountryName, normaliseCountryName } from './country-key';
import { parseTemperatures } from './parse-temperatures';

describe('normaliseCountryName', () => {
  it.each([
    ['United States', 'UNITED STATES'],
    ['  ARGENTINA ', 'ARGENTINA'],
    ['ST. KITTS-NEVIS', 'SAINT KITTS NEVIS'],
    ['Saint Kitts And Nevis', 'SAINT KITTS NEVIS'],
    ['BOSNIA-HERZEGOVINA', 'BOSNIA HERZEGOVINA'],
    ['Bosnia And Herzegovina', 'BOSNIA HERZEGOVINA'],
    ["Côte D'Ivoire", 'COTE D IVOIRE'],
    ['Curaçao', 'CURACAO'],
  ])('%j → %j', (name, expected) => {
    expect(normaliseCountryName(name)).toBe(expected);
  });
});

describe('countryKey brings I94 and temperature spellings together', () => {
  it.each([
    ['UNITED STATES', 'United States'],
    ['INVALID: UNITED STATES', 'United States'],
    ['MEXICO Air Sea, and Not Reported (I-94, no land arrivals)', 'Mexico'],
    ['CHINA, PRC', 'China'],
    ['IVORY COAST', "Coste D'Ivoire"],
    ['IVORY COAST', "Côte D'Ivoire"],
    ['ZAIRE', 'Congo (Democratic Republic Of The)'],
    ['BURMA', 'Burma'],
    ['ST. VINCENT-GRENADINES', 'Saint Vincent And The Grenadines'],
    ['TURKS AND CAICOS ISLANDS', 'Turks And Caicas Islands'],
  ])('%j meets %j', (i94, temperature) => {
    expect(countryKey(i94)).toBe(countryKey(temperature));
  });

  it('keeps different countries apart', () => {
    expect(countryKey('CONGO')).not.toBe(countryKey('Congo (Democratic Republic Of The)'));
    expect(countryKey('NIGER')).not.toBe(countryKey('NIGERIA'));
  });
});

describe('matchCountryName on the real files', () => {
  const i94Names = parseCountries(readReference('sas')).records.map((country) => country.name);
  const temperatureNames = [...new Set(parseTemperatures(readReference('temperatures')).records.map((o) => o.country))];

  it('finds an I94 label for each of the 49 temperature countries', () => {
    expect(temperatureNames).toHaveLength(49);
    expect(temperatureNames.filter((name) => matchCountryName(name, i94Names) === null)).toEqual([]);
  });

  it.each([
    ['JAPAN', 'Japan'],
    ['UNITED KINGDOM', 'United Kingdom'],
    ['IVORY COAST', "Coste D'Ivoire"],
    ['ZAIRE', 'Congo (Democratic Republic Of The)'],
    ['AFGHANISTAN', 'Afghanistan'],
    ['ANDORRA', null],
  ])('%s → %s', (i94, expected) => {
    expect(matchCountryName(i94, temperatureNames)).toBe(expected);
  });
});

import { readReference } from '../../test/reference-files';
import { parseCityDemographics } from '../demographics/parse-city-demographics';
import { cityStateIndex } from './city-state-index';
import { createClimateLookup } from './climate-lookup';
import { type TemperatureObservation } from './climate.types';
import { buildCountryClimates } from './country-climate';
import { parseTemperatures } from './parse-temperatures';
import { buildStateClimates } from './state-climate';

const observations = parseTemperatures(readReference('temperatures')).records;
const cities = cityStateIndex(parseCityDemographics(readReference('demographics')).records);
const countries = buildCountryClimates(observations);
const states = buildStateClimates(observations, cities);
const lookup = createClimateLookup(countries, states.records);

describe('country climates from the real partial file', () => {
  it('covers 49 countries, each with January only', () => {
    expect(countries).toHaveLength(49);
    expect(countries.every((country) => country.months.length === 1 && country.months[0].month === 1)).toBe(true);
  });

  it('averages every city-year of Japan (Tokyo and Nagoya)', () => {
    expect(countries.find((country) => country.code === 'JAPAN')).toEqual({
      code: 'JAPAN',
      country: 'Japan',
      cities: ['Nagoya', 'Tokyo'],
      months: [{ month: 1, averageTemperature: expect.closeTo(3.1253182, 6), observations: 88 }],
    });
  });

  it.each([
    ['JAPAN', 1, 3.1253182],
    ['UNITED STATES', 1, 0.0802944],
    ['INVALID: UNITED STATES', 1, 0.0802944],
    ['MEXICO Air Sea, and Not Reported (I-94, no land arrivals)', 1, 12.5771591],
    ['IVORY COAST', 1, 27.0806136],
    ['ZAIRE', 1, 24.6229091],
    ['CHINA, PRC', 1, -2.4354773],
  ])('countryTemperature(%j, %i) ≈ %d', (name, month, expected) => {
    expect(lookup.countryTemperature(name, month)).toBeCloseTo(expected, 6);
  });

  it.each([
    ['JAPAN', 7],
    ['ANDORRA', 1],
  ])('countryTemperature(%j, %i) is null: no data', (name, month) => {
    expect(lookup.countryTemperature(name, month)).toBeNull();
  });
});

describe('state climates from the US cities of the real partial file', () => {
  it('places Chicago, Los Angeles and New York through the demographics cities', () => {
    expect(states.unmatched).toEqual([]);
    expect(states.records.map((state) => [state.code, state.cities])).toEqual([
      ['CA', ['Los Angeles']],
      ['IL', ['Chicago']],
      ['NY', ['New York']],
    ]);
  });

  it.each([
    ['IL', -1.0162447],
    ['ca', 9.5620909],
    ['NY', -3.2973871],
  ])('stateTemperature(%j, 1) ≈ %d', (code, expected) => {
    expect(lookup.stateTemperature(code, 1)).toBeCloseTo(expected, 6);
  });

  it('is null for a state without a city in the file', () => {
    expect(lookup.stateTemperature('HI', 1)).toBeNull();
  });
});

describe('buildStateClimates with cities it cannot place', () => {
  const observation = (city: string, country: string, month: number, averageTemperature: number): TemperatureObservation => ({
    line: 0, year: 2000, month, averageTemperature, uncertainty: null, city, country, latitude: null, longitude: null,
  });

  it('reports a missing and an ambiguous city and averages per month', () => {
    const rows = [
      observation('Portland', 'United States', 1, 5),
      observation('Atlantis', 'United States', 1, 20),
      observation('Boise', 'United States', 1, -1),
      observation('Boise', 'United States', 1, -3),
      observation('Boise', 'United States', 7, 24),
      observation('Boise', 'Canada', 1, -30),
    ];
    const index = cityStateIndex([
      { city: 'Portland', stateCode: 'OR' },
      { city: 'Portland', stateCode: 'ME' },
      { city: 'BOISE', stateCode: 'ID' },
    ]);
    expect(buildStateClimates(rows, index)).toEqual({
      records: [
        {
          code: 'ID',
          cities: ['Boise'],
          months: [
            { month: 1, averageTemperature: -2, observations: 2 },
            { month: 7, averageTemperature: 24, observations: 1 },
          ],
        },
      ],
      unmatched: [
        { city: 'Portland', reason: 'city name in several states: ME, OR' },
        { city: 'Atlantis', reason: 'city not in the city-to-state table' },
      ],
    });
  });
});

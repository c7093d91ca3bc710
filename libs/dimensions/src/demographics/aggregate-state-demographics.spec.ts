import { readReference } from '../../test/reference-files';
import { aggregateStateDemographics } from './aggregate-state-demographics';
import { parseCityDemographics } from './parse-city-demographics';
import { type CityDemographicsRecord } from './demographics.types';

describe('aggregateStateDemographics on the real file', () => {
  const states = aggregateStateDemographics(parseCityDemographics(readReference('demographics')).records);
  const byCode = new Map(states.map((state) => [state.code, state]));

  it('gives 49 states whose populations add up to each city counted once', () => {
    expect(states).toHaveLength(49);
    // summing every race line instead would give 575,212,959
    expect(states.reduce((total, state) => total + state.totalPopulation, 0)).toBe(116712213);
  });

  it('adds up the 9 Nevada cities', () => {
    const nevada = byCode.get('NV');
    expect(nevada).toMatchObject({
      state: 'Nevada',
      cityCount: 9,
      totalPopulation: 2240744,
      malePopulation: 1118645,
      femalePopulation: 1122099,
      foreignBorn: 481337,
      americanIndianAlaskaNative: 35390,
      asian: 254593,
      blackAfricanAmerican: 269791,
      hispanicLatino: 689798,
      white: 1531724,
    });
    expect(nevada?.foreignBornShare).toBeCloseTo(0.2148112, 6);
    expect(nevada?.medianAge).toBeCloseTo(36.6177214, 6);
  });

  it.each([
    ['HI', 1, 352766, 0.2871932],
    ['CA', 137, 24822460, 0.3000612],
    ['PR', 7, 990226, null],
  ])('%s: %i cities, population %i, foreign-born share %s', (code, cityCount, totalPopulation, share) => {
    const state = byCode.get(code);
    expect(state).toMatchObject({ cityCount, totalPopulation });
    if (share === null) expect(state).toMatchObject({ foreignBorn: null, foreignBornShare: null, veterans: null });
    else expect(state?.foreignBornShare).toBeCloseTo(share, 6);
  });
});

describe('aggregateStateDemographics weighting', () => {
  const city = (name: string, totalPopulation: number, medianAge: number | null, foreignBorn: number | null): CityDemographicsRecord => ({
    code: `ST:${name}`, city: name, state: 'Somestate', stateCode: 'ST', medianAge, malePopulation: null, femalePopulation: null,
    totalPopulation, veterans: null, foreignBorn, averageHouseholdSize: null,
    americanIndianAlaskaNative: null, asian: 10, blackAfricanAmerican: null, hispanicLatino: null, white: null,
  });

  it('weights median age by population and leaves unreported figures out', () => {
    const [state] = aggregateStateDemographics([city('A', 300, 30, 30), city('B', 100, 50, null), city('C', 100, null, 20)]);
    expect(state.medianAge).toBeCloseTo((300 * 30 + 100 * 50) / 400, 10);
    expect(state.foreignBornShare).toBeCloseTo(50 / 400, 10);
    expect(state).toMatchObject({ cityCount: 3, totalPopulation: 500, malePopulation: null, asian: 30, white: null });
  });
});

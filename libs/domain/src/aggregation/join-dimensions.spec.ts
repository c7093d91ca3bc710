import { type AggregationLookups, stateDimensionFacts } from './join-dimensions';

// Strict fake: any lookup a case does not expect fails the test.
function strictLookups(expected: Partial<AggregationLookups>): AggregationLookups {
  const refuse = (name: string) => () => {
    throw new Error(`unexpected ${name} lookup`);
  };
  return { state: refuse('state'), stateDemographics: refuse('stateDemographics'), stateTemperature: refuse('stateTemperature'), ...expected };
}

const NULL_RACES = { americanIndianAlaskaNative: null, asian: null, blackAfricanAmerican: null, hispanicLatino: null, white: null };

describe('stateDimensionFacts', () => {
  it('looks nothing up for 99 but its name', () => {
    const lookups = strictLookups({ state: () => ({ name: 'All Other Codes' }) });
    expect(stateDimensionFacts('99', '2016-04', lookups)).toEqual({
      stateName: 'All Other Codes', population: null, malePopulation: null, femalePopulation: null, foreignBorn: null, foreignBornShare: null,
      medianAge: null, raceCounts: NULL_RACES, averageTemperatureC: null,
    });
  });

  it('asks no temperature for an unknown month, and the calendar month otherwise', () => {
    const months: number[] = [];
    const lookups = strictLookups({ state: () => null, stateDemographics: () => null, stateTemperature: (_code, month) => (months.push(month), 21.5) });
    expect(stateDimensionFacts('HI', 'unknown', lookups).averageTemperatureC).toBeNull();
    expect(stateDimensionFacts('HI', '2016-04', lookups).averageTemperatureC).toBe(21.5);
    expect(months).toEqual([4]);
  });

  it('copies a state record of @i94/dimensions field by field', () => {
    // Urban Honolulu, the only Hawaiian city of us-cities-demographics.csv, as DimensionCache returns it.
    const honolulu = {
      code: 'HI', state: 'Hawaii', cityCount: 1, totalPopulation: 352766, malePopulation: 176807, femalePopulation: 175959, veterans: 23213,
      foreignBorn: 101312, foreignBornShare: 101312 / 352766, medianAge: 41.4, americanIndianAlaskaNative: 5592, asian: 240978,
      blackAfricanAmerican: 11781, hispanicLatino: 24586, white: 110508,
    };
    const lookups = strictLookups({ state: () => ({ code: 'HI', name: 'HAWAII' }), stateDemographics: () => honolulu, stateTemperature: () => null });
    expect(stateDimensionFacts('HI', '2016-04', lookups)).toEqual({
      stateName: 'HAWAII', population: 352766, malePopulation: 176807, femalePopulation: 175959, foreignBorn: 101312,
      foreignBornShare: 101312 / 352766, medianAge: 41.4, averageTemperatureC: null,
      raceCounts: { americanIndianAlaskaNative: 5592, asian: 240978, blackAfricanAmerican: 11781, hispanicLatino: 24586, white: 110508 },
    });
  });
});

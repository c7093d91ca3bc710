import { type ArrivalFacts } from './arrival-facts';
import { StateMonthAggregator } from './state-month-aggregator';

const base: ArrivalFacts = {
  state: 'HI', month: '2016-04', gender: 'female', visa: 'pleasure', mode: 'air', age: 61, stayDays: 7, residenceCountry: 'JAPAN', port: 'HHW',
};
const fact = (overrides: Partial<ArrivalFacts>): ArrivalFacts => ({ ...base, ...overrides });
const figuresOf = (facts: ArrivalFacts[]) => {
  const aggregator = new StateMonthAggregator();
  facts.forEach((f) => aggregator.add(f));
  return aggregator.figures();
};

describe('StateMonthAggregator', () => {
  it('counts every bucket, so each family adds up to the arrivals', () => {
    const [figures] = figuresOf([
      fact({}),
      fact({ gender: 'male', visa: 'business', mode: 'sea', port: 'HON' }),
      fact({ gender: 'genderUnknown', visa: 'student', mode: 'land' }),
      fact({ gender: 'genderUnknown', visa: 'visaUnknown', mode: 'modeNotReported', age: null, stayDays: null, residenceCountry: null, port: null }),
    ]);
    expect(figures).toMatchObject({
      state: 'HI', month: '2016-04', arrivals: 4, male: 1, female: 1, genderUnknown: 2, business: 1, pleasure: 1, student: 1, visaUnknown: 1,
      air: 1, sea: 1, land: 1, modeNotReported: 1, averageAge: 61, averageStayDays: 7, medianStayDays: 7, distinctPorts: 2,
      topResidenceCountries: [{ country: 'JAPAN', arrivals: 3 }],
    });
  });

  it.each<[string, (number | null)[], number | null, number | null]>([
    ['odd', [3, 30, 1], 3, 34 / 3],
    ['even', [3, 30, 1, 10], 6.5, 11],
    ['nulls left out', [null, 4, null, 2], 3, 3],
    ['none known', [null, null], null, null],
  ])('median and mean stay: %s', (_name, stays, median, mean) => {
    const [figures] = figuresOf(stays.map((stayDays) => fact({ stayDays })));
    expect(figures.medianStayDays).toBe(median);
    expect(figures.averageStayDays).toBe(mean);
  });

  it('averages ages over the arrivals that have one', () => {
    expect(figuresOf([fact({ age: 20 }), fact({ age: null }), fact({ age: 41 })])[0].averageAge).toBe(30.5);
  });

  it('keeps the top 5 residence countries, ties by name', () => {
    const countries = ['MEXICO', 'MEXICO', 'MEXICO', 'JAPAN', 'FRANCE', 'CHINA, PRC', 'BRAZIL', 'INDIA', 'GERMANY', 'GERMANY', null, null, null, null];
    const [figures] = figuresOf(countries.map((residenceCountry) => fact({ residenceCountry })));
    expect(figures.topResidenceCountries).toEqual([
      { country: 'MEXICO', arrivals: 3 },
      { country: 'GERMANY', arrivals: 2 },
      { country: 'BRAZIL', arrivals: 1 },
      { country: 'CHINA, PRC', arrivals: 1 },
      { country: 'FRANCE', arrivals: 1 },
    ]);
  });

  it('sorts by month then state, unknown months last', () => {
    const figures = figuresOf([
      fact({ state: 'NY', month: 'unknown' }),
      fact({ state: 'NY', month: '2016-05' }),
      fact({ state: '99', month: '2016-05' }),
      fact({ state: 'CA', month: '2016-04' }),
      fact({ state: 'NY', month: '2016-04' }),
      fact({ state: 'CA', month: '2016-04' }),
    ]);
    expect(figures.map((f) => `${f.month} ${f.state} ${f.arrivals}`)).toEqual(['2016-04 CA 2', '2016-04 NY 1', '2016-05 99 1', '2016-05 NY 1', 'unknown NY 1']);
  });
});

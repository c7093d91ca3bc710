import { type AggregationRow } from './arrival-facts';
import { type AggregationLookups } from './join-dimensions';
import { aggregateVersion, type AggregationRun, type StateMonthAggregate, stateMonthAggregates } from './state-month-aggregate';

const lookups: AggregationLookups = {
  state: (code) => ({ HI: { name: 'HAWAII' }, NY: { name: 'NEW YORK' }, '99': { name: 'All Other Codes' } })[code] ?? null,
  stateDemographics: (code) =>
    code === 'HI'
      ? { totalPopulation: 352766, malePopulation: 176807, femalePopulation: 175959, foreignBorn: 101312, foreignBornShare: 101312 / 352766,
          medianAge: 41.4, americanIndianAlaskaNative: 5592, asian: 240978, blackAfricanAmerican: 11781, hispanicLatino: 24586, white: 110508 }
      : null,
  stateTemperature: (code, month) => (code === 'NY' && month === 4 ? 8.6 : null),
};
const run: AggregationRun = {
  computedAt: 1_700_000_000_000,
  lineage: [
    { objectKey: 'rollups/month=2016-04/p=1/00000000000000000100.parquet', partition: 1, startOffset: 100, endOffset: 101, rows: 2 },
    { objectKey: 'rollups/month=2016-04/p=0/00000000000000000000.parquet', partition: 0, startOffset: 0, endOffset: 5, rows: 6 },
  ],
};

// Rows shaped after sample lines (line 2 cicid 4084316 to HI; others varied from it).
const base: AggregationRow = {
  cicid: 4084316, destinationState: 'HI', arrivalMonth: '2016-04', gender: 'F', i94visa: 2, i94mode: 1, age: 61, stayDays: 7,
  residenceCountry: 'JAPAN', i94port: 'HHW', portName: 'HONOLULU, HI', kafkaPartition: 0, kafkaOffset: 0,
};
const rows: AggregationRow[] = [
  base,
  { ...base, cicid: 2, kafkaOffset: 1, gender: 'M', stayDays: 3 },
  { ...base, cicid: 3, kafkaOffset: 2, destinationState: 'NY', i94port: 'NYC', portName: 'NEW YORK, NY', residenceCountry: 'FRANCE' },
  { ...base, cicid: 4, kafkaOffset: 3, destinationState: '99', gender: null, i94visa: null, i94mode: null },
  { ...base, cicid: 5, kafkaOffset: 4, arrivalMonth: null },
  { ...base, cicid: 2, kafkaOffset: 5, gender: 'M', stayDays: 4 }, // re-enriched copy of cicid 2: replaces offset 1
  { ...base, cicid: 6, kafkaPartition: 1, kafkaOffset: 100, destinationState: 'NY', gender: 'X' },
  { ...base, cicid: 3, kafkaPartition: 1, kafkaOffset: 101, destinationState: 'NY', i94port: 'NYC', portName: 'NEW YORK, NY', residenceCountry: 'FRANCE' },
];

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 16807) % 2147483647;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const byKey = (aggregates: StateMonthAggregate[]) => Object.fromEntries(aggregates.map((a) => [`${a.state}|${a.month}`, a]));

describe('stateMonthAggregates', () => {
  const aggregates = stateMonthAggregates(rows, lookups, run);

  it('counts each cicid once, by its latest copy', () => {
    const all = byKey(aggregates);
    expect(aggregates.map((a) => `${a.month} ${a.state}`)).toEqual(['2016-04 99', '2016-04 HI', '2016-04 NY', 'unknown HI']);
    expect(all['HI|2016-04']).toMatchObject({ arrivals: 2, inputRows: 3, male: 1, female: 1, averageStayDays: 5.5, medianStayDays: 5.5 });
    expect(all['NY|2016-04']).toMatchObject({ arrivals: 2, inputRows: 3, female: 1, genderUnknown: 1, distinctPorts: 2, averageTemperatureC: 8.6 });
    expect(all['NY|2016-04'].topResidenceCountries).toEqual([{ country: 'FRANCE', arrivals: 1 }, { country: 'JAPAN', arrivals: 1 }]);
    expect(all['99|2016-04']).toMatchObject({ stateName: 'All Other Codes', genderUnknown: 1, visaUnknown: 1, modeNotReported: 1, population: null });
    expect(all['HI|unknown']).toMatchObject({ arrivals: 1, averageTemperatureC: null, population: 352766 });
    expect(aggregates.reduce((sum, a) => sum + a.arrivals, 0)).toBe(6);
  });

  it('joins the state facts and sorts the lineage', () => {
    const hawaii = byKey(aggregates)['HI|2016-04'];
    expect(hawaii).toMatchObject({ stateName: 'HAWAII', foreignBorn: 101312, medianAge: 41.4, raceCounts: { asian: 240978, white: 110508 } });
    expect(hawaii.lineage.map((l) => l.partition)).toEqual([0, 1]);
  });

  it.each([1, 2, 3, 42, 2024])('gives identical output and versions for shuffled input (seed %p)', (seed) => {
    const again = stateMonthAggregates(shuffled(rows, seed), lookups, { ...run, lineage: shuffled(run.lineage, seed) });
    expect(again).toEqual(aggregates);
  });

  it('gives the same output when a whole file is replayed, except the rows read', () => {
    const replayed = stateMonthAggregates([...rows, ...rows], lookups, run);
    expect(replayed.map((a) => ({ ...a, inputRows: 0, version: '' }))).toEqual(aggregates.map((a) => ({ ...a, inputRows: 0, version: '' })));
    expect(replayed.map((a) => a.inputRows)).toEqual(aggregates.map((a) => a.inputRows * 2));
  });

  it('versions the content but not computedAt', () => {
    const later = stateMonthAggregates(rows, lookups, { ...run, computedAt: run.computedAt + 86_400_000 });
    expect(later.map((a) => a.version)).toEqual(aggregates.map((a) => a.version));
    expect(new Set(aggregates.map((a) => a.version)).size).toBe(aggregates.length);
    expect(aggregates.every((a) => /^[0-9a-f]{16}$/.test(a.version) && aggregateVersion(a) === a.version)).toBe(true);
    const changed = stateMonthAggregates([...rows, { ...base, cicid: 7, kafkaOffset: 6 }], lookups, run);
    expect(byKey(changed)['HI|2016-04'].version).not.toBe(byKey(aggregates)['HI|2016-04'].version);
    expect(byKey(changed)['NY|2016-04'].version).toBe(byKey(aggregates)['NY|2016-04'].version);
  });
});

import { csvRows, sampleRecords, sasStateCodes } from '../../test/sample';
import { arrivalKeyString, type CodeLists, type I94RawRecord, parseRecords, toUdacityCsvLine, UDACITY_CSV_HEADER, validateRecord } from '@i94/domain';
import { countCategorical } from './categorical';
import { type DistributionModel } from './distribution-model';
import { type GenerateOptions, generateRecords } from './generate-records';
import { learnDistributions } from './learn-distributions';

const APRIL: GenerateOptions = { count: 10_000, month: '2016-04', seed: 7 };

describe('generateRecords', () => {
  let sample: I94RawRecord[];
  let model: DistributionModel;
  let lists: CodeLists;
  beforeAll(async () => {
    sample = await sampleRecords();
    model = learnDistributions(sample);
    // Ports and countries as seen in the sample: the generator's unknown ones are never among them.
    lists = {
      states: sasStateCodes(),
      ports: new Set(sample.map((r) => r.i94port ?? '')),
      countries: new Set(sample.flatMap((r) => [r.i94cit ?? 0, r.i94res ?? 0])),
    };
  });
  const generate = (options: Partial<GenerateOptions> = {}) => [...generateRecords(model, { ...APRIL, ...options })];

  it('is deterministic per seed', () => {
    expect(generate({ count: 2000 })).toEqual(generate({ count: 2000 }));
    expect(generate({ count: 2000, seed: 8 })).not.toEqual(generate({ count: 2000 }));
  });

  it('generates the same from a model stored as JSON', () => {
    const stored = JSON.parse(JSON.stringify(model)) as DistributionModel;
    expect([...generateRecords(stored, { ...APRIL, count: 500 })]).toEqual(generate({ count: 500 }));
  });

  it('numbers every month from cicid 1, as monthly files do: months share cicids, never arrival keys', () => {
    const april = generate({ count: 300 });
    const may = generate({ count: 300, month: '2016-05' });
    expect(may.map((r) => r.cicid)).toEqual(april.map((r) => r.cicid));
    const keys = new Set([...april, ...may].map(arrivalKeyString));
    expect(keys.size).toBe(600);
  });

  it('gives unique consecutive cicids, arrivals inside the month and consistent fields', () => {
    const records = generate({ firstCicid: 5_000_001, messyShare: 0 });
    expect(new Set(records.map((r) => r.cicid)).size).toBe(records.length);
    expect(records[0].cicid).toBe(5_000_001);
    // Plain predicates, one expect each: 20,000 records times several expects is slow in Jest.
    const inconsistent = (test: (r: I94RawRecord) => boolean) => records.filter((r) => !test(r));
    expect(inconsistent((r) => r.i94yr === 2016 && r.i94mon === 4)).toEqual([]);
    expect(inconsistent((r) => r.arrdate !== null && r.arrdate >= 20545 && r.arrdate <= 20574)).toEqual([]);
    expect(inconsistent((r) => r.depdate === null || r.depdate >= (r.arrdate ?? 0))).toEqual([]);
    expect(inconsistent((r) => r.i94bir === null || r.biryear === 2016 - r.i94bir)).toEqual([]);
    const visaCategory = (r: I94RawRecord) => (r.visatype === null ? undefined : model.visaCategoryByType[r.visatype]);
    expect(inconsistent((r) => visaCategory(r) === undefined || r.i94visa === visaCategory(r))).toEqual([]);
  });

  it('produces only valid records, dirty ones flagged', () => {
    const flaggedShare = (records: I94RawRecord[]) => {
      const outcomes = records.map((r) => validateRecord(r, lists));
      expect(outcomes.every((o) => o.ok)).toBe(true);
      return outcomes.filter((o) => o.ok && o.flags.length > 0).length / records.length;
    };
    // The sample itself has unlisted states (UN, TE, SW...), so clean output is flagged at its rate.
    const baseline = flaggedShare(sample);
    expect(flaggedShare(generate({ messyShare: 0 }))).toBeCloseTo(baseline, 1);
    expect(flaggedShare(generate({ messyShare: 0.3 }))).toBeGreaterThan(baseline + 0.05);
    expect(flaggedShare(generate())).toBeLessThan(baseline + 0.02);
  });

  it('follows the sample distributions', () => {
    const records = generate();
    const top = (pick: (r: I94RawRecord) => string | number | null, n: number) => countCategorical(records.map(pick)).values.slice(0, n);
    const share = (test: (r: I94RawRecord) => boolean) => records.filter(test).length / records.length;
    expect(top((r) => r.i94addr, 3).sort()).toEqual(['CA', 'FL', 'NY']);
    expect(top((r) => r.i94port, 3).sort()).toEqual(['LOS', 'MIA', 'NYC']);
    expect(top((r) => r.visatype, 2).sort()).toEqual(['B2', 'WT']);
    expect(top((r) => r.i94cit, 1)).toEqual([135]);
    expect(share((r) => r.i94mode === 1)).toBeCloseTo(0.962, 1);
    expect(share((r) => r.gender === null)).toBeCloseTo(0.141, 1);
    expect(share((r) => r.depdate === null)).toBeCloseTo(0.049, 1);
    expect(share((r) => r.dtaddto === 'D/S')).toBeCloseTo(0.013, 1);
  });

  it('makes the requested share invalid', () => {
    const outcomes = generate({ count: 5000, invalidShare: 0.1 }).map((r) => validateRecord(r));
    const reasons = new Set(outcomes.flatMap((o) => (o.ok ? [] : o.rejections.map((r) => r.reason))));
    expect(outcomes.filter((o) => !o.ok).length / outcomes.length).toBeCloseTo(0.1, 1);
    expect([...reasons].sort()).toEqual(['ARRDATE_MONTH_MISMATCH', 'IMPOSSIBLE_DATE', 'MONTH_OUT_OF_RANGE']);
  });

  it('survives a trip through the Udacity CSV layout, dirt included', async () => {
    const records = generate({ count: 3000, messyShare: 0.5 });
    const body = [UDACITY_CSV_HEADER, ...records.map((r, i) => toUdacityCsvLine(r, i))].join('\n');
    const parsed: unknown[] = [];
    for await (const p of parseRecords(csvRows(body), lists)) parsed.push(p.outcome);
    expect(parsed).toEqual(records.map((r) => validateRecord(r, lists)));
  });

  it.each<[string, Partial<GenerateOptions>]>([
    ['a malformed month', { month: '2016-4' }],
    ['month 13', { month: '2016-13' }],
    ['a negative count', { count: -1 }],
    ['a fractional count', { count: 1.5 }],
    ['messyShare above 1', { messyShare: 1.5 }],
    ['shares summing above 1', { messyShare: 0.6, invalidShare: 0.6 }],
  ])('refuses %s', (_name, options) => {
    expect(() => generate(options)).toThrow(RangeError);
  });
});

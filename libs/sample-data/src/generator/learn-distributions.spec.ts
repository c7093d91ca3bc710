import { sampleRecords } from '../../test/sample';
import { learnDistributions } from './learn-distributions';

describe('learnDistributions on the sample', () => {
  it('learns frequencies, null rates and date offsets', async () => {
    const model = learnDistributions(await sampleRecords());
    expect(model.sampleSize).toBe(1000);
    expect(model.categorical.i94port.values.slice(0, 3)).toEqual(['NYC', 'MIA', 'LOS']);
    expect(model.categorical.i94port.counts.slice(0, 3)).toEqual([155, 111, 106]);
    expect(model.categorical.i94addr.values.slice(0, 3)).toEqual(['FL', 'CA', 'NY']);
    expect(model.categorical.i94mode).toEqual({ values: [1, 3, 2, 9], counts: [962, 26, 10, 2] });
    expect(model.categorical.entdepu).toEqual({ values: [], counts: [] });
    expect(model.nullRates).toMatchObject({ cicid: 0, i94addr: 0.059, depdate: 0.049, gender: 0.141, entdepu: 1 });
    expect(model.stayDays.values[0]).toBe(4);
    expect(model.admittedDays.values.slice(0, 2)).toEqual([89, 182]);
    expect(model.durationOfStatusRate).toBeCloseTo(0.013);
    expect(model.fileLagDays.values[0]).toBe(0);
    expect(model.sameResidenceRate).toBeCloseTo(0.826);
    expect(model.visaCategoryByType).toMatchObject({ WT: 2, B2: 2, B1: 1, WB: 1, F1: 3 });
  });

  it('refuses an empty sample', () => {
    expect(() => learnDistributions([])).toThrow(RangeError);
  });
});

import { type AggregatedFields, arrivalFacts, genderBucket, modeBucket, visaBucket } from './arrival-facts';

describe('bucket rules', () => {
  it.each<[string | null, string]>([
    ['M', 'male'],
    ['F', 'female'],
    [' m ', 'male'],
    ['f', 'female'],
    ['X', 'genderUnknown'],
    ['U', 'genderUnknown'],
    ['', 'genderUnknown'],
    [null, 'genderUnknown'],
    ['MALE', 'genderUnknown'],
  ])('gender %p -> %s', (gender, bucket) => expect(genderBucket(gender)).toBe(bucket));

  it.each<[number | null, string]>([
    [1, 'business'],
    [2, 'pleasure'],
    [3, 'student'],
    [4, 'visaUnknown'],
    [0, 'visaUnknown'],
    [null, 'visaUnknown'],
  ])('i94visa %p -> %s', (visa, bucket) => expect(visaBucket(visa)).toBe(bucket));

  it.each<[number | null, string]>([
    [1, 'air'],
    [2, 'sea'],
    [3, 'land'],
    [9, 'modeNotReported'],
    [null, 'modeNotReported'],
    [5, 'modeNotReported'],
  ])('i94mode %p -> %s', (mode, bucket) => expect(modeBucket(mode)).toBe(bucket));
});

describe('arrivalFacts', () => {
  // Sample line 2 (cicid 4084316) as the enricher leaves it.
  const row: AggregatedFields = {
    cicid: 4084316, destinationState: 'HI', arrivalMonth: '2016-04', gender: 'F', i94visa: 2, i94mode: 1, age: 61, stayDays: 7,
    residenceCountry: 'JAPAN', i94port: 'HHW', portName: 'HONOLULU, HI',
  };

  it('reduces a record to its buckets', () => {
    expect(arrivalFacts(row)).toEqual({
      state: 'HI', month: '2016-04', gender: 'female', visa: 'pleasure', mode: 'air', age: 61, stayDays: 7, residenceCountry: 'JAPAN', port: 'HHW',
    });
  });

  it('puts a record without a month under unknown', () => {
    expect(arrivalFacts({ ...row, arrivalMonth: null }).month).toBe('unknown');
  });

  it('skips ports that did not decode', () => {
    expect(arrivalFacts({ ...row, i94port: 'X96', portName: null }).port).toBeNull();
  });

  it.each([-1, 1.5, Number.NaN])('treats a stay or age of %p as unknown', (value) => {
    expect(arrivalFacts({ ...row, stayDays: value, age: value })).toMatchObject({ stayDays: null, age: null });
  });
});

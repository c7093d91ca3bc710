import { readReference } from '../../test/reference-files';
import { isValidCountryName, parseCountries } from './parse-countries';

describe('parseCountries on the real labels file', () => {
  const { records, skipped } = parseCountries(readReference('sas'));
  const byCode = new Map(records.map((country) => [country.code, country]));

  it('finds 289 codes, 53 of them invalid, and skips nothing', () => {
    expect(records).toHaveLength(289);
    expect(records.filter((country) => !country.valid)).toHaveLength(53);
    expect(skipped).toEqual([]);
  });

  it.each([
    [209, 'JAPAN', true],
    [582, 'MEXICO Air Sea, and Not Reported (I-94, no land arrivals)', true],
    [687, 'ARGENTINA', true],
    [245, 'CHINA, PRC', true],
    [0, 'INVALID: STATELESS', false],
    [407, 'INVALID: UNITED STATES', false],
    [311, 'Collapsed Tanzania (should not show)', false],
    [996, 'No Country Code (996)', false],
  ])('%i is %s (valid: %s)', (code, name, valid) => {
    expect(byCode.get(code)).toEqual({ code, name, valid });
  });
});

describe('isValidCountryName', () => {
  it.each([
    ['JAPAN', true],
    ['INVALID: CANADA', false],
    ['invalid:canada', false],
    ['No Country Code (54)', false],
    ['Collapsed Curacao (should not show)', false],
    ['Something (should not show)', false],
    ['CURACAO', true],
  ])('%s → %s', (name, valid) => {
    expect(isValidCountryName(name)).toBe(valid);
  });
});

describe('parseCountries quirks', () => {
  it('skips a code that is not an integer', () => {
    const result = parseCountries("value i94cntyl\r\n 5.5 = 'HALF'\r\n 'AB' = 'LETTERS'\r\n 101 = 'ALBANIA' ;\r\n");
    expect(result.records).toEqual([{ code: 101, name: 'ALBANIA', valid: true }]);
    expect(result.skipped).toEqual([
      { line: 2, reason: "not a code = 'label' line: 5.5 = 'HALF'" },
      { line: 3, reason: 'country code is not an integer: AB' },
    ]);
  });
});

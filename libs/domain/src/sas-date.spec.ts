import {
  MAX_SAS_DAY,
  MIN_SAS_DAY,
  formatYearMonth,
  isValidSasDay,
  isoDateToSasDay,
  monthOfSasDay,
  sasDayRangeOfMonth,
  sasDayToIsoDate,
} from './sas-date';

describe('SAS dates', () => {
  // Days taken from the sample's arrdate/depdate columns, plus the epoch and range ends.
  it.each([
    [0, '1960-01-01'],
    [-1, '1959-12-31'],
    [20545, '2016-04-01'],
    [20566, '2016-04-22'],
    [20574, '2016-04-30'],
    [20573, '2016-04-29'],
    [20703, '2016-09-06'],
    [20513, '2016-02-29'],
    [MIN_SAS_DAY, '1900-01-01'],
    [MAX_SAS_DAY, '2100-12-31'],
  ])('day %i is %s and back', (day, iso) => {
    expect(sasDayToIsoDate(day)).toBe(iso);
    expect(isoDateToSasDay(iso)).toBe(day);
    expect(monthOfSasDay(day)).toBe(iso.slice(0, 7));
  });

  it.each([MIN_SAS_DAY - 1, MAX_SAS_DAY + 1, 9999999, 20545.5, Number.NaN])('rejects day %p', (day) => {
    expect(isValidSasDay(day)).toBe(false);
    expect(() => sasDayToIsoDate(day)).toThrow(RangeError);
  });

  it.each(['2016-02-30', '2015-02-29', '2016-13-01', '2016-4-1', '1899-12-31', '2101-01-01', '', 'x'])(
    'isoDateToSasDay(%p) is null',
    (iso) => expect(isoDateToSasDay(iso)).toBeNull(),
  );

  it.each([
    ['2016-04', 20545, 20574],
    ['2016-02', 20485, 20513],
    ['2016-12', 20789, 20819],
  ])('month %s spans %i..%i', (month, first, last) => {
    expect(sasDayRangeOfMonth(month)).toEqual({ first, last });
  });

  it.each(['2016-13', '2016-00', '16-04', '2016-4', '1850-01'])('month %p has no range', (month) => {
    expect(sasDayRangeOfMonth(month)).toBeNull();
  });

  it('formats year and month', () => {
    expect(formatYearMonth(2016, 4)).toBe('2016-04');
  });
});

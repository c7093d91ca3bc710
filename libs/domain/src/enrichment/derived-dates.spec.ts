import { isoDateToSasDay } from '../sas-date';
import { SAS_DAY_OF_UNIX_EPOCH, admittedUntil, sasDayToEpochDay, stayDays } from './derived-dates';

const epochDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('sasDayToEpochDay', () => {
  it('starts the Avro date count at SAS day 3653, 1970-01-01', () => {
    expect(isoDateToSasDay('1970-01-01')).toBe(SAS_DAY_OF_UNIX_EPOCH);
  });

  it.each<[number | null, number | null]>([
    [20566, epochDay('2016-04-22')], // arrdate of sample cicid 4084316
    [20573, epochDay('2016-04-29')], // its depdate
    [3653, 0],
    [0, -3653], // 1960-01-01
    [null, null],
    [99_999_999, null], // not a day in 1900..2100
    [20566.5, null],
  ])('SAS day %p -> %p', (day, expected) => {
    expect(sasDayToEpochDay(day)).toBe(expected);
  });
});

describe('stayDays', () => {
  it.each<[number | null, number | null, number | null]>([
    [20566, 20573, 7],
    [20545, 20545, 0],
    [20552, null, null], // sample cicid 1435383 has no depdate
    [null, 20573, null],
    [20573, 20566, null], // departure before arrival is a data error, not a stay
  ])('arrdate %p, depdate %p -> %p', (arrdate, depdate, expected) => {
    expect(stayDays(arrdate, depdate)).toBe(expected);
  });
});

describe('admittedUntil', () => {
  it.each<[string | null, number | null, string | null]>([
    ['07202016', epochDay('2016-07-20'), null],
    ['04222018', epochDay('2018-04-22'), null],
    ['D/S', null, 'D/S'],
    [' D/S ', null, 'D/S'],
    ['02302016', null, '02302016'], // shaped like a date, but February has no 30th
    ['', null, null],
    [null, null, null],
  ])('dtaddto %p -> date %p, status %p', (dtaddto, date, status) => {
    expect(admittedUntil(dtaddto)).toEqual({ admittedUntilDate: date, admittedUntilStatus: status });
  });
});

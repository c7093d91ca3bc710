import { feedDateOfArrdate, todayUtc } from './feed-date';

describe('feedDateOfArrdate', () => {
  it.each<[unknown, string | null]>([
    [20566, '2016-04-22'],
    ['20566.0', '2016-04-22'],
    [' 20545 ', '2016-04-01'],
    [0, '1960-01-01'],
    [20566.5, null],
    ['', null],
    ['NaN', null],
    [null, null],
    [undefined, null],
    [9_999_999, null],
    ['2016-04-22', null],
    [{ day: 20566 }, null],
  ])('%p -> %p', (arrdate, date) => {
    expect(feedDateOfArrdate(arrdate)).toBe(date);
  });
});

describe('todayUtc', () => {
  it('uses the UTC calendar day', () => {
    expect(todayUtc(new Date('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02');
  });
});

import { monthsOf, nextDailyRun } from './schedule';

describe('nextDailyRun', () => {
  it.each([
    ['2026-11-20T05:00:00Z', '06:30', 'UTC', '2026-11-20T06:30:00.000Z'],
    ['2026-11-20T06:30:00Z', '06:30', 'UTC', '2026-11-21T06:30:00.000Z'],
    ['2026-11-20T12:00:00Z', '06:30', 'America/New_York', '2026-11-21T11:30:00.000Z'],
    ['2026-03-07T12:00:00Z', '06:30', 'America/New_York', '2026-03-08T10:30:00.000Z'], // the day clocks go forward
  ])('after %s, %s in %s is %s', (now, hhmm, zone, expected) => {
    expect(nextDailyRun(new Date(now), hhmm, zone).toISOString()).toBe(expected);
  });
});

describe('monthsOf', () => {
  it('lists each announced month once, sorted', () => {
    expect(monthsOf([{ arrivalMonth: '2016-05' }, { arrivalMonth: '2016-04' }, { arrivalMonth: '2016-05' }])).toEqual(['2016-04', '2016-05']);
  });
});

import { arrivalMonth } from './arrival-month';

describe('arrivalMonth', () => {
  it.each<[number | null, number | null, number | null, string | null]>([
    [20566, 2016, 4, '2016-04'],
    [20545, null, null, '2016-04'],
    [20575, 2016, 4, '2016-05'],
    [null, 2016, 4, '2016-04'],
    [null, 2016, 12, '2016-12'],
    [9999999, 2016, 4, '2016-04'],
    [null, 2016, null, null],
    [null, null, 4, null],
    [null, 2016, 13, null],
    [null, 1850, 4, null],
    [null, null, null, null],
  ])('arrdate %p, i94yr %p, i94mon %p -> %p', (arrdate, i94yr, i94mon, expected) => {
    expect(arrivalMonth({ arrdate, i94yr, i94mon })).toBe(expected);
  });
});

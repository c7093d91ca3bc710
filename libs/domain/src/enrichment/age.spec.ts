import { ageOf } from './age';

describe('ageOf', () => {
  it.each<[number | null, number | null, number | null, number | null]>([
    [61, 2016, 1955, 61], // sample cicid 4084316: i94bir wins
    [4, 2016, 2012, 4],
    [0, 2016, 2016, 0],
    [null, 2016, 1955, 61], // no i94bir: i94yr - biryear
    [-3, 2016, 1990, 26], // implausible i94bir falls back to biryear
    [121, 2016, 1990, 26],
    [null, 2016, 1850, null], // 166 is not an age
    [null, 2016, 2020, null],
    [null, null, 1955, null],
    [null, 2016, null, null],
    [150, null, null, null],
  ])('i94bir %p, i94yr %p, biryear %p -> %p', (i94bir, i94yr, biryear, expected) => {
    expect(ageOf({ i94bir, i94yr, biryear })).toBe(expected);
  });
});

import { parseCoordinates } from './parse-coordinates';

describe('parseCoordinates', () => {
  it.each([
    ['-74.93360137939453, 40.07080078125', { longitude: -74.93360137939453, latitude: 40.07080078125 }],
    ['169.852005, 11.222', { longitude: 169.852005, latitude: 11.222 }],
    [' -97.5 ,30.25 ', { longitude: -97.5, latitude: 30.25 }],
    ['-87.7', null],
    ['', null],
    ['40.07, -200', null],
    ['10, 95', null],
    ['a, b', null],
  ])('%j', (text, expected) => {
    expect(parseCoordinates(text)).toEqual(expected);
  });
});

import { parseOptionalNumber } from './parse-number';

describe('parseOptionalNumber', () => {
  it.each([
    ['33.8', { ok: true, value: 33.8 }],
    ['82463', { ok: true, value: 82463 }],
    ['-4.811', { ok: true, value: -4.811 }],
    ['5748517.0', { ok: true, value: 5748517 }],
    [' 2.6 ', { ok: true, value: 2.6 }],
    ['1e3', { ok: true, value: 1000 }],
    ['', { ok: true, value: null }],
    ['   ', { ok: true, value: null }],
    ['12abc', { ok: false }],
    ['N/A', { ok: false }],
    ['1,000', { ok: false }],
  ])('%j', (text, expected) => {
    expect(parseOptionalNumber(text)).toEqual(expected);
  });
});

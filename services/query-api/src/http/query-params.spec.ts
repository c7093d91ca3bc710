import { parseCicid, parseCursor, parseDate, parseLimit, parseMonth, parseState } from './query-params';

const refused = { status: 400 };

describe('query parameters', () => {
  it('takes each in its documented format', () => {
    expect(() => parseCursor('abc')).toThrow(expect.objectContaining(refused));
    expect([parseMonth('2016-04'), parseState('ny'), parseDate('2016-02-29'), parseCicid('0042'), parseLimit('25', 1000), parseLimit(undefined, 1000), parseCursor('0a1b')]).toEqual(['2016-04', 'NY', '2016-02-29', 42, 25, 100, '0a1b']);
  });

  // Express gives an array for a repeated name and an object for brackets: state's toUpperCase
  // threw on them, a 500 (found reading the parsers); now 400 naming the parameter.
  it.each([
    ['state', () => parseState(['NY', 'CA'])],
    ['month', () => parseMonth(['2016-04', '2016-05'])],
    ['date', () => parseDate({ gt: '2016-04-01' })],
    ['cicid', () => parseCicid(['1', '2'])],
    ['limit', () => parseLimit(['5', '6'], 1000)],
    ['cursor', () => parseCursor(['aa', 'bb'])],
  ])('refuses a repeated or bracketed %s with 400', (name, parse) => {
    expect(parse).toThrow(expect.objectContaining({ ...refused, message: `${name} must be given once` }));
  });

  // Number() takes all of these as whole numbers; the contract says digits only
  it.each([' 5', '5 ', '5e1', '0x10', '+5', '5.0', '', '0', '1001'])('refuses the limit "%s" with 400', (limit) => {
    expect(() => parseLimit(limit, 1000)).toThrow(expect.objectContaining(refused));
  });

  it.each(['2016-4', '2016-13', '201604', ''])('refuses the month "%s"', (m) => expect(() => parseMonth(m)).toThrow(expect.objectContaining(refused)));
  it.each(['2016-02-30', '2015-02-29', '2016-4-01'])('refuses the date "%s"', (d) => expect(() => parseDate(d)).toThrow(expect.objectContaining(refused)));
  it.each(['0', '-1', '1.5', '9'.repeat(16), ''])('refuses the cicid "%s"', (c) => expect(() => parseCicid(c)).toThrow(expect.objectContaining(refused)));
});

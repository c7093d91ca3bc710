import { formatDtaddto, formatDtadfile, parseDtaddto, parseDtadfile } from './text-dates';

describe('I94 text dates', () => {
  // dtadfile and dtaddto values from the sample rows.
  it.each([
    ['20160422', 20566],
    ['20160401', 20545],
    ['20160628', 20633],
  ])('dtadfile %s is day %i', (text, day) => {
    expect(parseDtadfile(text)).toBe(day);
    expect(formatDtadfile(day)).toBe(text);
  });

  it.each([
    ['07202016', 20655],
    ['10222016', 20749],
    ['06112016', 20616],
  ])('dtaddto %s is day %i', (text, day) => {
    expect(parseDtaddto(text)).toBe(day);
    expect(formatDtaddto(day)).toBe(text);
  });

  it.each(['D/S', '', '20161322', '2016042', '02302016'])('%p is not a date', (text) => {
    expect(parseDtadfile(text)).toBeNull();
    expect(parseDtaddto(text)).toBeNull();
  });
});

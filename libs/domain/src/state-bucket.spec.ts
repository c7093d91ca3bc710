import { destinationStateCode } from './state-bucket';

describe('destinationStateCode', () => {
  const states: ReadonlySet<string> = new Set(['FL', 'CA', 'NY', 'HI', 'TX', 'GU', 'PR', '99']);

  // i94addr values as found in the sample, including its invalid codes.
  it.each<[string | null, string]>([
    ['FL', 'FL'],
    ['CA', 'CA'],
    ['GU', 'GU'],
    ['ny', 'NY'],
    [' HI ', 'HI'],
    ['UN', '99'],
    ['TE', '99'],
    ['SW', '99'],
    ['VQ', '99'],
    ['', '99'],
    [null, '99'],
    ['99', '99'],
  ])('%p -> %s', (addr, expected) => {
    expect(destinationStateCode(addr, states)).toBe(expected);
  });
});

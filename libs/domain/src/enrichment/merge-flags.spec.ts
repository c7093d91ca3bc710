import { mergeFlags } from './merge-flags';

describe('mergeFlags', () => {
  it.each<[string[], string[], string[]]>([
    [[], [], []],
    [[], ['UNKNOWN_PORT'], ['UNKNOWN_PORT']],
    [['UNKNOWN_COUNTRY'], ['UNKNOWN_COUNTRY', 'UNKNOWN_STATE'], ['UNKNOWN_COUNTRY', 'UNKNOWN_STATE']],
    [['MISSING_ARRDATE', 'MISSING_ARRDATE'], ['UNKNOWN_PORT'], ['MISSING_ARRDATE', 'UNKNOWN_PORT']],
  ])('%j + %j -> %j', (existing, added, expected) => {
    expect(mergeFlags(existing, added)).toEqual(expected);
  });
});

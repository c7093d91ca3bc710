import { readReference } from '../../test/reference-files';
import { parseModes } from './parse-modes';
import { parseStates } from './parse-states';
import { DEFAULT_VISAS, parseVisas } from './parse-visas';

const sas = readReference('sas');

describe('parseModes on the real labels file', () => {
  it('finds Air, Sea, Land and Not reported', () => {
    expect(parseModes(sas)).toEqual({
      records: [
        { code: 1, name: 'Air' },
        { code: 2, name: 'Sea' },
        { code: 3, name: 'Land' },
        { code: 9, name: 'Not reported' },
      ],
      skipped: [],
    });
  });
});

describe('parseStates on the real labels file', () => {
  const { records, skipped } = parseStates(sas);
  const byCode = new Map(records.map((state) => [state.code, state.name]));

  it('finds 55 codes including 99 and skips nothing', () => {
    expect(records).toHaveLength(55);
    expect(skipped).toEqual([]);
  });

  it.each([
    ['HI', 'HAWAII'],
    ['NY', 'NEW YORK'],
    ['DC', 'DIST. OF COLUMBIA'],
    ['WI', 'WISCONSON'],
    ['WY', 'WYOMING'],
    ['PR', 'PUERTO RICO'],
    ['99', 'All Other Codes'],
  ])('%s is %s', (code, name) => {
    expect(byCode.get(code)).toBe(name);
  });
});

describe('parseVisas', () => {
  it('reads the three categories from the I94VISA comment of the real file', () => {
    expect(parseVisas(sas)).toEqual({ records: DEFAULT_VISAS, skipped: [], source: 'file' });
  });

  it('reads a comment with CRLF and trailing spaces', () => {
    const content = '/* I94VISA - Visa codes:\r\n   1 = Business  \r\n   2 = Pleasure\r\n*/\r\n';
    expect(parseVisas(content).records).toEqual([
      { code: 1, name: 'Business' },
      { code: 2, name: 'Pleasure' },
    ]);
  });

  it('falls back to the documented categories when the comment is absent', () => {
    expect(parseVisas('value i94model\n 1 = \'Air\' ;')).toEqual({ records: DEFAULT_VISAS, skipped: [], source: 'default' });
  });

  it('reports a line of the comment that is not code = name', () => {
    const result = parseVisas('/* I94VISA\n 1 = Business\n two = Pleasure\n*/');
    expect(result.skipped).toEqual([{ line: 3, reason: 'not a code = name line: two = Pleasure' }]);
  });
});

import { parseCsvLine } from './csv-line';

describe('parseCsvLine', () => {
  it.each<[string, string[]]>([
    ['a,b,c', ['a', 'b', 'c']],
    ['a,,c', ['a', '', 'c']],
    ['a,b,', ['a', 'b', '']],
    ['', ['']],
    ['"a,b",c', ['a,b', 'c']],
    ['"say ""hi""",x', ['say "hi"', 'x']],
    ['"",x', ['', 'x']],
    ['x,"quoted at end"', ['x', 'quoted at end']],
    ['ab"c,d', ['ab"c', 'd']],
    [' "a" ,b', [' "a" ', 'b']],
    ['2027561,4084316.0,2016.0,HHW,,*GA,00782', ['2027561', '4084316.0', '2016.0', 'HHW', '', '*GA', '00782']],
  ])('%p', (line, fields) => {
    expect(parseCsvLine(line)).toEqual({ ok: true, fields });
  });

  it.each<[string, string]>([
    ['"abc,def', 'UNTERMINATED_QUOTE'],
    ['a,"b""', 'UNTERMINATED_QUOTE'],
    ['"abc"def,x', 'INVALID_QUOTING'],
    ['"a" ,b', 'INVALID_QUOTING'],
  ])('%p is refused with %s', (line, reason) => {
    expect(parseCsvLine(line)).toMatchObject({ ok: false, error: { reason } });
  });

  it('supports another delimiter', () => {
    expect(parseCsvLine('a;"b;c";d', ';')).toEqual({ ok: true, fields: ['a', 'b;c', 'd'] });
  });
});

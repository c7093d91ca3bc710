import { parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it.each([
    ['CRLF line ends', 'a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']], [1, 2]],
    ['LF header then CRLF rows (the temperature file)', 'a,b\nc,d\r\ne,f\r\n', [['a', 'b'], ['c', 'd'], ['e', 'f']], [1, 2, 3]],
    ['no final line end', 'a,b\r\nc,d', [['a', 'b'], ['c', 'd']], [1, 2]],
    ['blank lines ignored, numbering kept', 'a\r\n\r\nb\r\n', [['a'], ['b']], [1, 3]],
    ['byte-order mark dropped', '\uFEFFa,b', [['a', 'b']], [1]],
    ['quoted delimiter (airport coordinates)', 'x,"-74.9, 40.0"', [['x', '-74.9, 40.0']], [1]],
    ['doubled quotes', '"say ""hi""",2', [['say "hi"', '2']], [1]],
    ['line break inside quotes', '"a\r\nb",c\r\nd,e', [['a\r\nb', 'c'], ['d', 'e']], [1, 3]],
    ['empty fields kept', ';;x;', [['', '', 'x', '']], [1]],
    ['apostrophes are not quotes', "Abidjan,Coste D'Ivoire", [['Abidjan', "Coste D'Ivoire"]], [1]],
  ])('%s', (_case, content, fields, lines) => {
    const delimiter = content.includes(';') ? ';' : ',';
    const result = parseCsv(content, delimiter);
    expect(result.rows.map((row) => row.fields)).toEqual(fields);
    expect(result.rows.map((row) => row.line)).toEqual(lines);
    expect(result.skipped).toEqual([]);
  });

  it('reports a truncated last line with an unterminated quote (the partial airport file)', () => {
    const result = parseCsv('id,coordinates\r\n00A,"-74.9, 40.0"\r\n36AA,"-87.7');
    expect(result.rows.map((row) => row.fields[0])).toEqual(['id', '00A']);
    expect(result.skipped).toEqual([{ line: 3, reason: 'unterminated quoted field' }]);
  });

  it('resumes on the next line after a stray quote instead of swallowing the file', () => {
    const result = parseCsv('a,"broken\nb,c\nd,e');
    expect(result.skipped).toEqual([{ line: 1, reason: 'unterminated quoted field' }]);
    expect(result.rows.map((row) => row.fields)).toEqual([['b', 'c'], ['d', 'e']]);
  });

  it('reports text after a closing quote', () => {
    const result = parseCsv('"a"b,c\nd,e');
    expect(result.skipped).toEqual([{ line: 1, reason: 'unexpected text after a closing quote' }]);
    expect(result.rows.map((row) => row.fields)).toEqual([['d', 'e']]);
  });
});

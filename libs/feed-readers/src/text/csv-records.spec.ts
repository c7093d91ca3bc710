import { chunks, collect } from '../../test/sample-data';
import { readCsvRecords } from './csv-records';

const read = async (body: string | Buffer, options: Parameters<typeof readCsvRecords>[1] = {}) =>
  (await collect(readCsvRecords(chunks(body), options))).map((r) => (r.error ? [r.line, r.error.reason] : [r.line, r.fields]));

describe('readCsvRecords (RFC 4180 by csv-parse)', () => {
  it('keeps a line break inside a quoted field, as sent (LF or CRLF), and numbers the record by its first line', async () => {
    expect(await read('a,b\n1,"two\nlines"\n3,"crlf\r\nkept"\r\n4,x\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', 'two\nlines']],
      [4, ['3', 'crlf\r\nkept']],
      [6, ['4', 'x']],
    ]);
  });

  it('reads doubled quotes, delimiters in quotes and empty fields', async () => {
    expect(await read('"say ""hi""","a,b",,""\n')).toEqual([[1, ['say "hi"', 'a,b', '', '']]]);
  });

  it('refuses a quote that never closes by its line alone, and reads the lines after it', async () => {
    expect(await read('a,b\n"open,1\n2,3\n4,5\n')).toEqual([[1, ['a', 'b']], [2, 'UNTERMINATED_QUOTE'], [3, ['2', '3']], [4, ['4', '5']]]);
  });

  it('bounds an open quote by lines: past maxRecordLines it is refused and the feed goes on', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => `${i},x`);
    const got = await read(`a,b\n"stray,1\n${rows.join('\n')}\nlast,"closes\n`, { maxRecordLines: 4 });
    expect(got.slice(0, 3)).toEqual([[1, ['a', 'b']], [2, 'UNTERMINATED_QUOTE'], [3, ['0', 'x']]]);
    expect(got).toHaveLength(2 + 10 + 1);
  });

  it('bounds an open quote by bytes', async () => {
    const got = await read(`a,b\n"stray,1\n${'y'.repeat(50)},1\n${'z'.repeat(50)},2\n`, { maxLineLength: 80 });
    expect(got.map((r) => r[1])).toEqual([['a', 'b'], 'UNTERMINATED_QUOTE', ['y'.repeat(50), '1'], ['z'.repeat(50), '2']]);
  });

  it('takes a quote that closes lines later into a record with the wrong column count as stray', async () => {
    const columns = () => 2;
    expect(await read('"stray,1\n2,3\n4,"5\n6,7\n', { columns })).toEqual([[1, 'UNTERMINATED_QUOTE'], [2, ['2', '3']], [3, 'UNTERMINATED_QUOTE'], [4, ['6', '7']]]);
  });

  it.each([
    ['text after a closing quote', '"HH"W,1\n'],
    ['a quote inside an unquoted field', 'ab"c,1\n'],
  ])('refuses %s with INVALID_QUOTING and goes on', async (_name, line) => {
    expect(await read(`${line}ok,2\n`)).toEqual([[1, 'INVALID_QUOTING'], [2, ['ok', '2']]]);
  });

  it('refuses a line of bytes invalid in the charset with INVALID_ENCODING, keeping its bytes', async () => {
    const records = await collect(readCsvRecords(chunks(Buffer.from('a,b\n'), Buffer.from([0x43, 0xc9, 0x2c, 0x31, 0x0a]), Buffer.from('c,2\n'))));
    expect(records.map((r) => [r.line, r.error?.reason ?? 'OK'])).toEqual([[1, 'OK'], [2, 'INVALID_ENCODING'], [3, 'OK']]);
    expect(records[1].bytes).toEqual(Buffer.from([0x43, 0xc9, 0x2c, 0x31]));
  });

  it('reads the same bytes as Latin-1 when told so', async () => {
    expect(await read(Buffer.from([0x61, 0x0a, 0x43, 0x41, 0x46, 0xc9, 0x0a]), { charset: 'iso-8859-1' })).toEqual([[1, ['a']], [2, ['CAFÉ']]]);
  });

  it('skips blank lines but keeps them inside a quoted field', async () => {
    expect(await read('a\n\n   \n"x\n\ny"\n')).toEqual([[1, ['a']], [4, ['x\n\ny']]]);
  });
});

import { rleCompress } from '../../test/sas-rle-compress';
import { rleDecompress } from './rle';
import { Sas7bdatError } from './sas7bdat-error';

const bytes = (...values: number[]) => Buffer.from(values);

describe('rleDecompress', () => {
  it.each<[string, Buffer, Buffer]>([
    ['COPY1: 0x8n copies n+1 bytes', bytes(0x82, 1, 2, 3), bytes(1, 2, 3)],
    ['COPY17: 0x9n copies n+17 bytes', Buffer.concat([bytes(0x90), Buffer.alloc(17, 9)]), Buffer.alloc(17, 9)],
    ['COPY64: 0x0n b copies b+64+256n bytes', Buffer.concat([bytes(0x01, 0x02), Buffer.alloc(322, 5)]), Buffer.alloc(322, 5)],
    ['INSERT_BYTE3: 0xCn b writes b n+3 times', bytes(0xc1, 0x41), Buffer.from('AAAA')],
    ['INSERT_BYTE18: 0x4n c b writes b c+18+256n times', bytes(0x40, 0x02, 0x5a), Buffer.alloc(20, 0x5a)],
    ['INSERT_BLANK2: 0xEn writes n+2 blanks', bytes(0xe3), Buffer.from('     ')],
    ['INSERT_ZERO2: 0xFn writes n+2 zeros', bytes(0xf0), bytes(0, 0)],
    ['INSERT_AT2: 0xDn writes n+2 @', bytes(0xd1), Buffer.from('@@@')],
    ['INSERT_BLANK17: 0x6n c writes c+17+256n blanks', bytes(0x60, 0x03), Buffer.alloc(20, 0x20)],
    ['INSERT_ZERO17: 0x7n c', bytes(0x71, 0x00), Buffer.alloc(273, 0)],
    ['mixed', bytes(0x81, 0x48, 0x49, 0xe1, 0xc0, 0x2a), Buffer.from('HI   ***')],
  ])('%s', (_name, input, output) => {
    expect(rleDecompress(input, output.length)).toEqual(output);
  });

  it('round-trips rows through the fixture compressor', () => {
    const rows = [Buffer.from(`4084316${' '.repeat(40)}HHW${'\0'.repeat(300)}@@@@xyz`), Buffer.alloc(5000, 0x20), Buffer.from(Array.from({ length: 600 }, (_, i) => i % 251))];
    for (const row of rows) expect(rleDecompress(rleCompress(row), row.length)).toEqual(row);
  });

  it.each<[string, Buffer, number, RegExp]>([
    ['output longer than the row', bytes(0xe5), 3, /beyond the 3-byte row/],
    ['output shorter than the row', bytes(0xe0), 3, /expands to 2 bytes, expected 3/],
    ['input ends inside a literal', bytes(0x85, 1, 2), 6, /ends inside a literal run/],
    ['input ends inside an instruction', bytes(0x40, 0x01), 19, /ends inside an instruction/],
    ['an unknown command', bytes(0x30), 4, /unknown command 0x30/],
  ])('refuses %s', (_name, input, rowLength, message) => {
    expect(() => rleDecompress(input, rowLength)).toThrow(Sas7bdatError);
    expect(() => rleDecompress(input, rowLength)).toThrow(message);
  });
});

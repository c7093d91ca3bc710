import { rdcDecompress } from './rdc';
import { Sas7bdatError } from './sas7bdat-error';

const bytes = (...values: number[]) => Buffer.from(values);

// No RDC (SASYZCR2) writer is available here, so these inputs were built by hand from the format
// as documented by pandas and Parso: a 16-bit control word, MSB first, marks each following item
// as a literal byte (0) or a command (1).
describe('rdcDecompress', () => {
  it('copies literal bytes', () => {
    expect(rdcDecompress(bytes(0x00, 0x00, 0x41, 0x42, 0x43), 3)).toEqual(Buffer.from('ABC'));
  });

  it('short RLE: command 0, count low nibble + 3', () => {
    expect(rdcDecompress(bytes(0x80, 0x00, 0x02, 0x20), 5)).toEqual(Buffer.from('     '));
  });

  it('long RLE: command 1, count low nibble + (next byte << 4) + 19', () => {
    expect(rdcDecompress(bytes(0x80, 0x00, 0x11, 0x01, 0x2a), 36)).toEqual(Buffer.alloc(36, 0x2a));
  });

  it('short pattern: command n >= 3 copies n bytes from (low nibble + 3 + (next << 4)) back', () => {
    // "ABCD", then copy 3 bytes from 4 back: "ABC".
    expect(rdcDecompress(bytes(0x08, 0x00, 0x41, 0x42, 0x43, 0x44, 0x31, 0x00), 7)).toEqual(Buffer.from('ABCDABC'));
  });

  it('long pattern: command 2 copies (next2 + 16) bytes, overlapping its own output', () => {
    // Offset = low nibble + 3 + (next << 4) = 3: only 2 bytes exist after "AB".
    const input = bytes(0x20, 0x00, 0x41, 0x42, 0x20, 0x00, 0x00);
    expect(() => rdcDecompress(input, 18)).toThrow(/back-reference 3 bytes before the start/);
    // "ABC", then 0x02 + 16 = 18 bytes from 3 back.
    const ok = bytes(0x10, 0x00, 0x41, 0x42, 0x43, 0x20, 0x00, 0x02);
    expect(rdcDecompress(ok, 21)).toEqual(Buffer.from('ABC'.repeat(7)));
  });

  it.each<[string, Buffer, number, RegExp]>([
    ['output longer than the row', bytes(0x80, 0x00, 0x05, 0x20), 4, /beyond the 4-byte row/],
    ['output shorter than the row', bytes(0x00, 0x00, 0x41), 2, /expands to 1 bytes, expected 2/],
    ['input ending inside a command', bytes(0x80, 0x00, 0x11), 40, /ends inside an instruction/],
  ])('refuses %s', (_name, input, rowLength, message) => {
    expect(() => rdcDecompress(input, rowLength)).toThrow(Sas7bdatError);
    expect(() => rdcDecompress(input, rowLength)).toThrow(message);
  });
});

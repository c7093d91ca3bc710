import { Sas7bdatError } from './sas7bdat-error';

const AT = 0x40;
const BLANK = 0x20;
const ZERO = 0x00;

/** One decoded RLE instruction: copy `copy` literal bytes from the input, or write `fill` `count` times. */
type Instruction = { copy: number; used: number } | { fill: number; count: number; used: number };

// The high nibble of the control byte is the command, the low nibble (`n`) part of a length.
// Commands and lengths as documented by ReadStat and pandas (SASYZCRL, "COMPRESS=CHAR").
function instruction(input: Buffer, at: number): Instruction {
  const control = input[at];
  const n = control & 0x0f;
  const next = (k: number): number => {
    if (at + k >= input.length) throw new Sas7bdatError('RLE row ends inside an instruction');
    return input[at + k];
  };
  switch (control >> 4) {
    case 0x0: return { copy: next(1) + 64 + n * 256, used: 2 };
    case 0x1: return { copy: next(1) + 64 + n * 256 + 4096, used: 2 };
    case 0x2: return { copy: n + 96, used: 1 };
    case 0x4: return { fill: next(2), count: next(1) + 18 + n * 256, used: 3 };
    case 0x5: return { fill: AT, count: next(1) + 17 + n * 256, used: 2 };
    case 0x6: return { fill: BLANK, count: next(1) + 17 + n * 256, used: 2 };
    case 0x7: return { fill: ZERO, count: next(1) + 17 + n * 256, used: 2 };
    case 0x8: return { copy: n + 1, used: 1 };
    case 0x9: return { copy: n + 17, used: 1 };
    case 0xa: return { copy: n + 33, used: 1 };
    case 0xb: return { copy: n + 49, used: 1 };
    case 0xc: return { fill: next(1), count: n + 3, used: 2 };
    case 0xd: return { fill: AT, count: n + 2, used: 1 };
    case 0xe: return { fill: BLANK, count: n + 2, used: 1 };
    case 0xf: return { fill: ZERO, count: n + 2, used: 1 };
    default: throw new Sas7bdatError(`RLE row has unknown command 0x${control.toString(16)}`);
  }
}

/** Expand one SASYZCRL-compressed row to exactly `rowLength` bytes. */
export function rleDecompress(input: Buffer, rowLength: number): Buffer {
  const out = Buffer.alloc(rowLength);
  let read = 0;
  let written = 0;
  while (read < input.length) {
    const step = instruction(input, read);
    read += step.used;
    const length = 'copy' in step ? step.copy : step.count;
    if (written + length > rowLength) throw new Sas7bdatError(`RLE row expands beyond the ${rowLength}-byte row length`);
    if ('copy' in step) {
      if (read + length > input.length) throw new Sas7bdatError('RLE row ends inside a literal run');
      input.copy(out, written, read, read + length);
      read += length;
    } else {
      out.fill(step.fill, written, written + length);
    }
    written += length;
  }
  if (written !== rowLength) throw new Sas7bdatError(`RLE row expands to ${written} bytes, expected ${rowLength}`);
  return out;
}

import { Sas7bdatError } from './sas7bdat-error';

class RdcInput {
  at = 0;
  constructor(private readonly bytes: Buffer) {}

  get done(): boolean {
    return this.at >= this.bytes.length;
  }

  byte(): number {
    if (this.at >= this.bytes.length) throw new Sas7bdatError('RDC row ends inside an instruction');
    return this.bytes[this.at++];
  }
}

class RdcOutput {
  at = 0;
  constructor(readonly bytes: Buffer) {}

  private room(count: number): void {
    if (this.at + count > this.bytes.length) throw new Sas7bdatError(`RDC row expands beyond the ${this.bytes.length}-byte row length`);
  }

  fill(value: number, count: number): void {
    this.room(count);
    this.bytes.fill(value, this.at, this.at + count);
    this.at += count;
  }

  // Byte by byte on purpose: a pattern may overlap the bytes it is producing.
  repeat(distance: number, count: number): void {
    if (distance > this.at) throw new Sas7bdatError(`RDC back-reference ${distance} bytes before the start of the row`);
    this.room(count);
    for (let k = 0; k < count; k++, this.at++) this.bytes[this.at] = this.bytes[this.at - distance];
  }
}

function command(input: RdcInput, output: RdcOutput): void {
  const control = input.byte();
  const cmd = control >> 4;
  const low = control & 0x0f;
  if (cmd === 0) {
    output.fill(input.byte(), low + 3);
  } else if (cmd === 1) {
    const count = low + (input.byte() << 4) + 19;
    output.fill(input.byte(), count);
  } else if (cmd === 2) {
    const distance = low + 3 + (input.byte() << 4);
    output.repeat(distance, input.byte() + 16);
  } else {
    output.repeat(low + 3 + (input.byte() << 4), cmd);
  }
}

/**
 * Expand one SASYZCR2-compressed row ("COMPRESS=BINARY", Ross Data Compression) to exactly
 * `rowLength` bytes: 16-bit control words choose, per item, a literal byte or a command.
 */
export function rdcDecompress(bytes: Buffer, rowLength: number): Buffer {
  const input = new RdcInput(bytes);
  const output = new RdcOutput(Buffer.alloc(rowLength));
  let controlBits = 0;
  let controlMask = 0;
  while (!input.done) {
    controlMask >>>= 1;
    if (controlMask === 0) {
      controlBits = (input.byte() << 8) | input.byte();
      controlMask = 0x8000;
      if (input.done) break;
    }
    if ((controlBits & controlMask) === 0) output.fill(input.byte(), 1);
    else command(input, output);
  }
  if (output.at !== rowLength) throw new Sas7bdatError(`RDC row expands to ${output.at} bytes, expected ${rowLength}`);
  return output.bytes;
}

// Test-only: a simple SASYZCRL (RLE) compressor, so fixtures exercise the reader's decompressor.
const SPECIAL_FILL: Readonly<Record<number, [short: number, long: number]>> = {
  0x40: [0xd0, 0x50],
  0x20: [0xe0, 0x60],
  0x00: [0xf0, 0x70],
};
const MAX_RUN = 4112;
const MAX_COPY = 4159;

function copyCommand(out: number[], bytes: number[]): void {
  for (let start = 0; start < bytes.length; start += MAX_COPY) {
    const part = bytes.slice(start, start + MAX_COPY);
    const n = part.length;
    if (n <= 16) out.push(0x80 | (n - 1));
    else if (n <= 32) out.push(0x90 | (n - 17));
    else if (n <= 48) out.push(0xa0 | (n - 33));
    else if (n <= 64) out.push(0xb0 | (n - 49));
    else out.push((n - 64) >> 8, (n - 64) & 0xff);
    out.push(...part);
  }
}

function fillCommand(out: number[], value: number, count: number): void {
  const special = SPECIAL_FILL[value];
  if (special && count <= 17) out.push(special[0] | (count - 2));
  else if (special) out.push(special[1] | ((count - 17) >> 8), (count - 17) & 0xff);
  else if (count <= 18) out.push(0xc0 | (count - 3), value);
  else out.push(0x40 | ((count - 18) >> 8), (count - 18) & 0xff, value);
}

function runLength(row: Buffer, start: number): number {
  let end = start + 1;
  while (end < row.length && row[end] === row[start] && end - start < MAX_RUN) end++;
  return end - start;
}

/** Compress one row: runs of 3+ equal bytes (2+ for blank, zero and '@') become fills, the rest literal copies. */
export function rleCompress(row: Buffer): Buffer {
  const out: number[] = [];
  let literal: number[] = [];
  for (let i = 0; i < row.length; ) {
    const run = runLength(row, i);
    if (run >= (SPECIAL_FILL[row[i]] ? 2 : 3)) {
      copyCommand(out, literal);
      literal = [];
      fillCommand(out, row[i], run);
      i += run;
    } else {
      literal.push(row[i]);
      i += 1;
    }
  }
  copyCommand(out, literal);
  return Buffer.from(out);
}

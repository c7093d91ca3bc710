// Test-only: byte-level layout helpers for the SAS7BDAT fixture writer.

/** A fixture column: its name and SAS type. */
export interface FixtureColumn {
  name: string;
  type: 'number' | 'string';
}

/** A cell: a number, text, or null (SAS missing). */
export type FixtureValue = number | string | null;

/** Layout variants the writer can produce. */
export interface FixtureOptions {
  u64?: boolean;
  bigEndian?: boolean;
  /** Set header byte 35 so the date and size fields move 4 bytes on. */
  align4?: boolean;
  /** Rows as RLE-compressed subheaders on meta pages. */
  compress?: 'rle';
  /** Put the first rows on page 0 after the metadata (a mix page). */
  mix?: boolean;
  pageLength?: number;
  name?: string;
}

interface Placed extends FixtureColumn {
  offset: number;
  width: number;
}

/** Sizes, byte order and column placement of one fixture file. */
export class Layout {
  readonly u64: boolean;
  readonly littleEndian: boolean;
  readonly intLength: 4 | 8;
  readonly bitOffset: number;
  readonly pointerLength: number;
  readonly headerLength: number;
  readonly pageLength: number;
  readonly columns: Placed[];
  readonly rowLength: number;

  constructor(columns: FixtureColumn[], rows: FixtureValue[][], options: FixtureOptions) {
    this.u64 = options.u64 ?? true;
    this.littleEndian = !options.bigEndian;
    this.intLength = this.u64 ? 8 : 4;
    this.bitOffset = this.u64 ? 32 : 16;
    this.pointerLength = this.u64 ? 24 : 12;
    this.headerLength = this.u64 ? 8192 : 1024;
    this.pageLength = options.pageLength ?? (this.u64 ? 8192 : 4096);
    let offset = 0;
    this.columns = columns.map((column, c) => {
      const width = column.type === 'number' ? 8 : Math.max(1, ...rows.map((row) => Buffer.byteLength(String(row[c] ?? ''))));
      const placed = { ...column, offset, width };
      offset += width;
      return placed;
    });
    this.rowLength = offset;
  }

  put16(b: Buffer, at: number, v: number): void {
    if (this.littleEndian) b.writeUInt16LE(v, at);
    else b.writeUInt16BE(v, at);
  }

  put32(b: Buffer, at: number, v: number): void {
    if (this.littleEndian) b.writeUInt32LE(v, at);
    else b.writeUInt32BE(v, at);
  }

  putInt(b: Buffer, at: number, v: number): void {
    if (this.intLength === 4) return this.put32(b, at, v);
    if (this.littleEndian) b.writeBigUInt64LE(BigInt(v), at);
    else b.writeBigUInt64BE(BigInt(v), at);
  }

  putF64(b: Buffer, at: number, v: number): void {
    if (this.littleEndian) b.writeDoubleLE(v, at);
    else b.writeDoubleBE(v, at);
  }

  /**
   * A zeroed subheader of `length` bytes starting with `signature`. In 64-bit files the signature
   * is padded to 8 bytes: with zeros after the row and column size signatures, else with ones
   * (after it when little-endian, before it when big-endian, as ReadStat expects).
   */
  subheader(signature: number, length: number): Buffer {
    const s = Buffer.alloc(length);
    const sizeSignature = signature === 0xf6f6f6f6 || signature === 0xf7f7f7f7;
    s.fill(sizeSignature ? 0 : 0xff, 0, this.intLength);
    this.put32(s, this.littleEndian || sizeSignature ? 0 : this.intLength - 4, signature);
    return s;
  }

  // Text, name and attribute subheaders carry a 2-byte "remainder" after the signature.
  private withRemainder(signature: number, length: number): Buffer {
    const s = this.subheader(signature, length);
    this.put16(s, this.intLength, length - 4 - 2 * this.intLength);
    return s;
  }

  /** Column text: 12 bytes of preamble, the compression literal (or blanks), then each name at a 4-byte boundary. */
  textSubheader(compressed: boolean): Buffer {
    const last = this.columns.length - 1;
    const end = last < 0 ? 20 : this.nameOffsets[last] + this.columns[last].name.length;
    const s = this.withRemainder(0xfffffffd, this.intLength + Math.ceil(end / 8) * 8);
    s.write(compressed ? 'SASYZCRL' : '        ', this.intLength + 12, 'latin1');
    this.columns.forEach((c, i) => s.write(c.name, this.intLength + this.nameOffsets[i], 'latin1'));
    return s;
  }

  /** Where each name starts in the column text, relative to the end of the signature. */
  private get nameOffsets(): number[] {
    let cursor = 20;
    return this.columns.map((c) => {
      const at = cursor;
      cursor += Math.ceil(c.name.length / 4) * 4;
      return at;
    });
  }

  nameSubheader(): Buffer {
    const s = this.withRemainder(0xffffffff, 2 * this.intLength + 12 + 8 * this.columns.length);
    this.columns.forEach((c, i) => {
      const at = this.intLength + 8 + 8 * i;
      this.put16(s, at, 0);
      this.put16(s, at + 2, this.nameOffsets[i]);
      this.put16(s, at + 4, c.name.length);
    });
    return s;
  }

  attributeSubheader(): Buffer {
    const vector = this.intLength + 8;
    const s = this.withRemainder(0xfffffffc, 2 * this.intLength + 12 + vector * this.columns.length);
    this.columns.forEach((c, i) => {
      const at = this.intLength + 8 + i * vector;
      this.putInt(s, at, c.offset);
      this.put32(s, at + this.intLength, c.width);
      this.put16(s, at + this.intLength + 4, 4);
      s[at + this.intLength + 6] = c.type === 'number' ? 1 : 2;
    });
    return s;
  }

  /** One row's bytes: doubles (NaN for missing) and blank-padded UTF-8 text. */
  encodeRow(row: FixtureValue[]): Buffer {
    const bytes = Buffer.alloc(this.rowLength, 0x20);
    this.columns.forEach((c, i) => {
      const value = row[i];
      if (c.type === 'number') this.putF64(bytes, c.offset, typeof value === 'number' ? value : Number.NaN);
      else bytes.write(value === null ? '' : String(value), c.offset, 'utf8');
    });
    return bytes;
  }
}

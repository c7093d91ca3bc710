import { Sas7bdatError } from './sas7bdat-error';

/**
 * Bounds-checked reads from one buffer in the file's byte order. A corrupt offset becomes a
 * Sas7bdatError naming what was being read, never a RangeError from deep inside Buffer.
 */
export class ByteView {
  constructor(
    readonly bytes: Buffer,
    readonly littleEndian: boolean,
    private readonly what: string,
  ) {}

  get length(): number {
    return this.bytes.length;
  }

  /** Throws unless `length` bytes exist at `offset`. */
  check(offset: number, length: number, field = 'field'): void {
    if (!Number.isInteger(offset) || offset < 0 || length < 0 || offset + length > this.bytes.length) {
      throw new Sas7bdatError(`${field} at offset ${offset} (+${length} bytes) lies outside the ${this.what} (${this.bytes.length} bytes)`);
    }
  }

  u8(offset: number, field?: string): number {
    this.check(offset, 1, field);
    return this.bytes[offset];
  }

  u16(offset: number, field?: string): number {
    this.check(offset, 2, field);
    return this.littleEndian ? this.bytes.readUInt16LE(offset) : this.bytes.readUInt16BE(offset);
  }

  u32(offset: number, field?: string): number {
    this.check(offset, 4, field);
    return this.littleEndian ? this.bytes.readUInt32LE(offset) : this.bytes.readUInt32BE(offset);
  }

  /** An unsigned integer of 4 or 8 bytes (the file's "int length"); 8-byte values must be safe integers. */
  uint(offset: number, size: 4 | 8, field?: string): number {
    if (size === 4) return this.u32(offset, field);
    this.check(offset, 8, field);
    const value = this.littleEndian ? this.bytes.readBigUInt64LE(offset) : this.bytes.readBigUInt64BE(offset);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Sas7bdatError(`${field ?? 'field'} at offset ${offset} of the ${this.what} is implausibly large (${value})`);
    return Number(value);
  }

  f64(offset: number, field?: string): number {
    this.check(offset, 8, field);
    return this.littleEndian ? this.bytes.readDoubleLE(offset) : this.bytes.readDoubleBE(offset);
  }

  /** A view (not a copy) of `length` bytes at `offset`. */
  slice(offset: number, length: number, field?: string): Buffer {
    this.check(offset, length, field);
    return this.bytes.subarray(offset, offset + length);
  }
}

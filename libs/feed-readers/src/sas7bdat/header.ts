import { ByteView } from './byte-view';
import { Sas7bdatError } from './sas7bdat-error';

const MAGIC = Buffer.from('000000000000000000000000c2ea8160b31411cfbd92080009c7318c181f1011', 'hex');
/** Bytes needed to reach every header field this reader uses (page count ends at 204 + 4 + 8). */
export const HEADER_PROBE_LENGTH = 216;
const ALIGNED = 0x33;
const MIN_PAGE_LENGTH = 256;
const MAX_PAGE_LENGTH = 64 * 1024 * 1024;

/** What the file header says about layout. */
export interface SasHeader {
  u64: boolean;
  littleEndian: boolean;
  /** Bytes in each 4- or 8-byte integer field: 8 for 64-bit files. */
  intLength: 4 | 8;
  headerLength: number;
  pageLength: number;
  pageCount: number;
  /** Offset of the page header fields (type, block count, subheader count) within a page. */
  pageBitOffset: number;
  /** Size of one subheader pointer. */
  pointerLength: number;
  /** TextDecoder label for character data. */
  encoding: string;
  datasetName: string;
}

// SAS encoding codes: 20 is UTF-8; 28 (ASCII), 29 (latin1) and 62 (wlatin1) and unknown codes
// decode as windows-1252, a superset of ASCII that never fails.
function encodingOf(code: number): string {
  return code === 20 ? 'utf-8' : 'windows-1252';
}

function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new Sas7bdatError(`header ${name} ${value} is outside ${min}..${max}; the header is corrupt`);
  return value;
}

/** Parse the fixed part of the header from its first HEADER_PROBE_LENGTH bytes or more. */
export function parseHeader(probe: Buffer): SasHeader {
  if (probe.length < HEADER_PROBE_LENGTH) throw new Sas7bdatError(`file is ${probe.length} bytes, too short for a SAS7BDAT header`);
  if (!probe.subarray(0, MAGIC.length).equals(MAGIC)) throw new Sas7bdatError('not a SAS7BDAT file (the magic number does not match)');
  const u64 = probe[32] === ALIGNED;
  // Byte 35 announces 4 bytes of padding before the timestamp fields.
  const align = probe[35] === ALIGNED ? 4 : 0;
  const littleEndian = probe[37] === 0x01;
  const view = new ByteView(probe, littleEndian, 'header');
  const intLength = u64 ? 8 : 4;
  const headerLength = checkRange('length', view.u32(196 + align), HEADER_PROBE_LENGTH, MAX_PAGE_LENGTH);
  const pageLength = checkRange('page length', view.u32(200 + align), MIN_PAGE_LENGTH, MAX_PAGE_LENGTH);
  const pageCount = checkRange('page count', view.uint(204 + align, intLength), 0, Number.MAX_SAFE_INTEGER);
  return {
    u64,
    littleEndian,
    intLength,
    headerLength,
    pageLength,
    pageCount,
    pageBitOffset: u64 ? 32 : 16,
    pointerLength: u64 ? 24 : 12,
    encoding: encodingOf(probe[70]),
    datasetName: probe.subarray(92, 156).toString('latin1').replace(/[\0 ]+$/, ''),
  };
}

/** Throws when the file is shorter than the header and pages it announces. */
export function checkFileLength(header: SasHeader, fileLength: number): void {
  const expected = header.headerLength + header.pageCount * header.pageLength;
  if (fileLength < expected) {
    throw new Sas7bdatError(
      `file is truncated: the header announces ${header.pageCount} pages of ${header.pageLength} bytes (${expected} bytes in all), the file has ${fileLength}`,
    );
  }
}

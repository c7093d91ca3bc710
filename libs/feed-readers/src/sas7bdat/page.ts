import { type ByteView } from './byte-view';
import { type SasHeader } from './header';
import { Sas7bdatError } from './sas7bdat-error';

/** How a page is used; 'other' (AMD, compressed-page markers) holds nothing this reader needs. */
export type PageKind = 'meta' | 'data' | 'mix' | 'other';

/** Pointer compression codes. */
export const COMPRESSION_NONE = 0;
export const COMPRESSION_TRUNCATED = 1;
export const COMPRESSION_ROW = 4;

/** Where one subheader lies in its page. */
export interface SubheaderPointer {
  offset: number;
  length: number;
  compression: number;
  /** Set by SAS on subheaders that hold a (possibly compressed) data row. */
  isData: boolean;
}

/** A page's header fields and its subheader pointers. */
export interface PageLayout {
  kind: PageKind;
  /** Rows on a data page. */
  blockCount: number;
  pointers: SubheaderPointer[];
  /** First byte after the pointer table, where a mix page's rows start (before alignment). */
  pointersEnd: number;
}

const TYPE_MASK = 0x0f00;
const COMPRESSED_PAGE_FLAG = 0x8000;

function kindOf(type: number): PageKind {
  if (type & COMPRESSED_PAGE_FLAG) return 'other';
  switch (type & TYPE_MASK) {
    case 0x0000:
      return 'meta';
    case 0x0100:
      return 'data';
    case 0x0200:
      return 'mix';
    default:
      return 'other';
  }
}

function readPointer(page: ByteView, header: SasHeader, at: number, pointersEnd: number): SubheaderPointer {
  const size = header.intLength;
  const pointer = {
    offset: page.uint(at, size, 'subheader offset'),
    length: page.uint(at + size, size, 'subheader length'),
    compression: page.u8(at + 2 * size),
    isData: page.u8(at + 2 * size + 1) === 1,
  };
  const used = pointer.length > 0 && pointer.compression !== COMPRESSION_TRUNCATED;
  if (used && (pointer.offset < pointersEnd || pointer.offset + pointer.length > page.length)) {
    throw new Sas7bdatError(`subheader at offset ${pointer.offset} (+${pointer.length} bytes) lies outside the page`);
  }
  return pointer;
}

/** Read a page's header and, for meta and mix pages, its subheader pointers. */
export function readPageLayout(page: ByteView, header: SasHeader): PageLayout {
  const base = header.pageBitOffset;
  const kind = kindOf(page.u16(base, 'page type'));
  const blockCount = page.u16(base + 2, 'block count');
  const subheaderCount = kind === 'meta' || kind === 'mix' ? page.u16(base + 4, 'subheader count') : 0;
  const first = base + 8;
  const pointersEnd = first + subheaderCount * header.pointerLength;
  if (pointersEnd > page.length) throw new Sas7bdatError(`${subheaderCount} subheader pointers do not fit in the page`);
  const pointers: SubheaderPointer[] = [];
  for (let i = 0; i < subheaderCount; i++) pointers.push(readPointer(page, header, first + i * header.pointerLength, pointersEnd));
  return { kind, blockCount, pointers, pointersEnd };
}
